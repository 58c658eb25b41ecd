import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteSettingsFile } from '../../src/config/site-settings-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'site-settings-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the build’s settings file', () => {
  it('gives the server the values the site was built with', () => {
    expect(readSiteSettingsFile(file('ok.json', JSON.stringify({ SITE_URL: 'https://www.lomza.pl', SITE_BASE: '/bip/' })))).toEqual({ SITE_URL: 'https://www.lomza.pl', SITE_BASE: '/bip/' });
  });

  it('stops with a Polish message naming the build when the file is missing, broken or wrong', () => {
    expect(() => readSiteSettingsFile(join(dir, 'missing.json'))).toThrow('Zbuduj stronę: npm run build');
    expect(() => readSiteSettingsFile(file('broken.json', '{'))).toThrow('Nie ma ustawień zbudowanej strony');
    expect(() => readSiteSettingsFile(file('wrong.json', JSON.stringify({ SITE_URL: 'ftp://x', SITE_BASE: 'bip' })))).toThrow(/Błędne ustawienia zbudowanej strony.*SITE_URL.*SITE_BASE/);
  });
});
