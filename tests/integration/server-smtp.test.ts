/**
 * The built server end to end: a form POST without JavaScript reaches a real
 * SMTP server through SMTP_URL; bad input never gives a 500; settings and
 * the database are checked at start; SIGTERM shuts down cleanly.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { SERVER_ARGS } from '../../src/server/server-command.ts';
import { CONDITION_BOUND_MS, postForm, startServerProcess, type ServerProcess } from './server-process.ts';
import { startSmtpServer, waitFor } from './smtp-test-server.ts';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function stopLater(server: ServerProcess): void {
  closers.push(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await server.exited;
  });
}

describe('server with SMTP_URL', () => {
  it('accepts a request without JavaScript and delivers it to the unit over SMTP', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const server = await startServerProcess({ SMTP_URL: smtp.url });
    stopLater(server);
    const response = await postForm(server, callbackExamples.valid.answers);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, server.origin);
    expect(location.pathname).toBe('/bip/deklaracja-dostepnosci/oddzwonimy/przyjete/');
    const reference = location.searchParams.get('nr')!;
    // The details show with the key cookie the redirect set (the address carries only the reference).
    const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const page = await (await fetch(location, { headers: { cookie } })).text();
    expect(page).toContain(reference);
    expect(page).toContain('Skontaktujemy się z Tobą najpóźniej');
    await waitFor(() => smtp.received.length === 1, CONDITION_BOUND_MS, 'the unit e-mail');
    expect(smtp.received[0]!.rcptTo).toEqual(['podatki@lomza.example']);
    expect(smtp.received[0]!.parsed.subject).toContain(reference);
    expect(server.output()).not.toContain('Janina');
    expect(server.output()).not.toContain('600');
  });

  it('answers bad and hostile input with a Polish error or a 4xx, never a 500', async () => {
    const server = await startServerProcess();
    stopLater(server);
    const url = `${server.baseUrl}oddzwonimy/?_action=callback`;
    const cases: [string, RequestInit][] = [
      ['no Origin', { method: 'POST', body: new URLSearchParams({ imie: 'x' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
      ['JSON body', { method: 'POST', body: '{"imie":"x"}', headers: { 'content-type': 'application/json', origin: server.origin } }],
      ['text body', { method: 'POST', body: 'imie=x', headers: { 'content-type': 'text/plain', origin: server.origin } }],
      ['2 MB body', { method: 'POST', body: new URLSearchParams({ opis: 'x'.repeat(2 * 1024 * 1024) }), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin } }],
      ['HTML and CR/LF', { method: 'POST', body: new URLSearchParams({ ...(callbackExamples.valid.answers as Record<string, string>), potrzeby: 'wolniej', imie: '<script>alert(1)</script>\r\nBcc: x@example.com' }), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin } }],
      ['unknown fields', { method: 'POST', body: new URLSearchParams({ foo: 'bar', 'sprawa.x': 'y' }), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin } }],
    ];
    for (const [name, init] of cases) {
      const response = await fetch(url, { ...init, redirect: 'manual' });
      expect(response.status, name).toBeLessThan(500);
      if (name === '2 MB body') expect(response.status).toBe(413);
      const text = await response.text();
      expect(text, name).not.toContain('<script>alert(1)</script>');
    }
  });

  it('sends security headers on every page', async () => {
    const server = await startServerProcess();
    stopLater(server);
    const home = await fetch(server.baseUrl);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('refuses to start with a bad setting, naming it in Polish', () => {
    const result = spawnSync(process.execPath, [...SERVER_ARGS], { env: { ...process.env, PORT: 'osiemdziesiąt', SMTP_URL: 'http://mail' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: PORT musi być liczbą całkowitą');
    expect(result.stderr).toContain('SMTP_URL musi mieć postać smtp://');
  });

  it('refuses to start when the database cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-ro-'));
    writeFileSync(join(dir, 'oddzwonimy.sqlite'), 'not a database');
    chmodSync(dir, 0o500);
    const result = spawnSync(process.execPath, [...SERVER_ARGS], { env: { ...process.env, DATA_DIR: dir, PORT: '4497' }, encoding: 'utf8' });
    chmodSync(dir, 0o700);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nie można otworzyć bazy danych');
  });

  it('refuses to start while another program holds the database locked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-lock-'));
    const holder = new DatabaseSync(join(dir, 'oddzwonimy.sqlite'));
    holder.exec('PRAGMA journal_mode = DELETE; CREATE TABLE x (a); BEGIN EXCLUSIVE; INSERT INTO x VALUES (1);');
    const result = spawnSync(process.execPath, [...SERVER_ARGS], { env: { ...process.env, DATA_DIR: dir, PORT: '4496' }, encoding: 'utf8', timeout: CONDITION_BOUND_MS });
    holder.exec('ROLLBACK');
    holder.close();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nie można otworzyć bazy danych');
    expect(result.stderr).toContain('czy inny program nie blokuje pliku');
  });

  // SIGINT is Ctrl+C in a terminal, the README's way to stop `npm start`.
  it.each(['SIGTERM', 'SIGINT'] as const)('stops cleanly on %s', async (signal) => {
    const server = await startServerProcess();
    stopLater(server);
    server.child.kill(signal);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Zatrzymano.');
  });
});
