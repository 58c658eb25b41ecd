/**
 * Starts the service: validates the environment, opens the database (a
 * locked or read-only file stops start-up here), serves the built Astro app,
 * and runs the mail outbox worker and the retention purge beside it.
 * Run with `npm run serve` after `npm run build`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildSettings } from '../config/build-settings.ts';
import { readServerSettings, type ServerSettings } from '../config/server-settings.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { shareDatabase } from '../db/shared-database.ts';
import { emlFileTransport, smtpTransport } from '../mail/mail-transport.ts';
import { startOutboxWorker } from '../mail/outbox-worker.ts';
import { startRetentionPurge } from './retention-purge.ts';
import { loadSigningKey } from '../staff/signing-key.ts';
import { createDirectSubmissionHandler, directSubmission } from './direct-submission.ts';
import { answerTooLarge, createRequestGuard } from './http-guards.ts';

const log = (line: string): void => console.log(`${new Date().toISOString()} ${line}`);

let settings: ServerSettings;
let base: string;
let siteUrl: string;
let db: Database;
let signingKey: Buffer;
try {
  settings = readServerSettings(process.env);
  ({ SITE_BASE: base, SITE_URL: siteUrl } = readBuildSettings(process.env));
  db = openDatabase(settings.DATA_DIR);
  signingKey = loadSigningKey(settings.DATA_DIR, settings.SIGNING_KEY); // created here at first start, read by the site
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const entry = new URL('../../dist/server/entry.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('Nie ma zbudowanej strony (dist/). Uruchom najpierw: npm run build');
  process.exit(1);
}
shareDatabase(db);
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
process.env['ASTRO_NODE_LOGGING'] = 'disabled';
const app = (await import(entry.href)) as { handler: (req: IncomingMessage, res: ServerResponse) => void };

const transport = settings.SMTP_URL
  ? smtpTransport(settings.SMTP_URL, settings.MAIL_FROM)
  : emlFileTransport(join(settings.DATA_DIR, 'outbox-eml'), settings.MAIL_FROM);
const worker = startOutboxWorker({ db, transport, retryWindowMs: settings.MAIL_RETRY_HOURS * 3600_000, log });
const purge = startRetentionPurge({ db, dataDir: settings.DATA_DIR, retentionDays: settings.RETENTION_DAYS, log });
// The clock renders e-mail components (.tsx): loaded after the --import of tsx-hooks.ts (SERVER_NODE_FLAGS) is in place.
const { startStaffClockFromSettings } = await import('./staff-clock-start.ts');
const staffClock = startStaffClockFromSettings({ db, key: signingKey, siteUrl, base, leadMinutes: settings.REMINDER_LEAD_MINUTES, digestHour: settings.DIGEST_HOUR, retentionDays: settings.RETENTION_DAYS, log });

const clientDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));
const tooManyFile = readdirSync(clientDir, { recursive: true, encoding: 'utf8' }).find((f) => f.replace(/\\/g, '/').endsWith('za-duzo-prosb/index.html'));
const guard = createRequestGuard({
  limit: settings.RATE_LIMIT_SUBMISSIONS,
  windowMs: settings.RATE_LIMIT_WINDOW_MINUTES * 60_000,
  trustProxy: settings.TRUST_PROXY,
  maxBodyBytes: 32 * 1024,
  tooManyPage: tooManyFile ? readFileSync(join(clientDir, tooManyFile), 'utf8') : 'Za dużo próśb. Zadzwoń do Punktu Obsługi Mieszkańców.',
});
const direct = createDirectSubmissionHandler({ maxBodyBytes: 32 * 1024, tooLarge: answerTooLarge, log });
let stopping = false;
const server = createServer((req, res) => {
  // While stopping, answer what arrives on open keep-alive connections, then close them.
  if (stopping) res.setHeader('Connection', 'close');
  if (!guard(req, res)) direct(req, res, () => app.handler(req, res));
});

/**
 * Open the form once before saying the site works: it proves the form
 * renders with this content and database, loads the module that offers the
 * direct path for submissions, and checks the form posts where that path
 * listens.
 */
async function checkForm(base: string): Promise<void> {
  const { address, port } = server.address() as AddressInfo;
  const host = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '::1' : address;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${base}oddzwonimy/`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const html = await res.text();
    const action = /<form method="post" action="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    const posts = action === undefined ? undefined : new URL(action, url);
    const offer = directSubmission();
    if (res.status !== 200) log(`UWAGA: formularz (${url}) odpowiada kodem ${res.status}. Czy SITE_BASE jest taki sam jak przy budowaniu?`);
    else if (!offer || !posts || posts.pathname + posts.search !== offer.path) log('UWAGA: formularz działa, ale prośby przyjmuje tylko strona (wolniejsza droga)');
    else log('Formularz sprawdzony: poprawne prośby przyjmuje serwer bezpośrednio.');
  } catch (error) {
    log(`UWAGA: nie udało się otworzyć formularza (${url}): ${(error as Error).message}`);
  }
}

server.listen(settings.PORT, settings.HOST, async () => {
  await checkForm(base);
  const host = settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST;
  log(`Strona działa: http://${host}:${settings.PORT}${base}`);
  log(`Poczta: ${transport.description}. Dane: ${settings.DATA_DIR}. Przechowywanie próśb: ${settings.RETENTION_DAYS} dni.`);
});

const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: zamykanie – nowe połączenia nie są przyjmowane, trwające kończą się`);
  server.close(async () => {
    purge.stop();
    staffClock.stop();
    await worker.stop();
    transport.close();
    db.close();
    log('Zatrzymano.');
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 15_000).unref();
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
