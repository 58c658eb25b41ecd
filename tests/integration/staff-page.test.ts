/**
 * The staff page on the built server: the unit's e-mail carries a signed
 * link; a GET (as a mail scanner does) changes nothing; only a same-origin
 * POST acts; every bad input gets a Polish page with its status and leaves
 * the database as it was.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { postForm, startServerProcess, type ServerProcess } from './server-process.ts';
import { waitFor } from './smtp-test-server.ts';

let server: ServerProcess;
let db: DatabaseSync;

beforeAll(async () => {
  // Until the submission limit counts stored requests only, every POST counts towards it.
  server = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '10000' });
  db = new DatabaseSync(join(server.dataDir, 'oddzwonimy.sqlite'), { readOnly: true });
});
afterAll(async () => {
  db?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
});

/** Submit the form, return the path of the signed link in the unit's e-mail and the request id. */
async function submitted(): Promise<{ path: string; id: number; reference: string }> {
  const response = await postForm(server, callbackExamples.validOnBehalfByEmail.answers);
  expect(response.status).toBe(303);
  const reference = new URL(response.headers.get('location')!, server.origin).searchParams.get('nr')!;
  const row = db.prepare("SELECT r.id, o.message FROM requests r JOIN outbox o ON o.request_id = r.id AND o.kind = 'staff' WHERE r.reference = ?").get(reference) as { id: number; message: string };
  const text = (JSON.parse(row.message) as MailMessage).text;
  const link = /https?:\/\/\S+\/obsluga\/prosba\/\S+\//.exec(text)?.[0];
  expect(link).toBeDefined();
  return { path: new URL(link!).pathname, id: row.id, reference };
}

const state = (id: number) => ({
  request: db.prepare('SELECT state, version, unit_id FROM requests WHERE id = ?').get(id),
  history: db.prepare('SELECT COUNT(*) AS n FROM request_history WHERE request_id = ?').get(id),
  outbox: db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE request_id = ?').get(id),
});

function post(path: string, fields: Record<string, string>, origin = server.origin): Promise<Response> {
  return fetch(`${server.origin}${path}?_action=staff`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin } });
}

