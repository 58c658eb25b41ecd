import { afterEach, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { staffActionSchema } from '../../src/staff/staff-action-schema.ts';
import { applyStaffAction, loadStaffView } from '../../src/staff/staff-service.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { snapshot, staffContextAt, staffForm, storedRequest } from './helpers/staff-fixture.ts';

// Wednesday 2 December 2026; Warsaw is UTC+1.
const wed = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00+01:00`);
let cleanup = (): void => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});

function setup() {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t.db;
}

const mails = (db: ReturnType<typeof setup>) =>
  (db.prepare('SELECT kind, message FROM outbox ORDER BY id').all() as { kind: string; message: string }[]).map((r) => ({ kind: r.kind, ...(JSON.parse(r.message) as MailMessage) }));

describe('applyStaffAction', () => {
  it('takes, records a failed attempt and closes a request, each in the history with who and when', async () => {
    const db = setup();
    const { id } = await storedRequest(db, wed('08:00'));
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(wed('08:10')))).toEqual({ kind: 'ok', state: 'in-progress', version: 2, action: 'take' });
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'attempt', wersja: '2', kto: 'Jan Kowalski', notatka: 'nikt nie odebrał' }), staffContextAt(wed('08:20'))).kind).toBe('ok');
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'done', wersja: '3', kto: 'Jan Kowalski', kanal: 'telefon' }), staffContextAt(wed('11:00'))).kind).toBe('ok');
    const view = loadStaffView(db, id)!;
    expect(view.row.state).toBe('done');
    expect(view.history.map((h) => [h.action, h.state, h.actor, h.at, JSON.parse(h.detail)])).toEqual([
      ['take', 'in-progress', 'Jan Kowalski', wed('08:10').toISOString(), {}],
      ['attempt', 'attempt-failed', 'Jan Kowalski', wed('08:20').toISOString(), { note: 'nikt nie odebrał' }],
      ['done', 'done', 'Jan Kowalski', wed('11:00').toISOString(), { channel: 'telefon' }],
    ]);
  });

  it('tells the second of two clerks what the first did, and changes nothing', async () => {
    const db = setup();
    const { id } = await storedRequest(db, wed('08:00'));
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(wed('08:10')));
    const before = snapshot(db);
    const second = applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Anna Nowak' }), staffContextAt(wed('08:10')));
    expect(second).toEqual({ kind: 'conflict', message: expect.stringContaining('Ktoś inny zmienił tę prośbę') });
    if (second.kind === 'conflict') expect(second.message).toContain('środa, 2 grudnia, godz. 8:10: Jan Kowalski wziął(-ęła) prośbę. Stan: w toku.');
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses what the state does not allow, with a Polish reason, and changes nothing', async () => {
    const db = setup();
    const { id } = await storedRequest(db, wed('08:00'));
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan' }), staffContextAt(wed('08:10')));
    applyStaffAction(db, id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Jan', kanal: 'sms' }), staffContextAt(wed('08:30')));
    const before = snapshot(db);
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'done', wersja: '3', kto: 'Jan', kanal: 'sms' }), staffContextAt(wed('09:00')))).toEqual({ kind: 'not-allowed', message: 'Prośba ma już stan „załatwiona”. Nic nie zmieniono.' });
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'transfer', wersja: '3', kto: 'Jan', jednostka: 'usc' }), staffContextAt(wed('09:00'))).kind).toBe('not-allowed');
    expect(snapshot(db)).toEqual(before);
  });

  it('allows "unreachable" only after two attempts at different times of day, then tells the resident when we tried', async () => {
    const db = setup();
    const { id, reference } = await storedRequest(db, wed('07:40'), 'validOnBehalfByEmail');
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan' }), staffContextAt(wed('08:00')));
    applyStaffAction(db, id, staffForm({ czynnosc: 'attempt', wersja: '2', kto: 'Jan' }), staffContextAt(wed('08:05')));
    applyStaffAction(db, id, staffForm({ czynnosc: 'attempt', wersja: '3', kto: 'Jan' }), staffContextAt(wed('09:30')));
    const before = snapshot(db);
    const early = applyStaffAction(db, id, staffForm({ czynnosc: 'unreachable', wersja: '4', kto: 'Jan' }), staffContextAt(wed('09:35')));
    expect(early.kind).toBe('not-allowed');
    if (early.kind === 'not-allowed') expect(early.message).toContain('Do tej pory: 2 próby (rano)');
    expect(snapshot(db)).toEqual(before);
    applyStaffAction(db, id, staffForm({ czynnosc: 'attempt', wersja: '4', kto: 'Anna' }), staffContextAt(wed('13:15')));
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'unreachable', wersja: '5', kto: 'Anna' }), staffContextAt(wed('13:20'))).kind).toBe('ok');
    const told = mails(db).filter((m) => m.messageId === `<${reference}.unreachable@lomza.example>`);
    expect(told).toHaveLength(1);
    expect(told[0]!.to).toEqual(['anna.nowak@example.com']);
    expect(told[0]!.subject).not.toMatch(/Nowak|Zofia/);
    for (const part of [told[0]!.text, told[0]!.html]) {
      expect(part).toContain('środa, 2 grudnia, godz. 8:05');
      expect(part).toContain('środa, 2 grudnia, godz. 13:15');
      expect(part).toContain('tel. 86 215 67 21');
    }
  });

  it('transfers to another unit: the unit moves, the deadline stays, the new unit gets the full e-mail, the resident the new number', async () => {
    const db = setup();
    const { id, reference } = await storedRequest(db, wed('08:00'), 'validOnBehalfByEmail');
    const deadline = (db.prepare('SELECT deadline_at FROM requests WHERE id = ?').get(id) as { deadline_at: string }).deadline_at;
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'transfer', wersja: '1', kto: 'Jan', jednostka: 'usc', notatka: 'sprawa aktu urodzenia' }), staffContextAt(wed('08:30'))).kind).toBe('ok');
    const view = loadStaffView(db, id)!;
    expect([view.row.state, view.row.unit_id, view.row.deadline_at, view.request.unit.name]).toEqual(['transferred', 'usc', deadline, 'Urząd Stanu Cywilnego']);
    const staff = mails(db).find((m) => m.messageId === `<${reference}.staff.v2@lomza.example>`)!;
    expect(staff.to).toEqual(['usc@lomza.example']);
    expect(staff.text).toContain('Zofia Nowak');
    expect(staff.text).toContain(`http://127.0.0.1:4400/obsluga/prosba/${id}-podpis/`);
    expect(staff.text).toContain('http://127.0.0.1:4400/obsluga/?jednostka=usc');
    const resident = mails(db).find((m) => m.messageId === `<${reference}.transfer.v2@lomza.example>`)!;
    expect(resident.text).toContain('Skontaktujemy się z Tobą z numeru 86 215 67 41.');
    expect(resident.html).toContain('86 215 67 41');
    const before = snapshot(db);
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'transfer', wersja: '2', kto: 'Jan', jednostka: 'usc' }), staffContextAt(wed('08:40')))).toEqual({ kind: 'invalid', field: 'jednostka', message: 'Prośba jest już w jednostce Urząd Stanu Cywilnego. Wybierz inną jednostkę' });
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'transfer', wersja: '2', kto: 'Jan', jednostka: 'nie-ma' }), staffContextAt(wed('08:40'))).kind).toBe('invalid');
    expect(snapshot(db)).toEqual(before);
  });

  it('answers "gone" for a purged request, and its history goes with it', async () => {
    const db = setup();
    const { id } = await storedRequest(db, wed('08:00'));
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan' }), staffContextAt(wed('08:10')));
    db.prepare('DELETE FROM requests WHERE id = ?').run(id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM request_history').get()).toEqual({ n: 0 });
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '2', kto: 'Jan' }), staffContextAt(wed('08:20')))).toEqual({ kind: 'gone' });
  });
});

