/**
 * Counts that outlive the data: every stored request has anonymous facts,
 * kept up to date by every change, written once more at the purge, and the
 * figures read from them are the same before and after the personal data goes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { submitAccessibilityRequest } from '../../src/accessibility-requests/request-service.ts';
import type { Database } from '../../src/db/database.ts';
import { migrations } from '../../src/db/migrations.ts';
import { figureCounts, reportCounts } from '../../src/db/register-store.ts';
import { factsOf } from '../../src/register/request-facts.ts';
import { purgeExpired } from '../../src/server/retention-purge.ts';
import { applyStaffAction } from '../../src/staff/staff-service.ts';
import { calendar } from './helpers/real-content.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { staffContextAt, staffForm, storedRequest } from './helpers/staff-fixture.ts';

const wed = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00+01:00`);
let cleanup = (): void => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});
function setup(): { db: Database; dir: string } {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t;
}
const facts = (db: Database) => db.prepare('SELECT * FROM request_facts ORDER BY id').all() as Record<string, unknown>[];
const accessibilityForm = (answers: Record<string, string>) => accessibilityRequestSchema.parse(requestAnswersFromForm(new URLSearchParams(answers)));
const accessibilityCtx = (now: Date) => ({ now, calendar, fallbackEmails: ['pom@lomza.example'], composeMails: () => [] });

describe('request facts', () => {
  it('are written when a callback is stored and follow each change until it is closed', async () => {
    const { db } = setup();
    const { id } = await storedRequest(db, wed('08:00'));
    expect(facts(db)).toEqual([
      expect.objectContaining({ request_id: id, kind: 'oddzwonienie', law: 'art-6-pkt-3', state: 'new', outcome: null, on_time: null, first_contact_at: null, received_at: '2026-12-02T07:00:00.000Z', received_month: '2026-12' }),
    ]);
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(wed('08:10')));
    applyStaffAction(db, id, staffForm({ czynnosc: 'attempt', wersja: '2', kto: 'Jan Kowalski' }), staffContextAt(wed('08:20')));
    applyStaffAction(db, id, staffForm({ czynnosc: 'done', wersja: '3', kto: 'Jan Kowalski', kanal: 'sms' }), staffContextAt(wed('11:00')));
    expect(facts(db)).toEqual([
      expect.objectContaining({ state: 'done', outcome: 'kontakt', channel_used: 'sms', attempts: 1, first_contact_minutes: 20, closed_at: wed('11:00').toISOString(), on_time: 1 }),
    ]);
  });

  it('name the law of an accessibility request and keep its deadline', () => {
    const { db } = setup();
    submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validDigital.answers), accessibilityCtx(wed('09:00')));
    submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validArchitecturalByPost.answers), accessibilityCtx(wed('09:00')));
    expect(facts(db).map((f) => [f['kind'], f['law'], f['unit_id'], f['state'], f['channel_asked'], f['deadline_at']])).toEqual([
      ['dostepnosc-cyfrowa', 'art-18', 'koordynator', 'new', 'email', '2026-12-09T22:59:00.000Z'],
      ['dostepnosc-architektoniczna', 'art-30', 'koordynator', 'new', 'poczta', '2026-12-16T22:59:00.000Z'],
    ]);
  });

  it('contain nothing that identifies a person', async () => {
    const { db } = setup();
    await storedRequest(db, wed('08:00'), 'validOnBehalfByEmail');
    submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validDigital.answers), accessibilityCtx(wed('09:00')));
    const stored = db.prepare('SELECT reference, payload FROM requests').all() as { reference: string; payload: string }[];
    const kept = JSON.stringify(facts(db));
    for (const r of stored) {
      expect(kept).not.toContain(r.reference);
      const p = JSON.parse(r.payload) as { name?: string; contact?: { email?: string; phone?: string }; reply?: { email?: string } };
      for (const word of [p.name, p.contact?.email, p.contact?.phone, p.reply?.email]) if (word) expect(kept).not.toContain(word);
    }
    expect(Object.keys(facts(db)[0]!)).not.toEqual(expect.arrayContaining(['reference', 'payload', 'name', 'email', 'phone']));
  });

  it('stay when the purge removes the personal data, and the figures do not change', async () => {
    const { db, dir } = setup();
    const a = await storedRequest(db, new Date('2026-08-03T08:00:00Z'));
    await storedRequest(db, new Date('2026-08-04T08:00:00Z'), 'validOnBehalfByEmail');
    applyStaffAction(db, a.id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(new Date('2026-08-03T09:00:00Z')));
    applyStaffAction(db, a.id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Jan Kowalski', kanal: 'telefon' }), staffContextAt(new Date('2026-08-03T10:00:00Z')));
    submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validDigital.answers), accessibilityCtx(new Date('2026-08-05T08:00:00Z')));
    await storedRequest(db, new Date('2026-11-20T08:00:00Z'));
    const now = new Date('2026-11-25T12:00:00Z');
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const figures = () => {
      const f = figureCounts(db, period, now);
      return { kinds: f.monthlyKinds, channels: f.monthlyChannels, onTime: f.onTime, firstContact: f.firstContact, overdue: f.overdue, report: reportCounts(db, period, now) };
    };
    const before = figures();
    expect(before.kinds.reduce((s, r) => s + r.n, 0)).toBe(4);

    expect(purgeExpired({ db, dataDir: `${dir}/data`, retentionDays: 90, now: () => now }).requests).toBe(3);
    expect((db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n).toBe(1);
    expect((db.prepare('SELECT COUNT(*) AS n FROM request_history').get() as { n: number }).n).toBe(0);
    expect(facts(db)).toHaveLength(4);
    const purged = facts(db).filter((f) => f['request_id'] === null);
    expect(purged).toHaveLength(3);
    // The two still open when purged can never be closed: they close as purged without an outcome, late.
    expect(purged.map((f) => [f['state'], f['outcome'], f['on_time']]).sort()).toEqual([
      ['done', 'kontakt', 1],
      ['usunieta', 'usunieta-bez-wyniku', 0],
      ['usunieta', 'usunieta-bez-wyniku', 0],
    ]);
    const after = figures();
    expect({ ...after, overdue: before.overdue, report: before.report, onTime: before.onTime }).toEqual(before);
    // Late stays late; "on time" of a unit with none becomes 0 instead of no value.
    const lateByUnit = (f: typeof before) => f.onTime.map((u) => [u.unit_id, u.total, u.late, u.on_time ?? 0]);
    expect(lateByUnit(after)).toEqual(lateByUnit(before));
    // Overdue now: only the request still stored (the purged open ones can no longer be acted on).
    expect(after.overdue).toEqual([{ unit_id: 'finanse', n: 1 }]);
    expect(before.overdue.reduce((sum, u) => sum + u.n, 0)).toBe(3);
  });

  it('are filled by the migration for requests stored before it', async () => {
    const { db } = setup();
    const { id } = await storedRequest(db, wed('08:00'));
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(wed('08:10')));
    const expected = facts(db).map(({ id: _, ...f }) => f);
    // Back to the schema before migration 40, with the request still stored, then migration 40 itself.
    db.exec('DROP TABLE request_facts');
    const m40 = migrations.find((m) => m.version === 40)!;
    db.exec(m40.sql);
    m40.after?.(db);
    expect(facts(db).map(({ id: _, ...f }) => f)).toEqual(expected);
  });
});

describe('factsOf', () => {
  const base = { kind: 'oddzwonienie' as const, state: 'new', created_at: '2026-12-02T07:00:40.123Z', deadline_at: '2026-12-02T14:30:00.000Z', unit_id: 'pom', topic_id: 'inna', payload: { contact: { method: 'wideo-sjm' } }, history: [] };
  it('cuts instants to the minute and maps a new sign-language choice to its channel', () => {
    expect(factsOf(base)).toMatchObject({ received_at: '2026-12-02T07:00:00.000Z', channel_asked: 'wideo-sjm', on_time: null, due_at: base.deadline_at });
  });
  it('counts a first contact after the deadline as late', () => {
    const late = factsOf({ ...base, state: 'done', history: [{ at: '2026-12-02T15:00:00.000Z', action: 'done', detail: '{"channel":"telefon"}' }] });
    expect(late).toMatchObject({ on_time: 0, outcome: 'kontakt', first_contact_minutes: 479, closed_at: '2026-12-02T15:00:00.000Z' });
  });
  it('moves an accessibility request deadline to an extension given in time, and judges the answer against it', () => {
    const a = { ...base, kind: 'dostepnosc-cyfrowa' as const, deadline_at: '2026-12-09T22:59:00.000Z', payload: { reply: { channel: 'email' } } };
    const history = [
      { at: '2026-12-08T10:00:00.000Z', action: 'extend', detail: '{"newDate":"2027-01-15"}' },
      { at: '2027-01-14T10:00:00.000Z', action: 'alternative', detail: '{}' },
    ];
    expect(factsOf({ ...a, state: 'alternative-access', history })).toMatchObject({ law: 'art-18', extended_to: '2027-01-15', due_at: '2027-01-15T22:59:00.000Z', on_time: 1, outcome: 'dostep-alternatywny' });
    expect(factsOf({ ...a, state: 'extended', history: history.slice(0, 1) })).toMatchObject({ on_time: null, outcome: null });
  });
  it('judges a late extension against the statutory day kept in the payload, not the overwritten deadline', () => {
    // As the coordinator's action stores it: deadline_at moved to the new date, the payload keeps clock.lastDay.
    const a = { ...base, kind: 'dostepnosc-cyfrowa' as const, deadline_at: '2027-01-20T22:59:00.000Z', payload: { reply: { channel: 'email' }, clock: { lastDay: '2026-12-09' } } };
    const late = [
      { at: '2026-12-15T10:00:00.000Z', action: 'extend', detail: '{"newDate":"2027-01-20"}' },
      { at: '2027-01-10T10:00:00.000Z', action: 'done', detail: '{}' },
    ];
    expect(factsOf({ ...a, state: 'done', history: late })).toMatchObject({ due_at: '2026-12-09T22:59:00.000Z', on_time: 0, outcome: 'zapewniono' });
    const inTime = [{ ...late[0]!, at: '2026-12-08T10:00:00.000Z' }, late[1]!];
    expect(factsOf({ ...a, state: 'done', history: inTime })).toMatchObject({ due_at: '2027-01-20T22:59:00.000Z', on_time: 1 });
  });
  it('reads the coordinator\'s states: done means made accessible, a refusal closes as odmowa', () => {
    const a = { ...base, kind: 'dostepnosc-architektoniczna' as const, payload: { reply: { channel: 'email' } } };
    const decided = (action: string, state: string) => factsOf({ ...a, state, history: [{ at: '2026-12-03T10:00:00.000Z', action: 'take', detail: '{}' }, { at: '2026-12-04T10:00:00.000Z', action, detail: '{}' }] });
    expect(decided('done', 'done')).toMatchObject({ law: 'art-30', outcome: 'zapewniono', closed_at: '2026-12-04T10:00:00.000Z', first_contact_at: '2026-12-04T10:00:00.000Z' });
    expect(decided('refuse', 'refused')).toMatchObject({ outcome: 'odmowa', first_contact_at: '2026-12-04T10:00:00.000Z' });
    expect(factsOf({ ...base, state: 'done', history: [] })).toMatchObject({ outcome: 'kontakt' });
  });
  it('counts an unknown state as open and an unknown action as nothing', () => {
    expect(factsOf({ ...base, state: 'cos-nowego', history: [{ at: '2026-12-02T08:00:00.000Z', action: 'cos', detail: 'nie json' }] })).toMatchObject({ outcome: null, first_contact_at: null, closed_at: null });
  });
});
