/**
 * `npm run mail:test -- adres`: one test e-mail through the configured
 * transport, against the real SMTP test server and the .eml default, and the
 * Polish report of what happened.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpServer } from './smtp-test-server.ts';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Runs the command as `npm run mail:test` does (its package.json line); async, so the in-process SMTP server can answer. */
function mailTest(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const clean = { ...process.env };
  for (const key of ['SMTP_URL', 'MAIL_FROM', 'DATA_DIR']) delete clean[key];
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const [program, ...nodeArgs] = scripts['mail:test']!.split(' ');
  expect(program).toBe('node');
  const child = spawn(process.execPath, [...nodeArgs, ...args], { env: { ...clean, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-mail-test-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('npm run mail:test', () => {
  it('sends one message through SMTP_URL and prints the server’s answer', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const run = await mailTest(['sekretariat@lomza.example'], { SMTP_URL: smtp.url, MAIL_FROM: 'Urząd Miejski w Łomży <oddzwonimy@lomza.example>', DATA_DIR: tempDataDir() });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wysyłam wiadomość próbną do sekretariat@lomza.example przez: serwer SMTP 127.0.0.1:${smtp.port}`);
    expect(run.stdout).toContain(`Serwer SMTP 127.0.0.1:${smtp.port} przyjął wiadomość próbną do sekretariat@lomza.example.`);
    expect(run.stdout).toMatch(/Odpowiedź serwera: 250 /);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.rcptTo).toEqual(['sekretariat@lomza.example']);
    expect(mail!.parsed.subject).toBe('Wiadomość próbna serwisu Oddzwonimy');
    expect(mail!.parsed.from?.value).toEqual([{ name: 'Urząd Miejski w Łomży', address: 'oddzwonimy@lomza.example' }]);
    expect(mail!.parsed.messageId).toMatch(/^<test\.\d+\.[0-9a-f]{8}@lomza\.example>$/);
    expect(mail!.parsed.text).toContain('npm run mail:test');
  });

  it('says when the server refuses the recipient, with its answer and what to check', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    smtp.faults.rcptCode = 550;
    const run = await mailTest(['nieznany@lomza.example'], { SMTP_URL: smtp.url, DATA_DIR: tempDataDir() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Serwer poczty nie przyjął adresata: sprawdź adres');
    expect(run.stderr).toMatch(/Błąd: EENVELOPE 550 /);
    expect(smtp.received).toHaveLength(0);
  });

  it('explains smtps:// on a port that starts unencrypted', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const run = await mailTest(['sekretariat@lomza.example'], { SMTP_URL: `smtps://127.0.0.1:${smtp.port}`, DATA_DIR: tempDataDir() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`smtps:// szyfruje od pierwszego bajtu, a serwer 127.0.0.1:${smtp.port} tak nie działa (port 587 lub 25 używa STARTTLS): użyj smtp://…:587.`);
  });

  it('with ?requireTLS=true refuses a server that offers no STARTTLS, and says so', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const run = await mailTest(['sekretariat@lomza.example'], { SMTP_URL: `${smtp.url}?requireTLS=true`, DATA_DIR: tempDataDir() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Serwer 127.0.0.1:${smtp.port} nie zestawił szyfrowania STARTTLS`);
    expect(smtp.received).toHaveLength(0);
  });

  it('without SMTP_URL writes the message as an .eml file and prints its path', async () => {
    const dataDir = tempDataDir();
    const run = await mailTest(['sekretariat@lomza.example'], { DATA_DIR: dataDir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const path = /^Zapisano wiadomość próbną do pliku: (.+)$/m.exec(run.stdout)?.[1];
    expect(path).toBeDefined();
    expect(path!.startsWith(join(dataDir, 'outbox-eml'))).toBe(true);
    expect(existsSync(path!)).toBe(true);
    expect(statSync(path!).mode & 0o777).toBe(0o600);
    const parsed = await simpleParser(readFileSync(path!));
    expect(parsed.subject).toBe('Wiadomość próbna serwisu Oddzwonimy');
    expect(run.stdout).toContain('Nie ustawiono SMTP_URL, więc poczta trafia do plików .eml');
  });

  it('refuses a missing or malformed address and wrong settings before sending (exit 2)', async () => {
    const dataDir = tempDataDir();
    const none = await mailTest([], { DATA_DIR: dataDir });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Użycie: npm run mail:test -- adres@example.org');
    const noAt = await mailTest(['sekretariat.lomza.example'], { DATA_DIR: dataDir });
    expect(noAt.status).toBe(2);
    expect(noAt.stderr).toContain('„sekretariat.lomza.example” nie jest adresem e-mail (brak znaku @).');
    const badUrl = await mailTest(['sekretariat@lomza.example'], { DATA_DIR: dataDir, SMTP_URL: 'smtp://user:p@ss/word@mail.lomza.example:587' });
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toContain('SMTP_URL ma po adresie serwera jeszcze ścieżkę');
    expect(existsSync(join(dataDir, 'outbox-eml'))).toBe(false);
  });
});