describe('"zaproponuj inny termin lub formę" (the sign-language act: reasons and a proposal)', () => {
  const proposal = { czynnosc: 'propose', kto: 'Jan Kowalski', powody: 'Tłumacz SJM nie może przyjść w czwartek.', inny_termin: 'poniedziałek, 14 grudnia, o 10:00', inna_forma: 'połączenie wideo z tłumaczem online' };

  it('keeps the request open, records reasons and proposal in the history, and e-mails them to the resident', async () => {
    const db = setup();
    const { id, reference } = await storedRequest(db, wed('08:00'), 'validOnBehalfByEmail');
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(wed('08:10')));
    const before = mails(db).length;
    expect(applyStaffAction(db, id, staffForm({ ...proposal, wersja: '2' }), staffContextAt(wed('08:30')))).toEqual({ kind: 'ok', state: 'in-progress', version: 3, action: 'propose' });
    const view = loadStaffView(db, id)!;
    expect(view.row.state).toBe('in-progress');
    expect(JSON.parse(view.history.at(-1)!.detail)).toEqual({ reasons: proposal.powody, proposedDate: proposal.inny_termin, proposedForm: proposal.inna_forma });
    const sent = mails(db).slice(before);
    expect(sent.map((m) => [m.kind, m.to])).toEqual([['resident', ['anna.nowak@example.com']]]);
    const mail = sent[0]!;
    expect(mail.replyTo).toBe('podatki@lomza.example');
    expect(mail.subject).toBe(`Propozycja innego terminu lub formy kontaktu – prośba ${reference}`);
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(proposal.powody);
      expect(part).toContain(proposal.inny_termin);
      expect(part).toContain(proposal.inna_forma);
      expect(part).toContain('wybrałeś(-aś): E-mail.');
    }
    // Still open: the clerk can record the contact once the resident agrees, or propose again.
    expect(applyStaffAction(db, id, staffForm({ ...proposal, wersja: '3', inny_termin: 'wtorek, 15 grudnia' }), staffContextAt(wed('09:00'))).kind).toBe('ok');
    expect(applyStaffAction(db, id, staffForm({ czynnosc: 'done', wersja: '4', kto: 'Jan Kowalski', kanal: 'wideo-sjm' }), staffContextAt(wed('10:00'))).kind).toBe('ok');
  });

  it('sends nothing to a resident without an e-mail (the page tells the clerk to phone)', async () => {
    const db = setup();
    const { id } = await storedRequest(db, wed('08:00'), 'chosenPersonAsap');
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(wed('08:10')));
    const before = mails(db).length;
    expect(applyStaffAction(db, id, staffForm({ ...proposal, wersja: '2' }), staffContextAt(wed('08:30'))).kind).toBe('ok');
    expect(mails(db).length).toBe(before);
  });

  it('refuses a proposal before the request is taken, and one on a stale version, changing nothing', async () => {
    const db = setup();
    const { id } = await storedRequest(db, wed('08:00'));
    const before = snapshot(db);
    const early = applyStaffAction(db, id, staffForm({ ...proposal, wersja: '1' }), staffContextAt(wed('08:10')));
    expect(early).toMatchObject({ kind: 'not-allowed', message: expect.stringContaining('Najpierw zapisz „Biorę tę prośbę”') });
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Ewa Nowak' }), staffContextAt(wed('08:10')));
    const after = snapshot(db);
    expect(applyStaffAction(db, id, staffForm({ ...proposal, wersja: '1' }), staffContextAt(wed('08:20')))).toMatchObject({ kind: 'conflict', message: expect.stringContaining('Ewa Nowak wziął(-ęła) prośbę') });
    expect(snapshot(db)).toEqual(after);
    expect(after).not.toEqual(before);
  });

  it('asks for the reasons and for a date or a form, all at once; limits and cleans them', () => {
    const issues = (fields: Record<string, string>) => {
      const r = staffActionSchema.safeParse(fields);
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(issues({ czynnosc: 'propose', wersja: '2' })).toEqual({
      kto: 'Wpisz swoje imię i nazwisko: zapiszemy je w historii prośby',
      powody: 'Wpisz, dlaczego nie możemy zapewnić kontaktu tak, jak prosi mieszkaniec: ustawa wymaga podania powodów',
      inny_termin: 'Wpisz inny termin albo inną formę kontaktu (albo oba), które proponujesz mieszkańcowi',
    });
    expect(issues({ ...proposal, wersja: '2', inny_termin: '', inna_forma: 'SMS' })).toEqual({});
    expect(issues({ ...proposal, wersja: '2', inna_forma: '', inny_termin: 'jutro' })).toEqual({});
    expect(issues({ ...proposal, wersja: '2', powody: 'a'.repeat(301), inny_termin: 'b'.repeat(121), inna_forma: 'c'.repeat(201) })).toEqual({
      powody: 'Powody mogą mieć najwyżej 300 znaków',
      inny_termin: 'Termin może mieć najwyżej 120 znaków, np. „czwartek, 10 grudnia, 10:00”',
      inna_forma: 'Forma kontaktu może mieć najwyżej 200 znaków',
    });
    const parsed = staffActionSchema.parse({ ...proposal, wersja: '2', powody: 'Tłumacz\u0000 nie\u202E może\r\nprzyjść', inna_forma: 'wideo\u200B online' });
    expect(parsed.powody).toBe('Tłumacz nie może przyjść');
    expect(parsed.inna_forma).toBe('wideo online');
  });
});

