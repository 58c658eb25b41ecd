/**
 * The README as a new operator reads it: two commands first (the second is
 * exactly what CI runs), then configuration, the staff side, editing,
 * deployment and architecture; every command and setting it names exists,
 * and its base-path examples do not double a page's path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSettingsSchema, readBuildSettings } from '../../src/config/build-settings.ts';
import { serverSettingsSchema } from '../../src/config/server-settings.ts';
import { routes } from '../../src/site/routes.ts';

const readme = readFileSync('README.md', 'utf8');
const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The README's level-2 sections, in order, each with its text. */
const sections = readme.split(/^(?=## )/m).slice(1).map((s) => ({ heading: s.split('\n')[0]!.slice(3), text: s }));
const section = (heading: string) => sections.find((s) => s.heading === heading)?.text ?? '';
/** Shell code blocks of a text. */
const codeBlocks = (text: string) => [...text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.trim());
/** Variables named in the first column of the tables of a text. */
const tableVariables = (text: string) => [...text.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!);

describe('README', () => {
  it('puts its sections in the order an operator needs them', () => {
    const order = ['The two commands', 'Configuration', 'The staff side', 'Editing content', 'Deployment', 'Architecture'];
    const headings = sections.map((s) => s.heading);
    expect(headings.filter((h) => order.includes(h))).toEqual(order);
    expect(headings[0]).toBe('The two commands');
  });

  it('starts with the two commands: run on the embedded defaults, and exactly what CI runs', () => {
    const ci = readFileSync('.ci/run', 'utf8').trim().split('\n').at(-1);
    expect(codeBlocks(section('The two commands'))).toEqual(['npm install && npm start', ci]);
  });

  it('names only npm scripts that exist', () => {
    const named = new Set([...readme.matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1]!));
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((name) => !(name in scripts))).toEqual([]);
  });

  it('lists every setting the server and the build read, and no other', () => {
    expect(tableVariables(section('Configuration')).sort()).toEqual([...Object.keys(serverSettingsSchema.shape), ...Object.keys(buildSettingsSchema.shape)].sort());
  });

  it('gives SITE_BASE examples that are valid and do not repeat a page’s path', () => {
    const examples = new Set([...readme.matchAll(/SITE_BASE=(\/[^\s`]*)|e\.g\. `(\/[a-z0-9/-]*)`/g)].map((m) => (m[1] ?? m[2])!));
    expect(examples.size).toBeGreaterThan(0);
    const firstSegments = new Set(Object.values(routes).map((r) => r.path.split('/')[0]).filter(Boolean));
    for (const base of examples) {
      expect(readBuildSettings({ SITE_BASE: base }).SITE_BASE).toBe(base);
      const last = base.split('/').filter(Boolean).at(-1);
      expect(firstSegments, `SITE_BASE=${base} doubles /${last}/`).not.toContain(last);
    }
  });

  it('says how to stop the server, that npm start rebuilds, and how to send a test e-mail', () => {
    const start = section('The two commands');
    expect(start).toContain('Stop it with Ctrl+C');
    expect(start).toContain('`npm start` builds the site before\nevery start');
    expect(scripts['start']).toMatch(/^node scripts\/astro\.ts build && /);
    expect(section('Deployment')).toContain('`systemctl stop oddzwonimy`');
    expect(section('Configuration')).toContain('npm run mail:test -- adres@example.org');
  });
});