const text = async (r: Response) => (await r.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the signed request page', () => {
  it('shows the request to a GET and changes nothing, however often it is opened', async () => {
    const { path, id, reference } = await submitted();
    const before = state(id);
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${server.origin}${path}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('referrer-policy')).toBe('same-origin');
      const page = await text(r);
      expect(page).toContain(`Prośba nr ${reference}`);
      expect(page).toContain('Stan nowa .');
      expect(page).toContain('Zofia Nowak');
    }
    expect(path).not.toMatch(/Nowak|Zofia|anna|@/);
    expect(state(id)).toEqual(before);
  });

  it('acts on a same-origin POST and shows the new state after a 303', async () => {
    const { path, id } = await submitted();
    const r = await post(path, { czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' });
    expect(r.status).toBe(303);
    const page = await text(await fetch(new URL(r.headers.get('location')!, server.origin)));
    expect(page).toContain('Zapisano. Stan prośby: w toku .');
    expect(page).toContain('Biorę tę prośbę; stan: w toku Jan Kowalski');
    expect(state(id)).toMatchObject({ request: { state: 'in-progress', version: 2 }, history: { n: 1 } });
  });

  it('refuses a tampered or foreign link with a Polish 403 page', async () => {
    const a = await submitted();
    const b = await submitted();
    const before = [state(a.id), state(b.id)];
    const sig = a.path.split('/').at(-2)!.split('-').slice(1).join('-');
    const tampered = a.path.replace(/-[^/]+\/$/, `-${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}/`);
    const foreign = a.path.replace(/\/\d+-/, `/${b.id}-`);
    for (const path of [tampered, foreign, a.path.replace(/\/[^/]+\/$/, '/1/'), a.path.replace(/\/[^/]+\/$/, '/%F0%9F%92%A5/')]) {
      const r = await fetch(`${server.origin}${path}`);
      expect(r.status, path).toBe(403);
      expect(await text(r)).toContain('Ten link nie działa');
      const p = await post(path, { czynnosc: 'take', wersja: '1', kto: 'Jan' });
      expect(p.status, path).toBe(403);
      expect(await text(p)).toContain('Nic nie zmieniono');
    }
    expect([state(a.id), state(b.id)]).toEqual(before);
  });

  it('tells the second clerk what the first did (409) and changes nothing', async () => {
    const { path, id } = await submitted();
    expect((await post(path, { czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' })).status).toBe(303);
    const before = state(id);
    const r = await post(path, { czynnosc: 'take', wersja: '1', kto: 'Anna Nowak' });
    expect(r.status).toBe(409);
    const page = await text(r);
    expect(page).toContain('Ktoś inny zmienił tę prośbę');
    expect(page).toContain('Jan Kowalski wziął(-ęła) prośbę');
    expect(state(id)).toEqual(before);
  });

  it('refuses an action the state does not allow (409), and answers missing or oversized fields (400), changing nothing', async () => {
    const { path, id } = await submitted();
    await post(path, { czynnosc: 'take', wersja: '1', kto: 'Jan' });
    const before = state(id);
    const cases: [Record<string, string>, number, string][] = [
      [{ czynnosc: 'unreachable', wersja: '2', kto: 'Jan' }, 409, 'Najpierw zapisz nieudaną próbę kontaktu. Nic nie zmieniono.'],
      [{ czynnosc: 'take', wersja: '2', kto: 'Jan' }, 409, 'W stanie „w toku” nie można zapisać'],
      [{ czynnosc: 'done', wersja: '2' }, 400, 'Wpisz swoje imię i nazwisko'],
      [{ czynnosc: 'done', wersja: '2', kto: 'Jan' }, 400, 'Wybierz, jak udało się skontaktować'],
      [{ czynnosc: 'attempt', wersja: '2', kto: 'Jan', notatka: 'x'.repeat(201) }, 400, 'Notatka może mieć najwyżej 200 znaków'],
      [{ czynnosc: 'attempt', wersja: '2', kto: 'Jan', notatka: 'x'.repeat(20_000) }, 400, 'Wpis jest o wiele za długi'],
      [{ czynnosc: 'zamknij', wersja: '2', kto: 'Jan' }, 400, 'Wybierz, co chcesz zapisać'],
      [{ czynnosc: 'transfer', wersja: '2', kto: 'Jan', jednostka: 'nie-ma' }, 400, 'Wybierz jednostkę z listy'],
    ];
    for (const [fields, status, message] of cases) {
      const r = await post(path, fields);
      expect(r.status, JSON.stringify(fields).slice(0, 80)).toBe(status);
      expect(await text(r)).toContain(message);
    }
    expect(state(id)).toEqual(before);
  });

  it('refuses a post from another origin or to the actions endpoint', async () => {
    const { path, id } = await submitted();
    const before = state(id);
    expect((await post(path, { czynnosc: 'take', wersja: '1', kto: 'Jan' }, 'http://evil.example')).status).toBe(403);
    const rpc = await fetch(`${server.origin}/bip/deklaracja-dostepnosci/_actions/staff/`, { method: 'POST', body: new URLSearchParams({ czynnosc: 'take', wersja: '1', kto: 'Jan' }), headers: { origin: server.origin } });
    expect(rpc.status).toBeGreaterThanOrEqual(400);
    expect(rpc.status).toBeLessThan(500);
    expect(state(id)).toEqual(before);
  });

  it('answers 410 once the request has been purged', async () => {
    const { path, id } = await submitted();
    const writer = new DatabaseSync(join(server.dataDir, 'oddzwonimy.sqlite'), { timeout: 5000 });
    writer.exec('PRAGMA foreign_keys = ON');
    writer.prepare('DELETE FROM requests WHERE id = ?').run(id);
    writer.close();
    await waitFor(() => db.prepare('SELECT 1 FROM requests WHERE id = ?').get(id) === undefined, 5000, 'the purge');
    const r = await fetch(`${server.origin}${path}`);
    expect(r.status).toBe(410);
    expect(await text(r)).toContain('Tej prośby już nie ma');
    const p = await post(path, { czynnosc: 'take', wersja: '1', kto: 'Jan' });
    expect(p.status).toBe(410);
    expect(state(id)).toEqual({ request: undefined, history: { n: 0 }, outbox: { n: 0 } });
  });
});
