import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../src/server/server-node-flags.ts';

const script = `
import { renderGiveUpMail } from './src/mail/undelivered-warning-mail.tsx';
const original = { messageId: '<K7M-4PX.staff@lomza.example>', to: ['podatki@lomza.example'], subject: 'Pilne', text: '', html: '', headers: { 'X-Oddzwonimy-Reference': 'K7M-4PX' } };
process.stdout.write(renderGiveUpMail(original, { attempts: 2, lastError: '550 <x>' }, ['pom@lomza.example']).html);
`;
const run = (flags: readonly string[]) => spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });

describe('the server process and .tsx e-mail components', () => {
  it('renders a component in plain Node with the server’s flags (as the outbox worker does)', () => {
    const result = run(SERVER_NODE_FLAGS);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^<!doctype html><html lang="pl">/);
    expect(result.stdout).toContain('550 &lt;x>');
  });

  it('cannot load them without the hook, which is why the flags carry it', () => {
    const result = run(SERVER_NODE_FLAGS.filter((f) => !f.includes('tsx-hooks')));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });

  it('are the flags `npm run serve` and `npm start` pass, so that an office runs what was measured', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['serve', 'start']) expect(scripts[name], name).toContain(`node ${SERVER_NODE_FLAGS.join(' ')} src/server/start.ts`);
  });
});
