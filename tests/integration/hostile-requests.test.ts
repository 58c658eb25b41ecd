/**
 * Hostile and unlucky requests against the built server, each with the exact
 * status, what a person sees, and that nothing was stored: the submission
 * limit counts stored requests only; the client behind a trusted proxy; other
 * hosts (421); paths outside SITE_BASE (404); bodies over the limit (413 page
 * in full, on every route); the confirmation's key and privacy; no-store;
 * owner-only data files; a data folder others can read; a public interface
 * with a localhost build.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackExamples, type FormAnswers } from '../../src/callback/callback-examples.ts';
import { DATABASE_FILE, DATABASE_FILES } from '../../src/db/database.ts';
import { SERVER_ARGS } from '../../src/server/server-command.ts';
import { TEST_BASE, TEST_ORIGIN } from '../support/test-env.ts';
import { countRows, multipart, rawRequest, startServerProcess, urlEncoded, type RawAnswer, type RawRequest, type ServerProcess } from './server-process.ts';
import { waitFor } from './smtp-test-server.ts';

const ACTION = `${TEST_BASE}oddzwonimy/?_action=callback`;
const PHONE = '86 215 67 00';
const TOO_LARGE_H1 = '<h1>Formularz jest za duży</h1>';

let server: ServerProcess;
let own: Record<string, string>;
beforeAll(async () => {
  server = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '100000' });
  own = { host: new URL(server.origin).host, origin: server.origin };
});
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
});

const stored = (s = server) => countRows(s, 'SELECT COUNT(*) AS n FROM requests');
const postForm = (answers: FormAnswers, headers: Record<string, string> = {}): Promise<RawAnswer> => postTo(server, answers, headers);
const postTo = (s: ServerProcess, answers: FormAnswers, headers: Record<string, string> = {}, path = ACTION): Promise<RawAnswer> =>
  rawRequest(s, { method: 'POST', path, body: urlEncoded(answers), headers: { host: new URL(s.origin).host, origin: s.origin, 'content-type': 'application/x-www-form-urlencoded', ...headers } });

describe('the submission limit (RATE_LIMIT_SUBMISSIONS=2)', () => {
  it('counts stored requests only, then answers 429 with the form, every answer kept, the real wait and the phone number', async () => {
    const server = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '2' });
    try {
      await limitedAfterTwo(server);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  async function limitedAfterTwo(server: ServerProcess): Promise<void> {
    const stored = () => countRows(server, 'SELECT COUNT(*) AS n FROM requests');
    const postForm = (answers: FormAnswers, headers: Record<string, string> = {}, path = ACTION) => postTo(server, answers, headers, path);
    // Mistakes, another site's posts, other paths and oversized bodies: none of them counts.
    for (let i = 0; i < 5; i++) expect((await postForm(callbackExamples.empty.answers)).status).toBe(400);
    // A valid form whose day the service refuses (the interpreter needs 3 working days) reaches the limit and gives its place back.
    for (let i = 0; i < 3; i++) expect((await postForm(callbackExamples.videoTooSoon.answers)).status).toBe(400);
    for (let i = 0; i < 3; i++) expect((await postForm(callbackExamples.valid.answers, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await postForm(callbackExamples.valid.answers, {}, `${TEST_BASE}ochrona-danych/`)).status).toBeLessThan(500);
    expect((await postForm({ ...callbackExamples.valid.answers, opis: 'x'.repeat(40_000) })).status).toBe(413);
    const before = stored();
    expect((await postForm(callbackExamples.valid.answers)).status).toBe(303);
    expect((await postForm(callbackExamples.validMinimal.answers)).status).toBe(303);
    expect(stored()).toBe(before + 2);

    const limited = await postForm(callbackExamples.valid.answers);
    expect([limited.status, limited.statusText]).toEqual([429, 'Too Many Requests']);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(500);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(limited.headers['cache-control']).toBe('no-store');
    const minutes = Math.ceil(retryAfter / 60);
    expect(limited.body).toContain(`Wyślij go ponownie za ${minutes} minut.`);
    expect(limited.body).toContain(PHONE);
    expect(limited.body).toMatch(/<title>Błąd:/);
    expect(limited.body).toContain('value="Janina Kowalska"');
    expect(limited.body).toContain(callbackExamples.valid.answers['opis']);
    expect(limited.body).toMatch(/value="podatki-lokalne" checked/);
    expect(stored(), 'nothing stored over the limit').toBe(before + 2);
    // A mistake over the limit still shows its errors (it would not have been stored anyway).
    expect((await postForm(callbackExamples.phoneMissing.answers)).status).toBe(400);
  }

  it('behind a trusted proxy counts the address the proxy added, normalised, IPv6 per /64', async () => {
    const proxied = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '1', TRUST_PROXY: '1' });
    try {
      // The proxy passes the public host, so Astro believes its X-Forwarded-For.
      const via = (forwardedFor: string) => postTo(proxied, callbackExamples.validMinimal.answers, { host: new URL(TEST_ORIGIN).host, origin: TEST_ORIGIN, 'x-forwarded-for': forwardedFor });
      const statuses = async (list: string[]) => {
        const out: number[] = [];
        for (const xff of list) out.push((await via(xff)).status);
        return out;
      };
      expect(await statuses(['6.6.6.6, 203.0.113.7', '7.7.7.7, 203.0.113.7', '203.0.113.7'])).toEqual([303, 429, 429]);
      expect(await statuses(['203.0.113.8', '::ffff:203.0.113.8', '203.0.113.008'])).toEqual([303, 429, 429]);
      expect(await statuses(['2001:db8:0:1::1', '2001:db8:0:1:ffff::2', '2001:db8:0:2::1'])).toEqual([303, 429, 303]);
      expect(stored(proxied)).toBe(4);
      // A forwarded host that is not the site's is refused before anything else.
      const other = await rawRequest(proxied, { path: TEST_BASE, headers: { host: new URL(TEST_ORIGIN).host, 'x-forwarded-host': 'evil.example' } });
      expect([other.status, other.statusText]).toEqual([421, 'Misdirected Request']);
    } finally {
      proxied.child.kill('SIGTERM');
      await proxied.exited;
    }
  });
});

describe('hosts and paths', () => {
  it("answers a plain 421 to a host that is not the site's (DNS rebinding), storing nothing", async () => {
    const before = stored();
    for (const r of [
      { path: TEST_BASE, headers: { host: 'evil.example' } },
      { path: TEST_BASE, headers: { host: `rebind.evil.example:${new URL(server.origin).port}` } },
      { method: 'POST', path: ACTION, body: urlEncoded(callbackExamples.valid.answers), headers: { host: 'evil.example', origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' } },
    ] satisfies RawRequest[]) {
      const res = await rawRequest(server, r);
      expect([res.status, res.statusText], r.headers.host).toEqual([421, 'Misdirected Request']);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body).not.toContain('<');
    }
    expect(stored()).toBe(before);
  });

  it('answers 404 with the site’s page outside SITE_BASE, storing nothing', async () => {
    const before = stored();
    for (const r of [
      { path: '/', headers: own },
      { path: '/oddzwonimy/', headers: own },
      { path: '/bip/', headers: own },
      { method: 'POST', path: '/oddzwonimy/?_action=callback', body: urlEncoded(callbackExamples.valid.answers), headers: { ...own, 'content-type': 'application/x-www-form-urlencoded' } },
    ] satisfies RawRequest[]) {
      const res = await rawRequest(server, r);
      expect([res.status, res.statusText], r.path).toEqual([404, 'Not Found']);
      expect(res.body).toContain('<h1>Nie ma takiej strony</h1>');
    }
    expect(stored()).toBe(before);
    const inside = await rawRequest(server, { path: `${TEST_BASE}nie-ma/`, headers: own });
    expect([inside.status, inside.statusText], 'a missing page inside the base: Astro’s 404, with the right reason phrase').toEqual([404, 'Not Found']);
  });
});

describe('static files and paths (served in front of Astro, static-files.ts)', () => {
  it('serve a prerendered page with a validator, answer 304 to it, HEAD without a body, and a hashed asset with a year’s cache', async () => {
    const page = await rawRequest(server, { path: `${TEST_BASE}deklaracja-dostepnosci/`, headers: own });
    expect([page.status, page.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(page.body).toContain('<h1');
    expect(page.headers['x-frame-options'], 'the security headers reach static files too').toBe('DENY');
    const etag = page.headers.etag!;
    expect(etag).toBeTruthy();
    const again = await rawRequest(server, { path: `${TEST_BASE}deklaracja-dostepnosci/`, headers: { ...own, 'if-none-match': etag } });
    expect([again.status, again.body]).toEqual([304, '']);
    const head = await rawRequest(server, { method: 'HEAD', path: `${TEST_BASE}deklaracja-dostepnosci/`, headers: own });
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', page.headers['content-length']]);
    const css = /href="([^"]+\.css)"/.exec(page.body)![1]!;
    const asset = await rawRequest(server, { path: css, headers: own });
    expect([asset.status, asset.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
  });

  it('redirect a path without its final slash (query kept), refuse a URL that does not decode in Polish, and never read a file outside the build', async () => {
    const bare = await rawRequest(server, { path: `${TEST_BASE}oddzwonimy?x=1`, headers: own });
    expect([bare.status, bare.headers.location]).toEqual([301, `${TEST_BASE}oddzwonimy/?x=1`]);
    for (const path of ['/\\evil.example/x', '//evil.example/x', `${TEST_BASE}\\evil.example`]) {
      const res = await rawRequest(server, { path, headers: own });
      expect(res.headers.location ?? '', `${path}: never a redirect another host could be read from`).not.toMatch(/^(\/\/|\/\\|\\)/);
    }
    const bad = await rawRequest(server, { path: `${TEST_BASE}%E0%A4%A/`, headers: own });
    expect([bad.status, bad.body]).toEqual([400, 'Ten adres strony jest nieprawidłowy.']);
    for (const path of [`${TEST_BASE}_astro/../../../package.json`, `${TEST_BASE}%2e%2e/%2e%2e/package.json`, `${TEST_BASE}..%2f..%2fpackage.json`]) {
      const res = await rawRequest(server, { path, headers: own });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('lomza-oddzwonimy');
    }
  });
});

describe('bodies over the limit', () => {
  const expectPage = (res: RawAnswer, name: string) => {
    expect([res.status, res.statusText], name).toEqual([413, 'Payload Too Large']);
    expect(res.headers['content-type'], name).toBe('text/html; charset=utf-8');
    expect(res.body, name).toContain(TOO_LARGE_H1);
    expect(res.body, name).toContain(PHONE);
    expect(res.body.trimEnd(), `${name}: the whole page`).toMatch(/<\/html>$/);
  };

  it('get the 413 page in full on every route, read to the end, never a reset or a 500; nothing stored', async () => {
    const before = stored();
    const big = 'x'.repeat(5 * 1024 * 1024);
    expectPage(await rawRequest(server, { method: 'POST', path: ACTION, body: `opis=${big}`, headers: { ...own, 'content-type': 'application/x-www-form-urlencoded' } }), '5 MB declared');
    const form = multipart({ ...callbackExamples.valid.answers, opis: 'y'.repeat(200_000) });
    const parts = [form.body.slice(0, 1000), form.body.slice(1000, 100_000), form.body.slice(100_000)];
    const chunked = await rawRequest(server, { method: 'POST', path: ACTION, body: parts, headers: { ...own, 'content-type': form.type } });
    expectPage(chunked, 'chunked multipart without Content-Length');
    expectPage(await rawRequest(server, { method: 'POST', path: `${TEST_BASE}_actions/callback/`, body: `opis=${big}`, headers: { ...own, 'content-type': 'application/x-www-form-urlencoded' } }), 'actions RPC');
    expectPage(await rawRequest(server, { method: 'POST', path: `${TEST_BASE}ochrona-danych/`, body: big, headers: { ...own, 'content-type': 'text/plain' } }), 'a page that takes no form');
    expect(stored()).toBe(before);
  });
});

describe('the confirmation', () => {
  it('shows the reference to anyone, the details only with the right, fresh key from the cookie', async () => {
    const sent = await postForm(callbackExamples.valid.answers);
    expect(sent.status).toBe(303);
    const location = sent.headers.location!;
    const reference = new URL(location, server.origin).searchParams.get('nr')!;
    const key = /^potwierdzenie=([^;]+)/.exec(String(sent.headers['set-cookie']))![1]!;
    const open = (cookie?: string) => rawRequest(server, { path: location, headers: { ...own, ...(cookie === undefined ? {} : { cookie }) } });
    const shows = async (cookie: string | undefined, details: boolean, name: string) => {
      const res = await open(cookie);
      expect([res.status, res.statusText], name).toEqual([200, 'OK']);
      expect(res.headers['cache-control'], name).toBe('no-store');
      expect(res.body, name).toContain(reference);
      for (const detail of ['Janina Kowalska', '+48 600 100 200', 'ratę podatku']) expect(res.body.includes(detail), `${name}: ${detail}`).toBe(details);
    };
    await shows(`potwierdzenie=${key}`, true, 'the right key');
    await shows(undefined, false, 'no key');
    await shows(`potwierdzenie=${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, false, 'a wrong key');
    await shows(`potwierdzenie=${encodeURIComponent('żółć'.repeat(50))}`, false, 'a multi-byte key of another length');
    await shows(`potwierdzenie=${'A'.repeat(4000)}`, false, 'a long key');
    // An hour later the key no longer opens the details.
    const db = new DatabaseSync(join(server.dataDir, DATABASE_FILE), { timeout: 5000 }); // the server writes too: wait for its lock
    db.prepare(`UPDATE requests SET created_at = ? WHERE reference = ?`).run(new Date(Date.now() - 61 * 60_000).toISOString(), reference);
    db.close();
    await shows(`potwierdzenie=${key}`, false, 'an expired key');
    expect(server.output()).not.toMatch(/Error|at .*\.mjs/);
  });
});

describe('data files', () => {
  it('are owner-only: the folder 0700, the database, its WAL files and every .eml 0600', async () => {
    expect((await postForm(callbackExamples.validMinimal.answers, { 'x-test': 'files' })).status).not.toBe(500);
    const emlDir = join(server.dataDir, 'outbox-eml');
    await waitFor(() => { try { return readdirSync(emlDir).some((f) => f.endsWith('.eml')); } catch { return false; } }, 15_000, 'an .eml file');
    expect(statSync(server.dataDir).mode & 0o777).toBe(0o700);
    for (const name of DATABASE_FILES) expect(statSync(join(server.dataDir, name)).mode & 0o777, name).toBe(0o600);
    for (const name of readdirSync(emlDir)) expect(statSync(join(emlDir, name)).mode & 0o777, name).toBe(0o600);
  });

  it('a data folder that others can read stops start-up with a Polish message naming the fix, and is left as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-open-'));
    chmodSync(dir, 0o755);
    const result = spawnSync(process.execPath, [...SERVER_ARGS], { env: { ...process.env, DATA_DIR: dir, PORT: '4499' }, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('mogą czytać inni użytkownicy');
    expect(result.stderr).toContain(`chmod 700 ${dir}`);
    expect(statSync(dir).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('start-up', () => {
  it('warns when the site is built for localhost but the server listens on a public interface', async () => {
    expect(server.output()).not.toContain('UWAGA');
    const open = await startServerProcess({ HOST: '0.0.0.0' });
    try {
      expect(open.output()).toContain('UWAGA: serwer przyjmuje połączenia z innych komputerów (HOST=0.0.0.0)');
      expect(open.output()).toContain('Message-ID @localhost');
    } finally {
      open.child.kill('SIGTERM');
      await open.exited;
    }
  });
});
