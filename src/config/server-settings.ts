/**
 * Settings read when the server starts, from environment variables. One
 * name, one default, one validation each; the README lists them. A wrong
 * value stops start-up with a Polish message naming the variable.
 */
import { z } from 'zod';
import { parseEnv } from './parse-env.ts';

z.config(z.locales.pl());

const positiveInt = (name: string, fallback: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} musi być liczbą całkowitą`, abort: true })
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().min(1, { error: `${name} musi być większe od 0` }).max(max, { error: `${name} może wynosić najwyżej ${max}` }));

/** Server environment variables. */
export const serverSettingsSchema = z.object({
  /** TCP port to listen on. */
  PORT: positiveInt('PORT', 4321, 65535),
  /** Interface to listen on; `0.0.0.0` to accept connections from other machines. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the SQLite database and, without SMTP, the outgoing `.eml` files. */
  DATA_DIR: z.string().min(1).default('data'),
  /** `smtp://user:pass@host:587` or `smtps://…`; without it mail is written to `DATA_DIR/outbox-eml/`. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'SMTP_URL musi mieć postać smtp://użytkownik:hasło@serwer:587 albo smtps://…:465 (znaki @ : / ? # % w haśle zakoduj, np. @ → %40)', abort: true })
    // A raw @, / or # in the password ends the server's address early and leaves the rest as a path; the rest is never echoed.
    .refine((url) => { const u = new URL(url); return (u.pathname === '' || u.pathname === '/') && u.hash === ''; }, {
      error: 'SMTP_URL ma po adresie serwera jeszcze ścieżkę albo „#”: zakoduj znaki @ : / ? # % w nazwie użytkownika i haśle (np. @ → %40, / → %2F, # → %23)',
    })
    .optional(),
  /** Sender of all e-mails, e.g. `Urząd Miejski w Łomży <oddzwonimy@lomza.pl>`. */
  MAIL_FROM: z.string().min(3).default('Urząd Miejski w Łomży <oddzwonimy@lomza.example>'),
  /** Days after which stored requests are deleted (the office's records rules). */
  RETENTION_DAYS: positiveInt('RETENTION_DAYS', 90, 3650),
  /** Form submissions one client may send per `RATE_LIMIT_WINDOW_MINUTES`. */
  RATE_LIMIT_SUBMISSIONS: positiveInt('RATE_LIMIT_SUBMISSIONS', 10, 100_000),
  /** Length of the rate-limit window in minutes. */
  RATE_LIMIT_WINDOW_MINUTES: positiveInt('RATE_LIMIT_WINDOW_MINUTES', 10, 24 * 60),
  /** `1` behind a reverse proxy that sets X-Forwarded-For (the client address then comes from it). */
  TRUST_PROXY: z.enum(['0', '1'], { error: 'TRUST_PROXY to 0 albo 1' }).default('0').transform((v) => v === '1'),
  /** With TRUST_PROXY: how many proxies in a row add to X-Forwarded-For (the client is that many entries from the right). */
  TRUST_PROXY_HOPS: positiveInt('TRUST_PROXY_HOPS', 1, 10),
  /**
   * Hours a temporary mail failure is retried before the fallback inbox is warned (a permanent
   * one warns at once). Short, so that the fallback unit can still act on the same working day:
   * the resident is promised contact by the next working day.
   */
  MAIL_RETRY_HOURS: positiveInt('MAIL_RETRY_HOURS', 2, 24 * 30),
  /** Key that signs staff links and session cookies; without it one is created in `DATA_DIR` at first start. */
  SIGNING_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43,200}$/, { error: 'SIGNING_KEY musi mieć 43–200 znaków: litery, cyfry, „-” i „_”' })
    .optional(),
  /** Working minutes before a request's deadline at which its unit is reminded. */
  REMINDER_LEAD_MINUTES: positiveInt('REMINDER_LEAD_MINUTES', 120, 8 * 60),
  /** Hour (Warsaw time, 0–23) of the working-day morning digest of open requests to each unit. */
  DIGEST_HOUR: z
    .string()
    .regex(/^([01]?\d|2[0-3])$/, { error: 'DIGEST_HOUR to pełna godzina od 0 do 23, np. 8' })
    .default('8')
    .transform(Number),
});
export type ServerSettings = z.infer<typeof serverSettingsSchema>;

/** Parse the server's environment or throw one error listing every wrong variable in Polish. */
export function readServerSettings(env: Record<string, string | undefined>): ServerSettings {
  return parseEnv(serverSettingsSchema, env, 'Błędne ustawienia serwera (zmienne środowiskowe):');
}
