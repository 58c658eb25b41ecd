/**
 * The one way a form is accepted: Astro's origin check, then the action.
 * Every valid example is stored and redirected the same way whether the
 * browser posts it URL-encoded or as multipart; every non-canonical
 * Host/Origin pair and every other origin is refused the same way whatever
 * the content type, with nothing stored; behind a proxy that names the
 * site, posts work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackExamples, type FormAnswers } from '../../src/callback/callback-examples.ts';
import { TEST_BASE, TEST_ORIGIN } from '../support/test-env.ts';
import { countRows, multipart, rawRequest, startServerProcess, urlEncoded, type RawAnswer, type ServerProcess } from './server-process.ts';

let server: ServerProcess;
let port: string;
beforeAll(async () => {
  server = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '100000' });
  port = new URL(server.origin).port;
});
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
});

const ACTION = `${TEST_BASE}oddzwonimy/?_action=callback`;
const requests = () => countRows(server, 'SELECT COUNT(*) AS n FROM requests');

/** Post answers in one content type with these headers (Host and Origin default to the server's own). */
function post(answers: FormAnswers, type: 'urlencoded' | 'multipart', headers: Record<string, string> = {}): Promise<RawAnswer> {
  const encoded = type === 'urlencoded' ? { body: urlEncoded(answers), type: 'application/x-www-form-urlencoded' } : multipart(answers);
  return rawRequest(server, { method: 'POST', path: ACTION, body: encoded.body, headers: { host: `127.0.0.1:${port}`, origin: server.origin, 'content-type': encoded.type, ...headers } });
}

const TYPES = ['urlencoded', 'multipart'] as const;

