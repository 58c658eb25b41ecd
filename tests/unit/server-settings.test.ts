import { describe, expect, it } from 'vitest';
import { serverDurations } from '../../src/config/server-durations.ts';
import { readServerSettings } from '../../src/config/server-settings.ts';
import { errorMessage } from './helpers/error-message.ts';

const HEADING = 'Błędne ustawienia serwera (zmienne środowiskowe):';

describe('readServerSettings', () => {
  it('uses the defaults when nothing is set', () => {
    expect(readServerSettings({})).toEqual({
      PORT: 4321,
      HOST: '127.0.0.1',
      DATA_DIR: 'data',
      MAIL_FROM: 'Urząd Miejski w Łomży <oddzwonimy@lomza.example>',
      RETENTION_DAYS: 90,
      RATE_LIMIT_SUBMISSIONS: 10,
      RATE_LIMIT_WINDOW_MINUTES: 10,
      TRUST_PROXY: false,
      TRUST_PROXY_HOPS: 1,
      MAIL_RETRY_HOURS: 2,
      REMINDER_LEAD_MINUTES: 120,
      DIGEST_HOUR: 8,
    });
  });

  it('treats an empty variable as not set', () => {
    expect(readServerSettings({ PORT: '', SMTP_URL: '', RETENTION_DAYS: '' })).toMatchObject({ PORT: 4321, RETENTION_DAYS: 90 });
    expect(readServerSettings({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });

  it('reads valid values, numbers as numbers', () => {
    expect(
      readServerSettings({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/srv/oddzwonimy', SMTP_URL: 'smtps://user:secret@mail.lomza.pl:465', RETENTION_DAYS: '30', MAIL_RETRY_HOURS: '24', RATE_LIMIT_SUBMISSIONS: '50', RATE_LIMIT_WINDOW_MINUTES: '5', TRUST_PROXY: '1', TRUST_PROXY_HOPS: '2', SIGNING_KEY: 'a'.repeat(43), REMINDER_LEAD_MINUTES: '90', DIGEST_HOUR: '07' }),
    ).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/oddzwonimy',
      SMTP_URL: 'smtps://user:secret@mail.lomza.pl:465',
      MAIL_FROM: 'Urząd Miejski w Łomży <oddzwonimy@lomza.example>',
      RETENTION_DAYS: 30,
      RATE_LIMIT_SUBMISSIONS: 50,
      RATE_LIMIT_WINDOW_MINUTES: 5,
      TRUST_PROXY: true,
      TRUST_PROXY_HOPS: 2,
      MAIL_RETRY_HOURS: 24,
      SIGNING_KEY: 'a'.repeat(43),
      REMINDER_LEAD_MINUTES: 90,
      DIGEST_HOUR: 7,
    });
  });

  it('rejects a TRUST_PROXY that is not 0 or 1', () => {
    expect(() => readServerSettings({ TRUST_PROXY: 'yes' })).toThrow('TRUST_PROXY to 0 albo 1');
  });

  it('rejects a TRUST_PROXY_HOPS that is not a whole number from 1 to 10', () => {
    expect(errorMessage(() => readServerSettings({ TRUST_PROXY_HOPS: '0' }))).toBe(`${HEADING}\n  - TRUST_PROXY_HOPS: TRUST_PROXY_HOPS musi być większe od 0`);
    expect(errorMessage(() => readServerSettings({ TRUST_PROXY_HOPS: '11' }))).toBe(`${HEADING}\n  - TRUST_PROXY_HOPS: TRUST_PROXY_HOPS może wynosić najwyżej 10`);
    expect(errorMessage(() => readServerSettings({ TRUST_PROXY_HOPS: 'dwa' }))).toBe(`${HEADING}\n  - TRUST_PROXY_HOPS: TRUST_PROXY_HOPS musi być liczbą całkowitą`);
  });

  it('accepts an SMTP password with its special characters URL-encoded', () => {
    expect(readServerSettings({ SMTP_URL: `smtp://user:${encodeURIComponent('p@ss/w0rd#1')}@mail.lomza.pl:587` }).SMTP_URL).toBe('smtp://user:p%40ss%2Fw0rd%231@mail.lomza.pl:587');
  });

  it('ignores variables it does not know', () => {
    expect(readServerSettings({ PATH: '/usr/bin', HOME: '/root' })).not.toHaveProperty('PATH');
  });

  it.each([
    ['PORT', 'abc', 'PORT musi być liczbą całkowitą'],
    ['PORT', '80.5', 'PORT musi być liczbą całkowitą'],
    ['PORT', '70000', 'PORT może wynosić najwyżej 65535'],
    ['PORT', '0', 'PORT musi być większe od 0'],
    ['SMTP_URL', 'http://x', 'SMTP_URL musi mieć postać smtp://użytkownik:hasło@serwer:587 albo smtps://…:465 (znaki @ : / ? # % w haśle zakoduj, np. @ → %40)'],
    ['SMTP_URL', 'not a url', 'SMTP_URL musi mieć postać smtp://użytkownik:hasło@serwer:587 albo smtps://…:465 (znaki @ : / ? # % w haśle zakoduj, np. @ → %40)'],
    ['SMTP_URL', 'smtps://user:pa#ss@mail.lomza.pl:465', 'SMTP_URL musi mieć postać smtp://użytkownik:hasło@serwer:587 albo smtps://…:465 (znaki @ : / ? # % w haśle zakoduj, np. @ → %40)'],
    ['SMTP_URL', 'smtp://user:p@ss/w0rd@mail.lomza.pl:587', 'SMTP_URL ma po adresie serwera jeszcze ścieżkę albo „#”: zakoduj znaki @ : / ? # % w nazwie użytkownika i haśle (np. @ → %40, / → %2F, # → %23)'],
    ['SMTP_URL', 'smtp://user:pass@mail.lomza.pl:587#x', 'SMTP_URL ma po adresie serwera jeszcze ścieżkę albo „#”: zakoduj znaki @ : / ? # % w nazwie użytkownika i haśle (np. @ → %40, / → %2F, # → %23)'],
    ['RETENTION_DAYS', '0', 'RETENTION_DAYS musi być większe od 0'],
    ['SIGNING_KEY', 'za-krótki', 'SIGNING_KEY musi mieć 43–200 znaków: litery, cyfry, „-” i „_”'],
    ['SIGNING_KEY', `${'a'.repeat(42)}+`, 'SIGNING_KEY musi mieć 43–200 znaków: litery, cyfry, „-” i „_”'],
    ['REMINDER_LEAD_MINUTES', '0', 'REMINDER_LEAD_MINUTES musi być większe od 0'],
    ['REMINDER_LEAD_MINUTES', '481', 'REMINDER_LEAD_MINUTES może wynosić najwyżej 480'],
    ['DIGEST_HOUR', '24', 'DIGEST_HOUR to pełna godzina od 0 do 23, np. 8'],
    ['DIGEST_HOUR', '8:30', 'DIGEST_HOUR to pełna godzina od 0 do 23, np. 8'],
    ['RETENTION_DAYS', '3651', 'RETENTION_DAYS może wynosić najwyżej 3650'],
    ['MAIL_RETRY_HOURS', '721', 'MAIL_RETRY_HOURS może wynosić najwyżej 720'],
  ])('refuses %s=%j with one Polish error naming the variable', (name, value, reason) => {
    expect(errorMessage(() => readServerSettings({ [name]: value }))).toBe(`${HEADING}\n  - ${name}: ${reason}`);
  });

  it('lists every wrong variable in the one error', () => {
    expect(errorMessage(() => readServerSettings({ PORT: 'abc', RETENTION_DAYS: '0' }))).toBe(
      `${HEADING}\n  - PORT: PORT musi być liczbą całkowitą\n  - RETENTION_DAYS: RETENTION_DAYS musi być większe od 0`,
    );
  });
});

describe('serverDurations', () => {
  it('turns the rate-limit window from minutes and the retry window from hours into milliseconds', () => {
    expect(serverDurations({ RATE_LIMIT_WINDOW_MINUTES: 10, MAIL_RETRY_HOURS: 2 })).toEqual({ rateLimitWindowMs: 600_000, mailRetryWindowMs: 7_200_000 });
    expect(serverDurations(readServerSettings({ RATE_LIMIT_WINDOW_MINUTES: '1', MAIL_RETRY_HOURS: '1' }))).toEqual({ rateLimitWindowMs: 60_000, mailRetryWindowMs: 3_600_000 });
    expect(serverDurations(readServerSettings({ RATE_LIMIT_WINDOW_MINUTES: '1440', MAIL_RETRY_HOURS: '720' }))).toEqual({ rateLimitWindowMs: 86_400_000, mailRetryWindowMs: 2_592_000_000 });
  });
});
