/**
 * "Zaproponuj inny termin lub formę" end to end against a real SMTP server
 * and the built server: a resident asks for an SJM interpreter with JavaScript
 * off; the clerk takes the request and, because the interpreter cannot come,
 * proposes another date and form. Bad answers are all reported at once and
 * change nothing; a stale version is refused; the saved proposal is in the
 * history, the request stays open, and the resident gets the reasons and the
 * proposal by e-mail. A resident without an e-mail gets nothing by mail, and
 * the page tells the clerk what to say on the phone.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { offeredDays } from '../../src/callback/callback-timing.ts';
import { calendar } from '../unit/helpers/real-content.ts';
import { postForm, startServerProcess, type ServerProcess } from './server-process.ts';
import { startSmtpServer, waitFor } from './smtp-test-server.ts';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: ServerProcess;
let db: DatabaseSync;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServerProcess({ SMTP_URL: smtp.url, RATE_LIMIT_SUBMISSIONS: '10000' });
  db = new DatabaseSync(join(server.dataDir, 'oddzwonimy.sqlite'), { readOnly: true });
}, 60_000);
afterAll(async () => {
  db?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  await smtp?.close();
});

const text = async (r: Response) => (await r.text()).replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/\s+/g, ' ');
const local = (link: string) => `${server.origin}${new URL(link).pathname}`;
const mailTo = (address: string, subject: RegExp) => smtp.received.filter((m) => m.rcptTo.includes(address) && subject.test(m.parsed.subject ?? ''));
const post = (url: string, fields: Record<string, string>) =>
  fetch(`${url}?_action=staff`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin } });
const row = (reference: string) => db.prepare('SELECT id, state, version FROM requests WHERE reference = ?').get(reference) as { id: number; state: string; version: number };
const historyCount = (id: number) => (db.prepare('SELECT COUNT(*) AS n FROM request_history WHERE request_id = ?').get(id) as { n: number }).n;

/** Submit `answers`, wait for the unit's e-mail, and return the reference and the request page's local address. */
async function submitted(answers: Record<string, string | string[]>, unitAddress: string): Promise<{ reference: string; page: string }> {
  const r = await postForm(server, answers);
  expect(r.status).toBe(303);
  const reference = new URL(r.headers.get('location')!, server.origin).searchParams.get('nr')!;
  await waitFor(() => mailTo(unitAddress, new RegExp(reference)).length === 1, 20_000, 'the unit e-mail');
  const mail = mailTo(unitAddress, new RegExp(reference))[0]!.parsed;
  return { reference, page: local(/https?:\/\/\S+\/obsluga\/prosba\/\d+-[\w-]+\//.exec(mail.text ?? '')![0]) };
}

const proposal = { czynnosc: 'propose', kto: 'Jan Kowalski', powody: 'Tłumacz SJM nie może przyjść w tym dniu.', inny_termin: 'poniedziałek, o 10:00', inna_forma: 'połączenie wideo z tłumaczem online' };

describe('a clerk proposes another date or form', () => {
  it('SJM request → take → proposal refused when incomplete or stale → saved, kept open, e-mailed to the resident', async () => {
    const { firstPjmDay } = offeredDays(calendar, new Date());
    const answers = { ...callbackExamples.valid.answers, kontakt: 'wideo-sjm', email: 'ewa.lis@example.com', termin: firstPjmDay };
    const { reference, page } = await submitted(answers, 'podatki@lomza.example');
    const staffMail = mailTo('podatki@lomza.example', new RegExp(reference))[0]!.parsed;
    expect(staffMail.text).toContain('Sposób kontaktu: Połączenie wideo z tłumaczem systemu językowo-migowego (SJM) – umówić połączenie wideo z tłumaczem SJM');

    expect((await post(page, { czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' })).status).toBe(303);
    const { id } = row(reference);

    // Nothing but the action: every missing answer at once, the name kept, nothing changed.
    const incomplete = await post(page, { czynnosc: 'propose', wersja: '2', kto: 'Jan Kowalski' });
    expect(incomplete.status).toBe(400);
    const shown = await text(incomplete);
    expect(shown).toContain('Wpisz, dlaczego nie możemy zapewnić kontaktu tak, jak prosi mieszkaniec');
    expect(shown).toContain('Wpisz inny termin albo inną formę kontaktu');
    expect(row(reference)).toMatchObject({ state: 'in-progress', version: 2 });

    // A stale version: refused with what happened since, nothing changed.
    const stale = await post(page, { ...proposal, wersja: '1' });
    expect(stale.status).toBe(409);
    expect(await text(stale)).toContain('Ktoś inny zmienił tę prośbę');
    expect(historyCount(id)).toBe(1);

    const saved = await post(page, { ...proposal, wersja: '2', powody: `${proposal.powody}\u0000\u202E` });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toMatch(/\?zapisano=propozycja$/);
    expect(row(reference)).toMatchObject({ state: 'in-progress', version: 3 });
    const after = await text(await fetch(new URL(saved.headers.get('location')!, server.origin)));
    expect(after).toContain('Zapisano propozycję. Stan prośby: w toku .');
    expect(after).toContain('Wysłaliśmy mieszkańcowi e-mail z powodami i propozycją na adres ewa.lis@example.com.');
    expect(after).toContain(`Powody: ${proposal.powody}`);
    expect(after).toContain(`Proponowany termin: ${proposal.inny_termin}`);
    // Still open: the clerk can still record the contact.
    expect(after).toContain('Załatwiona: kontakt się odbył');

    await waitFor(() => mailTo('ewa.lis@example.com', /Propozycja innego terminu/).length === 1, 20_000, 'the resident’s proposal e-mail');
    const mail = mailTo('ewa.lis@example.com', /Propozycja innego terminu/)[0]!.parsed;
    expect(mail.subject).toBe(`Propozycja innego terminu lub formy kontaktu – prośba ${reference}`);
    for (const part of [mail.text ?? '', String(mail.html)]) {
      expect(part).toContain(proposal.powody);
      expect(part).toContain(proposal.inny_termin);
      expect(part).toContain(proposal.inna_forma);
      expect(part).toContain('systemu językowo-migowego (SJM)');
    }
    expect(mail.text).not.toContain('\u202E');
  });

  it('without the resident’s e-mail: no mail, and the page tells the clerk to phone or text the proposal', async () => {
    const { reference, page } = await submitted(callbackExamples.chosenPersonAsap.answers, 'podatki@lomza.example');
    expect((await post(page, { czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' })).status).toBe(303);
    const before = smtp.received.length;
    const saved = await post(page, { ...proposal, wersja: '2' });
    expect(saved.status).toBe(303);
    const shown = await text(await fetch(new URL(saved.headers.get('location')!, server.origin)));
    expect(shown).toContain('Mieszkaniec nie podał adresu e-mail. Zadzwoń albo wyślij SMS na numer +48 86 215 67 00 i przekaż mu powody i propozycję:');
    expect(shown).toContain(`Dlaczego: ${proposal.powody}`);
    expect(row(reference).state).toBe('in-progress');
    expect(db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE message_id LIKE ?").get(`<${reference}.proposal%`)).toEqual({ n: 0 });
    expect(smtp.received.length).toBe(before);
  });
});