describe('staff action form', () => {
  const base = { czynnosc: 'attempt', wersja: '2', kto: 'Jan Kowalski' };
  const issues = (fields: Record<string, string>) => {
    const r = staffActionSchema.safeParse(fields);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it('cleans control and format characters out of the name and the note', () => {
    const parsed = staffActionSchema.parse({ ...base, kto: 'Jan\u202E Kowal\u200Bski\u0007', notatka: 'oddzwoni\u0000ę\r\njutro' });
    expect(parsed.kto).toBe('Jan Kowalski');
    expect(parsed.notatka).toBe('oddzwonię jutro');
  });

  it('limits the note and says so in Polish', () => {
    expect(issues({ ...base, notatka: 'a'.repeat(201) })).toEqual({ notatka: 'Notatka może mieć najwyżej 200 znaków. Zapisz tylko wynik, bez informacji o zdrowiu' });
    expect(issues({ ...base, notatka: 'a'.repeat(100_000) })).toEqual({ notatka: 'Wpis jest o wiele za długi' });
    expect(staffActionSchema.safeParse({ ...base, notatka: 'a'.repeat(200) }).success).toBe(true);
  });

  it('reports every missing answer at once', () => {
    expect(issues({ czynnosc: 'done', wersja: '2' })).toEqual({ kto: 'Wpisz swoje imię i nazwisko: zapiszemy je w historii prośby', kanal: 'Wybierz, jak udało się skontaktować' });
    expect(issues({ czynnosc: 'transfer', wersja: '2', kto: 'Jan' })).toEqual({ jednostka: 'Wybierz jednostkę, której przekazujesz prośbę' });
    expect(issues({ czynnosc: 'zamknij', wersja: 'x', kto: 'Jan' })).toEqual({ czynnosc: 'Wybierz, co chcesz zapisać', wersja: 'Brak wersji prośby. Otwórz stronę prośby jeszcze raz' });
  });
});
