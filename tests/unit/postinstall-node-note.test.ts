/**
 * The one line `npm install` prints after its EBADENGINE warnings: harmless
 * when Node 24 came in as the npm package `node`, a real problem when not.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeNote as note } from '../../scripts/postinstall-node-note.mjs';

const NPM_ON_NODE_20 = 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false';

describe('postinstall note on Node versions', () => {
  it('runs after every npm install and npm ci', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['postinstall']).toBe('node scripts/postinstall-node-note.mjs');
  });

  it('calls the warnings harmless when npm ran on Node 20 and the app has Node 24', () => {
    expect(note(NPM_ON_NODE_20, '24.21.0')).toBe(
      'Ostrzeżenia npm „EBADENGINE” (jeśli są powyżej) są niegroźne: npm działa na systemowym Node v20.20.2, a aplikację uruchamia Node v24.21.0 z node_modules/.bin (pakiet npm „node”), którego używają npm start, npm run … i npm test.',
    );
  });

  it('warns when Node 24 is missing (dev dependencies omitted on an old system Node)', () => {
    expect(note(NPM_ON_NODE_20, '20.20.2')).toBe(
      'Uwaga: aplikacja potrzebuje Node 24, a jest tylko Node v20.20.2. Zainstaluj pakiety bez --omit=dev (wtedy Node 24 przychodzi jako pakiet npm „node”) albo zainstaluj Node 24 w systemie.',
    );
  });

  it('says nothing when npm itself ran on Node 24', () => {
    expect(note('npm/11.19.1 node/v24.21.0 linux x64 workspaces/false', '24.21.0')).toBe('');
  });

  it('prints the note when npm runs it', () => {
    const run = spawnSync(process.execPath, ['scripts/postinstall-node-note.mjs'], { encoding: 'utf8', env: { ...process.env, npm_config_user_agent: NPM_ON_NODE_20 } });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${note(NPM_ON_NODE_20, process.versions.node)}\n`);
    expect(run.stdout).toContain('niegroźne');
  });
});
