/**
 * The staff side end to end against a real SMTP server and the built
 * server: a resident submits with JavaScript off; the unit's e-mail carries
 * the signed link; a GET of it (as a mail scanner) changes nothing; the
 * clerk takes the request, records a failed attempt and closes it, and at
 * each step the page and the database agree. Then sign-in by e-mail and
 * the lists: a unit's own, overdue first; POM finds any request by reference.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
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

const text = async (r: Response) => (await r.text()).replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
const local = (link: string) => `${server.origin}${new URL(link).pathname}`;
const mailTo = (address: string, subject: RegExp) => smtp.received.filter((m) => m.rcptTo.includes(address) && subject.test(m.parsed.subject ?? ''));
function post(url: string, action: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin };
  if (cookie) headers['cookie'] = cookie;
  return fetch(`${url}?_action=${action}`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual', headers });
}
const row = (reference: string) => db.prepare('SELECT id, state, version FROM requests WHERE reference = ?').get(reference) as { id: number; state: string; version: number };
const history = (id: number) => (db.prepare('SELECT action, state, actor FROM request_history WHERE request_id = ? ORDER BY id').all(id) as { action: string; state: string; actor: string }[]).map((h) => `${h.action}/${h.state}/${h.actor}`);

describe('a clerk runs a request from the e-mail', () => {
  it('submit → staff e-mail → signed link → take → failed attempt → done', async () => {
    const submitted = await postForm(server, callbackExamples.valid.answers);
    expect(submitted.status).toBe(303);
    const reference = new URL(submitted.headers.get('location')!, server.origin).searchParams.get('nr')!;
    await waitFor(() => mailTo('podatki@lomza.example', new RegExp(reference)).length === 1, 20_000, 'the unit e-mail');
    const mail = mailTo('podatki@lomza.example', new RegExp(reference))[0]!.parsed;
    const link = /https?:\/\/\S+\/obsluga\/prosba\/\d+-[\w-]+\//.exec(mail.text ?? '')![0];
    expect(mail.html).toContain(link);
    expect(mail.text).toContain('/obsluga/?jednostka=finanse');
    const page = local(link);

    // A mail scanner opens the link first: nothing changes.
    for (let i = 0; i < 2; i++) expect((await fetch(page)).status).toBe(200);
    expect(row(reference)).toMatchObject({ state: 'new', version: 1 });
    expect(await text(await fetch(page))).toContain('Stan nowa .');

    const steps: [Record<string, string>, string, string][] = [
      [{ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }, 'in-progress', 'w toku'],
      [{ czynnosc: 'attempt', wersja: '2', kto: 'Jan Kowalski', notatka: 'nikt nie odebrał' }, 'attempt-failed', 'próba kontaktu nieudana'],
      [{ czynnosc: 'done', wersja: '3', kto: 'Jan Kowalski', kanal: 'telefon' }, 'done', 'załatwiona'],
    ];
    for (const [fields, state, label] of steps) {
      const r = await post(page, 'staff', fields);
      expect(r.status, fields['czynnosc']).toBe(303);
      expect(row(reference).state).toBe(state);
      const shown = await text(await fetch(new URL(r.headers.get('location')!, server.origin)));
      expect(shown).toContain(`Stan ${label} .`);
      expect(shown).toContain(`Zapisano. Stan prośby: ${label} .`);
    }
    const { id } = row(reference);
    expect(history(id)).toEqual(['take/in-progress/Jan Kowalski', 'attempt/attempt-failed/Jan Kowalski', 'done/done/Jan Kowalski']);
    const final = await text(await fetch(page));
    expect(final).toContain('Notatka: nikt nie odebrał');
    expect(final).toContain('Prośba jest zamknięta (załatwiona). Nie ma już nic do zapisania.');
    // Closing a closed request again: refused, nothing changes.
    const again = await post(page, 'staff', { czynnosc: 'done', wersja: '4', kto: 'Jan', kanal: 'sms' });
    expect(again.status).toBe(409);
    expect(history(id)).toHaveLength(3);
  });
});

describe('sign-in and the lists', () => {
  async function signIn(address: string): Promise<string> {
    const before = mailTo(address, /Logowanie/).length;
    const asked = await post(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/logowanie/`, 'staffSignIn', { email: address });
    expect(asked.status).toBe(200);
    expect(await text(asked)).toContain('Jeśli ten adres może się zalogować, wysłaliśmy na niego link do logowania.');
    await waitFor(() => mailTo(address, /Logowanie/).length === before + 1, 20_000, 'the sign-in e-mail');
    const link = /https?:\/\/\S+\/obsluga\/logowanie\/[0-9a-f]{64}\//.exec(mailTo(address, /Logowanie/).at(-1)!.parsed.text ?? '')![0];
    expect((await fetch(local(link))).status).toBe(200); // the scanner's GET does not use it up
    const confirmed = await post(local(link), 'staffConfirm', {});
    expect(confirmed.status).toBe(303);
    const cookie = confirmed.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^oddzwonimy_sesja=[0-9a-f]{64}-[\w-]{27}; Max-Age=36000; Path=\/bip\/deklaracja-dostepnosci\/; HttpOnly; SameSite=Lax$/);
    const replay = await post(local(link), 'staffConfirm', {});
    expect(replay.status).toBe(410);
    expect(await text(replay)).toContain('Ten link do logowania został już użyty');
    return cookie.split(';')[0]!;
  }

  it('answers an unknown address the same and sends nothing', async () => {
    const before = smtp.received.length;
    const r = await post(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/logowanie/`, 'staffSignIn', { email: 'obcy@example.com' });
    expect(r.status).toBe(200);
    expect(await text(r)).toContain('Jeśli ten adres może się zalogować, wysłaliśmy na niego link do logowania.');
    expect(db.prepare("SELECT COUNT(*) AS n FROM staff_sign_in_tokens WHERE email = 'obcy@example.com'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE recipients LIKE '%obcy@%'").get()).toEqual({ n: 0 });
    expect(smtp.received.length).toBe(before);
  });

  it('sends a visitor without a session to sign in', async () => {
    const r = await fetch(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/`, { redirect: 'manual' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/bip/deklaracja-dostepnosci/obsluga/logowanie/');
  });

  it('a unit sees its open requests by deadline, overdue first; POM finds any request by reference', async () => {
    const refs: string[] = [];
    for (const answers of [callbackExamples.valid.answers, callbackExamples.validOnBehalfByEmail.answers]) {
      const r = await postForm(server, answers);
      refs.push(new URL(r.headers.get('location')!, server.origin).searchParams.get('nr')!);
    }
    const writer = new DatabaseSync(join(server.dataDir, 'oddzwonimy.sqlite'), { timeout: 5000 });
    writer.prepare('UPDATE requests SET deadline_at = ? WHERE reference = ?').run('2026-01-05T10:00:00.000Z', refs[1]!);
    writer.close();

    const unit = await signIn('podatki@lomza.example');
    const list = await text(await fetch(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/`, { headers: { cookie: unit } }));
    expect(list).toContain('Prośby o kontakt: Wydział Finansowy');
    const overdueAt = list.indexOf(refs[1]!);
    expect(overdueAt).toBeGreaterThan(-1);
    expect(overdueAt).toBeLessThan(list.indexOf(refs[0]!));
    expect(list).toContain('Po terminie');
    expect(list).not.toContain('Znajdź prośbę po numerze');

    const pom = await signIn('pom@lomza.example');
    const found = await text(await fetch(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/?nr=${refs[0]!.toLowerCase().replace('-', '')}`, { headers: { cookie: pom } }));
    expect(found).toContain(`Prośba nr ${refs[0]}: Podatki`);
    const missing = await fetch(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/?nr=KKK-KKK`, { headers: { cookie: pom } });
    expect(await text(missing)).toContain('Nie znaleźliśmy prośby nr KKK-KKK');

    const out = await post(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/logowanie/`, 'staffSignOut', {}, pom);
    expect(out.status).toBe(200);
    expect((await fetch(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/`, { headers: { cookie: pom }, redirect: 'manual' })).status).toBe(303);
  });

  it('limits sign-in requests from one client (429, Polish page)', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) last = await post(`${server.origin}/bip/deklaracja-dostepnosci/obsluga/logowanie/`, 'staffSignIn', { email: `x${i}@example.com` });
    expect(last!.status).toBe(429);
    expect(await text(last!)).toContain('Za dużo prób logowania');
  });
});
