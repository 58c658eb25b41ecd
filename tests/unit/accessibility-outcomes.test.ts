/**
 * The coordinator's side of accessibility requests: the state machine, the
 * letter of each outcome (with the right next step and deadline for each
 * law), and the service that records an action (refusals change nothing).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { submitAccessibilityRequest } from '../../src/accessibility-requests/request-service.ts';
import type { Database } from '../../src/db/database.ts';
import { accessibilityActionSchema, accessibilityAnswersFromForm } from '../../src/staff/accessibility-action-schema.ts';
import { accessibilityActionProblem, accessibilityOutcomeOf, allowedAccessibilityActions } from '../../src/staff/accessibility-request-state.ts';
import { applyAccessibilityAction, loadAccessibilityView, type AccessibilityActionContext } from '../../src/staff/accessibility-service.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { snapshot } from './helpers/staff-fixture.ts';
import { calendar, letters, office } from './helpers/real-content.ts';

const tuesday = new Date('2026-12-01T09:00:00Z');
const ctxAt = (now: Date): AccessibilityActionContext => ({
  now,
  calendar,
  letters,
  sender: { officeName: office.nazwa, coordinator: office.koordynator },
  messageIdHost: 'lomza.example',
  fallbackEmails: ['pom@lomza.example'],
});

let temp: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => {
  temp?.cleanup();
  temp = undefined;
});

function stored(example: keyof typeof accessibilityRequestExamples = 'validDigital'): { db: Database; id: number; reference: string } {
  const db = (temp = tempDatabase()).db;
  const form = accessibilityRequestSchema.parse(requestAnswersFromForm(new URLSearchParams(accessibilityRequestExamples[example].answers)));
  const result = submitAccessibilityRequest(db, form, { now: tuesday, calendar, composeMails: () => [], fallbackEmails: [] });
  if (result.kind !== 'accepted') throw new Error('not accepted');
  const { id } = db.prepare('SELECT id FROM requests WHERE reference = ?').get(result.reference) as { id: number };
  return { db, id, reference: result.reference };
}
const form = (fields: Record<string, string>) => accessibilityActionSchema.parse(accessibilityAnswersFromForm(new URLSearchParams(fields)));
const act = (db: Database, id: number, fields: Record<string, string>, now = tuesday) => applyAccessibilityAction(db, id, form({ kto: 'Ewa Koordynator', ...fields }), ctxAt(now));
const lastLetter = (db: Database, id: number) => loadAccessibilityView(db, id)!.history.map((h) => JSON.parse(h.detail)).findLast((d) => d.letter)?.letter as { title: string; paragraphs: string[]; nextStepUrl?: string };
const outbox = (db: Database) => db.prepare("SELECT message_id, recipients, message FROM outbox WHERE kind = 'resident' ORDER BY id").all() as { message_id: string; recipients: string; message: string }[];

describe('the state machine', () => {
  it('offers only what each state allows', () => {
    expect(allowedAccessibilityActions('new')).toEqual(['take']);
    expect(allowedAccessibilityActions('in-progress')).toEqual(['extend', 'done', 'alternative', 'refuse']);
    expect(allowedAccessibilityActions('extended')).toEqual(['done', 'alternative', 'refuse']);
    for (const closed of ['done', 'alternative-access', 'refused'] as const) expect(allowedAccessibilityActions(closed)).toEqual([]);
  });

  it('says why an action is not possible', () => {
    expect(accessibilityActionProblem('done', 'new')).toBe('Najpierw zapisz „Biorę ten wniosek”: wniosek ma stan „nowa”. Nic nie zmieniono.');
    expect(accessibilityActionProblem('extend', 'extended')).toMatch(/^Termin już przedłużono: ustawa pozwala na jedno przedłużenie/);
    expect(accessibilityActionProblem('refuse', 'done')).toBe('Wniosek ma już stan „załatwiona”, a wnioskodawca dostał pismo. Nic nie zmieniono.');
  });

  it('the outcome the register reads', () => {
    expect(accessibilityOutcomeOf('in-progress', [])).toEqual({ outcome: undefined, extended: false, decidedAt: undefined, extendedTo: undefined });
    const history = [
      { action: 'take', at: '2026-12-01T10:00:00.000Z', detail: '{}' },
      { action: 'extend', at: '2026-12-02T10:00:00.000Z', detail: '{"newDate":"2027-01-15"}' },
      { action: 'refuse', at: '2026-12-03T10:00:00.000Z', detail: '{}' },
    ];
    expect(accessibilityOutcomeOf('refused', history)).toEqual({ outcome: 'odmowa', extended: true, decidedAt: '2026-12-03T10:00:00.000Z', extendedTo: '2027-01-15' });
  });
});

describe('the letters', () => {
  it('digital: extension names the new date, the reasons, the complaint to the office and then the RPO', () => {
    const { db, id } = stored('validDigital');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    expect(act(db, id, { czynnosc: 'extend', wersja: '2', termin: '2027-01-15', powody: 'Dokument przygotowuje wykonawca zewnętrzny.' })).toEqual({ kind: 'ok', state: 'extended', version: 3 });
    const letter = lastLetter(db, id);
    expect(letter.title).toBe('Przedłużenie terminu rozpatrzenia wniosku');
    const text = letter.paragraphs.join('\n');
    expect(text).toContain('Zapewnimy dostępność najpóźniej 15 stycznia 2027 r.');
    expect(text).toContain('Powody: Dokument przygotowuje wykonawca zewnętrzny.');
    expect(text).toContain('Jeśli do 15 stycznia 2027 r. urząd nie zapewni dostępności ani dostępu alternatywnego, możesz złożyć skargę do urzędu.');
    expect(text).toContain('Rzecznika Praw Obywatelskich');
    expect(text).not.toContain('PFRON');
    expect(text).not.toMatch(/\{[a-z_]+\}/);
    // The new deadline holds from now on.
    const view = loadAccessibilityView(db, id)!;
    expect(view.deadline).toEqual({ lastDay: '2027-01-15', officeTarget: '2027-01-15', label: '15 stycznia 2027 r.' });
    expect(view.row.deadline_at).toBe('2027-01-15T22:59:00.000Z');
  });

  it('digital: refusal names the complaint to the office and the RPO, and goes by e-mail', () => {
    const { db, id, reference } = stored('validDigital');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    act(db, id, { czynnosc: 'refuse', wersja: '2', powody: 'Zmiana naruszyłaby integralność dokumentu.' });
    const text = lastLetter(db, id).paragraphs.join('\n');
    expect(text).toContain('Powody: Zmiana naruszyłaby integralność dokumentu.');
    expect(text).toContain('możesz złożyć skargę do urzędu. Ustawa nie wyznacza terminu na tę skargę. Po wyczerpaniu tej drogi możesz złożyć wniosek do Rzecznika Praw Obywatelskich.');
    const mail = outbox(db);
    expect(mail.map((m) => [m.message_id, m.recipients])).toEqual([[`<${reference}.letter.v3@lomza.example>`, '["adam.nowak@example.org"]']]);
    const message = JSON.parse(mail[0]!.message) as { subject: string; text: string; html: string; replyTo: string };
    expect(message.subject).toBe(`Odmowa zapewnienia dostępności – wniosek ${reference}`);
    expect(message.replyTo).toBe(office.koordynator.email);
    expect(message.text).toContain('Rzecznika Praw Obywatelskich');
    expect(message.html).toContain('Rzecznika Praw Obywatelskich');
  });

  it('art. 30: alternative access names the PFRON complaint within 30 days, its last day and the gov.pl service', () => {
    const { db, id } = stored('validArchitecturalByPost');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    act(db, id, { czynnosc: 'alternative', wersja: '2', opis: 'Pracownik przyjdzie do Pani na parter, do sali nr 1, po telefonie pod 86 215 67 00.' });
    const letter = lastLetter(db, id);
    const text = letter.paragraphs.join('\n');
    expect(text).toContain('Zapewniamy dostęp alternatywny: Pracownik przyjdzie');
    expect(text).toContain('do Prezesa Zarządu PFRON w ciągu 30 dni od dnia otrzymania tego pisma (jeśli otrzymasz je 1 grudnia 2026 r., najpóźniej 31 grudnia 2026 r.)');
    expect(text).toContain('https://www.gov.pl/web/gov/zloz-skarge-na-brak-dostepnosci-architektonicznej-lub-informacyjno-komunikacyjnej');
    expect(letter.nextStepUrl).toMatch(/^https:\/\/www\.gov\.pl\//);
    // By post: no e-mail, the letter is kept for printing.
    expect(outbox(db)).toEqual([]);
  });

  it('art. 30: extension names the PFRON complaint within 30 days of the new date', () => {
    const { db, id } = stored('validCommunicationByPhone');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    act(db, id, { czynnosc: 'extend', wersja: '2', termin: '2027-01-29', powody: 'Zamawiamy tłumacza PJM.' });
    expect(lastLetter(db, id).paragraphs.join('\n')).toContain('Jeśli do 29 stycznia 2027 r. urząd nie zapewni dostępności, możesz złożyć skargę na brak dostępności do Prezesa Zarządu PFRON w ciągu 30 dni od tego dnia, czyli najpóźniej 28 lutego 2027 r.');
  });

  it('done: says what was made accessible and names no complaint', () => {
    const { db, id } = stored('validDigital');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    act(db, id, { czynnosc: 'done', wersja: '2', opis: 'Formularz jest teraz plikiem PDF z tekstem i polami.' });
    const text = lastLetter(db, id).paragraphs.join('\n');
    expect(text).toContain('Co zrobiliśmy: Formularz jest teraz plikiem PDF z tekstem i polami.');
    expect(text).not.toMatch(/skarg|Rzecznik|PFRON/);
    expect(loadAccessibilityView(db, id)!.outcome.outcome).toBe('zalatwiony');
  });

  it('an extended request may still end in any outcome', () => {
    const { db, id } = stored('validDigital');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    act(db, id, { czynnosc: 'extend', wersja: '2', termin: '2027-01-15', powody: 'Wykonawca.' });
    expect(act(db, id, { czynnosc: 'alternative', wersja: '3', opis: 'Wersja w Wordzie wysłana e-mailem.' })).toEqual({ kind: 'ok', state: 'alternative-access', version: 4 });
    expect(loadAccessibilityView(db, id)!.outcome).toMatchObject({ outcome: 'dostep-alternatywny', extended: true, extendedTo: '2027-01-15' });
  });
});

describe('refusals change nothing', () => {
  it('an extension beyond 2 months from the request', () => {
    const { db, id } = stored('validDigital');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    const before = snapshot(db);
    expect(act(db, id, { czynnosc: 'extend', wersja: '2', termin: '2027-02-02', powody: 'Wykonawca.' })).toEqual({
      kind: 'invalid',
      field: 'termin',
      message: 'Nowy termin może przypadać najpóźniej 2 miesiące od dnia wystąpienia z żądaniem. Dla tego wniosku: najpóźniej 1 lutego 2027 r. Nic nie zmieniono.',
    });
    expect(snapshot(db)).toEqual(before);
    // The last allowed day is accepted.
    expect(act(db, id, { czynnosc: 'extend', wersja: '2', termin: '2027-02-01', powody: 'Wykonawca.' }).kind).toBe('ok');
  });

  it('a stale version names what the other coordinator did', () => {
    const { db, id } = stored('validDigital');
    act(db, id, { czynnosc: 'take', wersja: '1' });
    const before = snapshot(db);
    const result = act(db, id, { czynnosc: 'take', wersja: '1', kto: 'Jan Drugi' });
    expect(result.kind).toBe('conflict');
    expect(result.kind === 'conflict' && result.message).toMatch(/^Ktoś inny zmienił ten wniosek, zanim wysłano formularz\. .*Ewa Koordynator wziął\(-ęła\) wniosek\. Stan: w toku\. Nic nie zmieniono/);
    expect(snapshot(db)).toEqual(before);
  });

  it('an action the state does not allow', () => {
    const { db, id } = stored('validDigital');
    const before = snapshot(db);
    expect(act(db, id, { czynnosc: 'done', wersja: '1', opis: 'x' })).toEqual({ kind: 'not-allowed', message: 'Najpierw zapisz „Biorę ten wniosek”: wniosek ma stan „nowa”. Nic nie zmieniono.' });
    expect(snapshot(db)).toEqual(before);
  });

  it('a request that is not an accessibility request, or is gone', () => {
    const { db } = stored('validDigital');
    expect(act(db, 999, { czynnosc: 'take', wersja: '1' })).toEqual({ kind: 'gone' });
  });
});

describe('the action schema', () => {
  const issues = (fields: Record<string, string>) => {
    const r = accessibilityActionSchema.safeParse(accessibilityAnswersFromForm(new URLSearchParams(fields)));
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
  };
  it('an outcome without reasons or description, an extension without a date', () => {
    expect(issues({ czynnosc: 'refuse', wersja: '2', kto: 'Ewa' })).toEqual({ powody: 'Wpisz powody odmowy: wnioskodawca musi je poznać, żeby móc złożyć skargę' });
    expect(issues({ czynnosc: 'alternative', wersja: '2', kto: 'Ewa', opis: '   ' })).toEqual({ opis: 'Opisz dostęp alternatywny: co zapewniono i jak z niego skorzystać' });
    expect(issues({ czynnosc: 'done', wersja: '2', kto: 'Ewa' })).toEqual({ opis: 'Opisz, co udostępniono: to zdanie trafi do pisma' });
    expect(issues({ czynnosc: 'extend', wersja: '2', kto: 'Ewa' })).toEqual({
      powody: 'Wpisz powody przedłużenia: ustawa wymaga, by pismo je podało',
      termin: 'Wpisz nowy termin w postaci RRRR-MM-DD: najpóźniej 2 miesiące od dnia wystąpienia z wnioskiem',
    });
  });
  it('a date that is not one, control characters, over-long text, no name', () => {
    expect(issues({ czynnosc: 'extend', wersja: '2', kto: 'Ewa', powody: 'x', termin: '2027-02-30' })).toEqual({ termin: 'Takiej daty nie ma w kalendarzu. Wpisz datę w postaci RRRR-MM-DD' });
    expect(issues({ czynnosc: 'extend', wersja: '2', kto: 'Ewa', powody: 'x', termin: '15.01.2027' })).toEqual({ termin: 'Wpisz datę w postaci RRRR-MM-DD, np. 2027-01-15' });
    expect(issues({ czynnosc: 'refuse', wersja: '2', kto: 'Ewa', powody: 'Powód\u0007 ukryty' })).toEqual({ powody: 'Tekst zawiera niewidoczne znaki sterujące (zwykle z wklejonego dokumentu). Przepisz go albo wklej jako zwykły tekst' });
    expect(issues({ czynnosc: 'refuse', wersja: '2', kto: 'Ewa', powody: 'a'.repeat(2001) })).toEqual({ powody: 'Powody mogą mieć najwyżej 2000 znaków' });
    expect(issues({ czynnosc: 'take', wersja: '1' })).toEqual({ kto: 'Wpisz swoje imię i nazwisko: zapiszemy je w historii wniosku' });
  });
});

describe('the letters and deadline mails by e-mail: every text line is in the HTML part', () => {
  it('each letter of each law, and the reminder and escalation', async () => {
    const { missingFacts } = await import('./helpers/mail-facts.ts');
    const { renderAccessibilityDeadlineMail } = await import('../../src/mail/AccessibilityDeadlineMail.tsx');
    const messages: [string, { text: string; html: string }][] = [];
    for (const example of ['validDigital', 'validArchitecturalByPost'] as const) {
      for (const [first, second] of [
        [{ czynnosc: 'extend', termin: '2027-01-15', powody: 'Wykonawca & <zewnętrzny>.' }, { czynnosc: 'refuse', powody: 'Integralność.' }],
        [{ czynnosc: 'done', opis: 'Poprawiono PDF.' }, undefined],
        [{ czynnosc: 'alternative', opis: 'Wersja w Wordzie.\nDruga linia.' }, undefined],
      ] as const) {
        const { db, id } = stored(example);
        act(db, id, { czynnosc: 'take', wersja: '1' });
        act(db, id, { ...first, wersja: '2' });
        if (second) act(db, id, { ...second, wersja: '3' });
        const { renderAccessibilityLetterMail } = await import('../../src/mail/AccessibilityLetterMail.tsx');
        for (const h of loadAccessibilityView(db, id)!.history) {
          const letter = JSON.parse(h.detail).letter;
          if (letter) messages.push([`${example} ${h.action}`, renderAccessibilityLetterMail(letter, { reference: 'ABC-123', to: 'a@example.org', officeName: office.nazwa, replyTo: 'k@example.org', messageId: '<m@x>' })]);
        }
        temp?.cleanup();
        temp = undefined;
      }
    }
    for (const which of ['reminder', 'escalation'] as const) {
      messages.push([which, renderAccessibilityDeadlineMail({ which, reference: 'ABC-123', requestName: 'żądanie', state: 'w toku', targetLabel: '4 grudnia 2026 r.', lastDayLabel: '5 grudnia 2026 r.', link: 'https://x/obsluga/wniosek/1-a/', listLink: 'https://x/obsluga/', to: ['k@x'], messageId: '<m@x>' })]);
    }
    expect(messages.length).toBe(10);
    for (const [name, m] of messages) expect(missingFacts(m.text, m.html), name).toEqual([]);
  });
});
