import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/site/page-title.ts';

describe('pageTitle', () => {
  it('is "page – service – office", with the office named once', () => {
    expect(pageTitle({ page: 'Tekst łatwy do czytania', service: 'Oddzwonimy', office: 'Urząd Miejski w Łomży' })).toBe('Tekst łatwy do czytania – Oddzwonimy – Urząd Miejski w Łomży');
  });

  it('is "service – office" on the home page, and starts with "Błąd:" when a form has errors', () => {
    expect(pageTitle({ service: 'Oddzwonimy', office: 'Urząd Miejski w Łomży' })).toBe('Oddzwonimy – Urząd Miejski w Łomży');
    expect(pageTitle({ page: 'Poproś o telefon od urzędu', service: 'Oddzwonimy', office: 'Urząd Miejski w Łomży', hasErrors: true })).toBe('Błąd: Poproś o telefon od urzędu – Oddzwonimy – Urząd Miejski w Łomży');
  });
});
