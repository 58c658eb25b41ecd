import { describe, expect, it } from 'vitest';
import { readBuildSettings, siteDomainPattern } from '../../src/config/build-settings.ts';
import { errorMessage } from './helpers/error-message.ts';

const HEADING = 'Błędne ustawienia budowania (zmienne środowiskowe):';
const BASE_RULE = 'SITE_BASE to ścieżka zaczynająca się i kończąca ukośnikiem, z małych liter, cyfr i myślników, np. /dostepnosc/';
const URL_RULE = 'SITE_URL musi być pełnym adresem, np. https://www.lomza.pl';

describe('readBuildSettings', () => {
  it('uses the local preview address and the root path when nothing is set', () => {
    expect(readBuildSettings({})).toEqual({ SITE_URL: 'http://localhost:4321', SITE_BASE: '/' });
  });

  it('treats empty variables as not set', () => {
    expect(readBuildSettings({ SITE_URL: '', SITE_BASE: '' })).toEqual({ SITE_URL: 'http://localhost:4321', SITE_BASE: '/' });
  });

  it('reads the public address and a nested base path', () => {
    expect(readBuildSettings({ SITE_URL: 'https://www.lomza.pl', SITE_BASE: '/bip/deklaracja-dostepnosci/' })).toEqual({
      SITE_URL: 'https://www.lomza.pl',
      SITE_BASE: '/bip/deklaracja-dostepnosci/',
    });
  });

  it.each([
    ['SITE_BASE', 'bip', BASE_RULE],
    ['SITE_BASE', '/bip', BASE_RULE],
    ['SITE_BASE', 'bip/', BASE_RULE],
    ['SITE_BASE', '/BIP/', BASE_RULE],
    ['SITE_URL', 'ftp://x', URL_RULE],
    ['SITE_URL', 'www.lomza.pl', URL_RULE],
  ])('refuses %s=%j with one Polish error naming the variable', (name, value, reason) => {
    expect(errorMessage(() => readBuildSettings({ [name]: value }))).toBe(`${HEADING}\n  - ${name}: ${reason}`);
  });

  it('lists both wrong variables in the one error', () => {
    expect(errorMessage(() => readBuildSettings({ SITE_URL: 'ftp://x', SITE_BASE: 'bip' }))).toBe(`${HEADING}\n  - SITE_URL: ${URL_RULE}\n  - SITE_BASE: ${BASE_RULE}`);
  });
});

describe('the site as the one trusted forwarded address', () => {
  it('names the scheme and host of SITE_URL, and its port only when it has one', () => {
    expect(siteDomainPattern('https://www.lomza.pl')).toEqual({ protocol: 'https', hostname: 'www.lomza.pl' });
    expect(siteDomainPattern('http://127.0.0.1:4400/')).toEqual({ protocol: 'http', hostname: '127.0.0.1', port: '4400' });
  });
});
