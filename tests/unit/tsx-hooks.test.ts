import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
import { renderGiveUpMail } from './src/mail/undelivered-warning-mail.tsx';
const original = { messageId: '<K7M-4PX.staff@lomza.example>', to: ['podatki@lomza.example'], subject: 'Pilne', text: '', html: '', headers: { 'X-Oddzwonimy-Reference': 'K7M-4PX' } };
process.stdout.write(renderGiveUpMail(original, { attempts: 2, lastError: '550 <x>' }, ['pom@lomza.example']).html);
`;
const run = (flags: readonly string[]) => spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });

describe('the .tsx load hook for scripts run from the sources', () => {
  it('lets plain Node render an e-mail component (as mail:test, pa11y and the Nu checker run do)', () => {
    const result = run(['--import=./src/server/tsx-hooks.ts']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^<!doctype html><html lang="pl">/);
    expect(result.stdout).toContain('550 &lt;x>');
  });

  it('is what makes it work: without the hook Node cannot load the component', () => {
    const result = run([]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });
});