describe('one submission path', () => {
  it('stores every valid example, either content type, and redirects to the reference only, the key in a cookie', async () => {
    const valid = Object.entries(callbackExamples).filter(([, e]) => Object.keys(e.errors).length === 0);
    expect(valid.length).toBeGreaterThanOrEqual(3);
    for (const [name, example] of valid) {
      for (const type of TYPES) {
        const before = requests();
        const res = await post(example.answers, type);
        expect([res.status, res.statusText], `${name} ${type}`).toEqual([303, 'See Other']);
        expect(res.headers.location, `${name} ${type}`).toMatch(new RegExp(`^${TEST_BASE}oddzwonimy/przyjete/\\?nr=[A-Z0-9]{3}-[A-Z0-9]{3}$`));
        const cookie = String(res.headers['set-cookie']);
        expect(cookie).toMatch(new RegExp(`^potwierdzenie=[A-Za-z0-9_-]{22}; Max-Age=3600; Path=${TEST_BASE}oddzwonimy/przyjete/; HttpOnly; SameSite=Lax$`));
        expect(res.headers['cache-control']).toBe('no-store');
        expect(requests(), `${name} ${type}`).toBe(before + 1);
        const reference = new URL(res.headers.location!, server.origin).searchParams.get('nr')!;
        expect(countRows(server, `SELECT COUNT(*) AS n FROM outbox o JOIN requests r ON r.id = o.request_id WHERE r.reference = '${reference}' AND o.kind = 'staff'`)).toBe(1);
      }
    }
  });

  it('re-renders an invalid form with its errors, either content type, storing nothing', async () => {
    const before = requests();
    for (const [name, example] of Object.entries(callbackExamples)) {
      if (Object.keys(example.errors).length === 0) continue;
      for (const type of TYPES) {
        const res = await post(example.answers, type);
        expect([res.status, res.statusText], `${name} ${type}`).toEqual([400, 'Bad Request']);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.body, name).toMatch(/<title>Błąd:/);
        for (const message of Object.values(example.errors)) expect(res.body, `${name} ${type}`).toContain(message.replace(/"/g, '&quot;'));
      }
    }
    expect(requests()).toBe(before);
  });

  it('answers the actions RPC endpoint through the same action, never cached', async () => {
    const rpc = (answers: FormAnswers) =>
      rawRequest(server, { method: 'POST', path: `${TEST_BASE}_actions/callback/`, body: urlEncoded(answers), headers: { host: `127.0.0.1:${port}`, origin: server.origin, 'content-type': 'application/x-www-form-urlencoded' } });
    const before = requests();
    const valid = await rpc(callbackExamples.validMinimal.answers);
    expect([valid.status, valid.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(valid.body).toContain('"accepted"');
    const invalid = await rpc(callbackExamples.phoneMissing.answers);
    expect([invalid.status, invalid.statusText, invalid.headers['cache-control']]).toEqual([400, 'Bad Request', 'no-store']);
    expect(requests()).toBe(before + 1);
    const crossSite = await rawRequest(server, { method: 'POST', path: `${TEST_BASE}_actions/callback/`, body: urlEncoded(callbackExamples.validMinimal.answers), headers: { host: `127.0.0.1:${port}`, origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' } });
    expect(crossSite.status).toBe(403);
    expect(requests()).toBe(before + 1);
  });

  it('records a filled honeypot once, without e-mail', async () => {
    const before = countRows(server, `SELECT COUNT(*) AS n FROM requests WHERE status = 'rejected-honeypot'`);
    const mails = countRows(server, 'SELECT COUNT(*) AS n FROM outbox');
    const res = await post({ ...callbackExamples.valid.answers, strona_www: 'http://spam.example' }, 'urlencoded');
    expect(res.status).toBe(400);
    expect(countRows(server, `SELECT COUNT(*) AS n FROM requests WHERE status = 'rejected-honeypot'`)).toBe(before + 1);
    expect(countRows(server, 'SELECT COUNT(*) AS n FROM outbox')).toBe(mails);
  });

  it('refuses every non-canonical Host/Origin pair the same way whatever the content type, storing nothing', async () => {
    const pairs: Record<string, { host: string; origin: string }> = {
      'upper-case host': { host: `LOCALHOST:${port}`, origin: `http://LOCALHOST:${port}` },
      'default port :80': { host: 'localhost:80', origin: 'http://localhost:80' },
      'zero-padded port': { host: `127.0.0.1:0${port}`, origin: `http://127.0.0.1:0${port}` },
    };
    const before = requests();
    for (const [name, headers] of Object.entries(pairs)) {
      for (const type of TYPES) {
        const res = await post(callbackExamples.valid.answers, type, headers);
        expect([res.status, res.statusText, res.headers['content-type']], `${name} ${type}`).toEqual([403, 'Forbidden', 'text/html; charset=utf-8']);
        expect(res.body, `${name} ${type}`).toContain('<h1>Nie przyjęliśmy formularza</h1>');
      }
    }
    expect(requests()).toBe(before);
  });

  it('refuses a form from another origin, or with none, either content type, storing nothing', async () => {
    const before = requests();
    for (const type of TYPES) {
      for (const origin of ['http://evil.example', 'null', TEST_ORIGIN]) {
        const res = await post(callbackExamples.valid.answers, type, { origin });
        expect(res.status, `${origin} ${type}`).toBe(403);
      }
    }
    expect(requests()).toBe(before);
  });

  it('works behind a proxy that forwards the public address (SITE_URL), valid or not, either content type', async () => {
    // The server listens on a random port; the "proxy" says the public address is the build's SITE_URL.
    const proxy = { 'x-forwarded-host': new URL(TEST_ORIGIN).host, 'x-forwarded-proto': 'http', origin: TEST_ORIGIN };
    for (const type of TYPES) {
      const valid = await post(callbackExamples.valid.answers, type, proxy);
      const invalid = await post(callbackExamples.phoneMissing.answers, type, proxy);
      expect([valid.status, invalid.status], type).toEqual([303, 400]);
      expect(invalid.body).toContain(callbackExamples.phoneMissing.errors.telefon);
      // A forwarded host that is not SITE_URL's is not believed: the origin no longer matches.
      const spoofed = await post(callbackExamples.valid.answers, type, { ...proxy, 'x-forwarded-host': 'evil.example', origin: 'http://evil.example' });
      expect(spoofed.status, type).toBe(403);
    }
  });
});
