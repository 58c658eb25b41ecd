/**
 * The coordinator's side of an accessibility request end to end against a
 * real SMTP server and the built server: a person submits with JavaScript
 * off; the coordinator's e-mail carries the signed link; a scanner's GET
 * changes nothing; take → extend (refused past 2 months, then accepted) →
 * done; each letter reaches the person by e-mail with the right next step;
 * the printable letter page shows the letter; the page and the database
 * agree at each step.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
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

const BASE = '/bip/deklaracja-dostepnosci/';
const COORDINATOR = 'dostepnosc@lomza.example';
const PERSON = 'adam.nowak@example.org';
const text = async (r: Response) => (await r.text()).replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const local = (link: string) => `${server.origin}${new URL(link).pathname}`;
const mailTo = (address: string, subject: RegExp) => smtp.received.filter((m) => m.rcptTo.includes(address) && subject.test(m.parsed.subject ?? ''));
function post(url: string, action: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${url}?_action=${action}`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin } });
}
const row = (reference: string) => db.prepare('SELECT id, state, version, deadline_at FROM requests WHERE reference = ?').get(reference) as { id: number; state: string; version: number; deadline_at: string };
const history = (id: number) => (db.prepare('SELECT action, state FROM request_history WHERE request_id = ? ORDER BY id').all(id) as { action: string; state: string }[]).map((h) => `${h.action}/${h.state}`);
const everything = (id: number) => ({
  request: db.prepare('SELECT state, version, deadline_at, payload FROM requests WHERE id = ?').get(id),
  history: db.prepare('SELECT COUNT(*) AS n FROM request_history WHERE request_id = ?').get(id),
  outbox: db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE request_id = ?').get(id),
});

describe('the coordinator answers an accessibility request from the e-mail', () => {
  it('submit → coordinator e-mail → signed link → take → extend → done, with a letter to the person at each outcome', async () => {
    const submitted = await post(`${server.origin}${BASE}wniosek-o-dostepnosc/`, 'accessibilityRequest', accessibilityRequestExamples.validDigital.answers);
    expect(submitted.status).toBe(303);
    const reference = new URL(submitted.headers.get('location')!, server.origin).searchParams.get('nr')!;
    await waitFor(() => mailTo(COORDINATOR, new RegExp(reference)).length === 1, 20_000, 'the coordinator e-mail');
    const mail = mailTo(COORDINATOR, new RegExp(reference))[0]!.parsed;
    const link = /https?:\/\/\S+\/obsluga\/wniosek\/\d+-[\w-]+\//.exec(mail.text ?? '')![0];
    expect(mail.html).toContain(link);
    const page = local(link);

    // A mail scanner opens the link first: nothing changes.
    for (let i = 0; i < 2; i++) expect((await fetch(page)).status).toBe(200);
    const { id } = row(reference);
    expect(row(reference)).toMatchObject({ state: 'new', version: 1 });
    const first = await text(await fetch(page));
    expect(first).toContain(`Wniosek o dostępność nr ${reference}`);
    expect(first).toContain('Stan nowa .');

    const taken = await post(page, 'accessibilityOutcome', { czynnosc: 'take', wersja: '1', kto: 'Ewa Koordynator' });
    expect(taken.status).toBe(303);
    expect(row(reference)).toMatchObject({ state: 'in-progress', version: 2 });

    // Beyond 2 months from the request: refused with the reason, nothing changed, the answers kept.
    const before = everything(id);
    const tooLate = await post(page, 'accessibilityOutcome', { czynnosc: 'extend', wersja: '2', kto: 'Ewa Koordynator', termin: '2099-01-01', powody: 'Wykonawca.' });
    expect(tooLate.status).toBe(400);
    const tooLateText = await text(tooLate);
    expect(tooLateText).toContain('Nowy termin może przypadać najpóźniej 2 miesiące od dnia wystąpienia z żądaniem.');
    expect(tooLateText).toContain('Wykonawca.');
    expect(everything(id)).toEqual(before);
    // Without reasons: refused too.
    const noReasons = await post(page, 'accessibilityOutcome', { czynnosc: 'refuse', wersja: '2', kto: 'Ewa Koordynator' });
    expect(noReasons.status).toBe(400);
    expect(await text(noReasons)).toContain('Wpisz powody odmowy');
    expect(everything(id)).toEqual(before);

    const latest = JSON.parse((db.prepare('SELECT payload FROM requests WHERE id = ?').get(id) as { payload: string }).payload).clock.latestExtension as string;
    const extended = await post(page, 'accessibilityOutcome', { czynnosc: 'extend', wersja: '2', kto: 'Ewa Koordynator', termin: latest, powody: 'Dokument przygotowuje wykonawca zewnętrzny.' });
    expect(extended.status).toBe(303);
    expect(row(reference)).toMatchObject({ state: 'extended', version: 3 });
    expect(row(reference).deadline_at.startsWith(latest)).toBe(true);
    const extendedPage = await text(await fetch(new URL(extended.headers.get('location')!, server.origin)));
    expect(extendedPage).toContain('Zapisano. Stan wniosku: przedłużona .');
    await waitFor(() => mailTo(PERSON, /Przedłużenie terminu/).length === 1, 20_000, 'the extension letter');
    const notice = mailTo(PERSON, /Przedłużenie terminu/)[0]!.parsed;
    expect(notice.subject).toBe(`Przedłużenie terminu rozpatrzenia wniosku – wniosek ${reference}`);
    expect(notice.text).toContain('Powody: Dokument przygotowuje wykonawca zewnętrzny.');
    expect(notice.text).toContain('Rzecznika Praw Obywatelskich');

    // A stale version (a second coordinator's old page): 409, told what happened, nothing changed.
    const beforeStale = everything(id);
    const stale = await post(page, 'accessibilityOutcome', { czynnosc: 'done', wersja: '2', kto: 'Jan Drugi', opis: 'x' });
    expect(stale.status).toBe(409);
    expect(await text(stale)).toContain('Ktoś inny zmienił ten wniosek, zanim wysłano formularz.');
    expect(everything(id)).toEqual(beforeStale);

    const done = await post(page, 'accessibilityOutcome', { czynnosc: 'done', wersja: '3', kto: 'Ewa Koordynator', opis: 'Formularz jest teraz plikiem PDF z tekstem i polami.' });
    expect(done.status).toBe(303);
    expect(row(reference)).toMatchObject({ state: 'done', version: 4 });
    expect(history(id)).toEqual(['take/in-progress', 'extend/extended', 'done/done']);
    await waitFor(() => mailTo(PERSON, /Zapewnienie dostępności/).length === 1, 20_000, 'the outcome letter');
    expect(mailTo(PERSON, /Zapewnienie dostępności/)[0]!.parsed.text).toContain('Co zrobiliśmy: Formularz jest teraz plikiem PDF z tekstem i polami.');

    // The printable letter: the letter without the site frame.
    const printable = await fetch(`${page}pismo/4/`);
    expect(printable.status).toBe(200);
    const printed = await printable.text();
    expect(printed).not.toContain('class="site-nav"');
    expect(printed).toContain('Zapewnienie dostępności');
    expect(printed).toContain(`Dotyczy: wniosku nr ${reference}`);
    expect((await fetch(`${page}pismo/2/`)).status).toBe(404);

    // Closed: another outcome is refused.
    const again = await post(page, 'accessibilityOutcome', { czynnosc: 'refuse', wersja: '4', kto: 'Ewa', powody: 'x' });
    expect(again.status).toBe(409);
    expect(history(id)).toHaveLength(3);
  });

  it('the coordinator’s list shows open accessibility requests by deadline, overdue first, and the search finds one', async () => {
    const refs: string[] = [];
    for (const answers of [accessibilityRequestExamples.validDigital.answers, accessibilityRequestExamples.validArchitecturalByPost.answers]) {
      const r = await post(`${server.origin}${BASE}wniosek-o-dostepnosc/`, 'accessibilityRequest', answers);
      refs.push(new URL(r.headers.get('location')!, server.origin).searchParams.get('nr')!);
    }
    // The second (14 days) is made overdue: it must come first.
    const writer = new DatabaseSync(join(server.dataDir, 'oddzwonimy.sqlite'), { timeout: 5000 });
    const payload = JSON.parse((writer.prepare('SELECT payload FROM requests WHERE reference = ?').get(refs[1]!) as { payload: string }).payload);
    payload.clock = { ...payload.clock, lastDay: '2026-01-05', officeTarget: '2026-01-05' };
    writer.prepare('UPDATE requests SET deadline_at = ?, payload = ? WHERE reference = ?').run('2026-01-05T22:59:00.000Z', JSON.stringify(payload), refs[1]!);
    writer.close();

    await post(`${server.origin}${BASE}obsluga/logowanie/`, 'staffSignIn', { email: COORDINATOR });
    await waitFor(() => mailTo(COORDINATOR, /Logowanie/).length === 1, 20_000, 'the sign-in e-mail');
    const link = /https?:\/\/\S+\/obsluga\/logowanie\/[0-9a-f]{64}\//.exec(mailTo(COORDINATOR, /Logowanie/)[0]!.parsed.text ?? '')![0];
    const confirmed = await post(local(link), 'staffConfirm', {});
    const cookie = confirmed.headers.get('set-cookie')!.split(';')[0]!;
    const list = await text(await fetch(`${server.origin}${BASE}obsluga/`, { headers: { cookie } }));
    const section = list.slice(list.indexOf('Wnioski o dostępność'));
    expect(section).toContain('Po terminie: 5 stycznia 2026 r.');
    expect(section.indexOf(refs[1]!)).toBeGreaterThan(-1);
    expect(section.indexOf(refs[1]!)).toBeLessThan(section.indexOf(refs[0]!));
    const found = await text(await fetch(`${server.origin}${BASE}obsluga/?nr=${refs[0]!}`, { headers: { cookie } }));
    expect(found).toContain(`Wniosek o dostępność nr ${refs[0]}: żądanie zapewnienia dostępności cyfrowej, stan: nowa.`);
  });

  it('a tampered link: 403, nothing changes', async () => {
    expect((await fetch(`${server.origin}${BASE}obsluga/wniosek/1-nie-nasz-podpis/`)).status).toBe(403);
    expect((await post(`${server.origin}${BASE}obsluga/wniosek/1-nie-nasz-podpis/`, 'accessibilityOutcome', { czynnosc: 'take', wersja: '1', kto: 'X' })).status).toBe(403);
  });
});
