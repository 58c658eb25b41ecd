/**
 * Starts the service: validates the environment, reads the build's own
 * address and base path (`dist/server/site-settings.json`), opens the
 * database (a locked or read-only file, or a data folder others can read,
 * stops start-up here), serves the built Astro app, and runs the mail
 * outbox worker and the retention purge beside it.
 * The build bundles it into `dist/server/start.mjs` (server-bundle.ts), which
 * `npm run serve` runs after `npm run build` (server-command.ts).
 *
 * In front of Astro, for every request: security headers and true reason
 * phrases; a plain 421 for a host that is not this site's; the body read
 * within its limits (413 page otherwise); 404 outside the base path; the
 * client address from the trusted proxy; the built static files
 * (static-files.ts: Astro's handler runs in middleware mode, so it renders
 * on-demand pages only, without a file lookup first). Everything else (the
 * origin check, the form, the submission limit) is Astro's pipeline and the
 * action; its plain English 403 for a cross-site post goes out as the
 * Polish page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverDurations } from '../config/server-durations.ts';
import { readServerSettings, type ServerSettings } from '../config/server-settings.ts';
import { readSiteSettingsFile, SITE_SETTINGS_FILE } from '../config/site-settings-file.ts';
import type { BuildSettings } from '../config/build-settings.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { shareDatabase } from '../db/shared-database.ts';
import { forwardedClient } from '../guards/client-address.ts';
import { isLoopbackInterface, isServedHost, hostName } from '../guards/site-host.ts';
import { transportFromSettings } from '../mail/mail-transport.ts';
import { startOutboxWorker } from '../mail/outbox-worker.ts';
import { startRetentionPurge } from './retention-purge.ts';
import { startStaffClockFromSettings } from './staff-clock-start.ts';
import { loadSigningKey } from '../staff/signing-key.ts';
import { answerPage, answerPlain, politeForbidden, secureResponse } from './http-guards.ts';
import { hasBody, readBody, type BodyLimits } from './request-body.ts';
import { withConnection } from '../site/connection-drain.ts';
import { listStaticFiles, routeStatic, sendStaticFile } from './static-files.ts';

/** Largest form body (bytes): the form's largest honest body is a few KB. Astro's own limits (astro.config.mjs) are the same. */
const MAX_BODY_BYTES = 32 * 1024;
/** A body over the limit is still read to its end, up to this much and this long, so that the 413 page reaches the client. */
const BODY_LIMITS: BodyLimits = { maxBytes: MAX_BODY_BYTES, drainBytes: 16 * 1024 * 1024, timeoutMs: 15_000 };

// Every file the server creates (database, WAL, .eml) is owner-only.
process.umask(0o077);

const log = (line: string): void => console.log(`${new Date().toISOString()} ${line}`);

// Astro's bundle from the same build (serve-built.mjs has checked that it is there).
const entry = new URL('../../dist/server/entry.mjs', import.meta.url);

let settings: ServerSettings;
let site: BuildSettings;
let db: Database;
let signingKey: Buffer;
try {
  settings = readServerSettings(process.env);
  site = readSiteSettingsFile(fileURLToPath(new URL(`../../dist/server/${SITE_SETTINGS_FILE}`, import.meta.url)));
  db = openDatabase(settings.DATA_DIR);
  signingKey = loadSigningKey(settings.DATA_DIR, settings.SIGNING_KEY); // created here at first start, read by the site
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const base = site.SITE_BASE;
shareDatabase(db);
process.env['ASTRO_NODE_LOGGING'] = 'disabled';
// Astro's middleware handler renders on-demand pages only; static files are served here (static-files.ts).
const app = (await import(entry.href)) as { handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> };

const transport = transportFromSettings(settings);
const worker = startOutboxWorker({ db, transport, retryWindowMs: serverDurations(settings).mailRetryWindowMs, log });
const purge = startRetentionPurge({ db, dataDir: settings.DATA_DIR, retentionDays: settings.RETENTION_DAYS, log });
const staffClock = startStaffClockFromSettings({ db, key: signingKey, siteUrl: site.SITE_URL, base, leadMinutes: settings.REMINDER_LEAD_MINUTES, digestHour: settings.DIGEST_HOUR, retentionDays: settings.RETENTION_DAYS, log });

const clientDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));
const builtPage = (suffix: string, fallback: string): string => {
  const file = readdirSync(clientDir, { recursive: true, encoding: 'utf8' }).find((f) => f.replace(/\\/g, '/') === suffix);
  return file ? readFileSync(join(clientDir, file), 'utf8') : fallback;
};
const tooLargePage = builtPage('za-duzy-formularz/index.html', 'Formularz jest za duży. Skróć opisy i wyślij go jeszcze raz.');
const notFoundPage = builtPage('404.html', 'Nie ma takiej strony.');
const foreignFormPage = builtPage('formularz-z-innej-strony/index.html', 'Formularz przyszedł z innej strony niż strona urzędu, więc go nie zapisaliśmy. Otwórz formularz na stronie urzędu i wyślij go jeszcze raz.');
const staticFiles = listStaticFiles(clientDir);
const loopback = isLoopbackInterface(settings.HOST);

/** Whether the path is inside the base path (or is the base without its final slash, which Astro redirects). */
const insideBase = (url: string | undefined): boolean => {
  if (base === '/') return true;
  const path = (url ?? '/').split('?')[0]!;
  return path.startsWith(base) || path === base.slice(0, -1);
};

/** The host the request was made to: the trusted proxy's X-Forwarded-Host, else Host. */
const requestHost = (req: IncomingMessage): string | undefined => {
  const forwarded = settings.TRUST_PROXY ? String(req.headers['x-forwarded-host'] ?? '').split(',')[0]!.trim() : '';
  return forwarded || req.headers.host;
};

/**
 * Astro takes the client address from the first X-Forwarded-For entry, which
 * the client can write: leave only the entry the trusted proxy added, or none.
 */
const keepTrustedClient = (req: IncomingMessage): void => {
  const client = settings.TRUST_PROXY ? forwardedClient(req.headers['x-forwarded-for'], settings.TRUST_PROXY_HOPS) : undefined;
  if (client) req.headers['x-forwarded-for'] = client;
  else delete req.headers['x-forwarded-for'];
};

let stopping = false;
const server = createServer((req, res) => {
  // While stopping, answer what arrives on open keep-alive connections, then close them.
  if (stopping) res.setHeader('Connection', 'close');
  secureResponse(res);
  politeForbidden(res, foreignFormPage);
  if (!isServedHost(requestHost(req), { siteUrl: site.SITE_URL, loopback })) {
    req.resume();
    answerPlain(res, 421, 'Ten serwer nie obsługuje tego adresu.');
    return;
  }
  keepTrustedClient(req);
  // The connection goes with the request, so that a streamed body waits while it is full (see connection-drain.ts).
  const astro = (): void => void withConnection(res, () => app.handler(req, res));
  const handle = (): void => {
    if (!insideBase(req.url)) return answerPage(res, 404, notFoundPage);
    const route = routeStatic(req.method, req.url, staticFiles, base);
    if (route.kind === 'bad-url') answerPlain(res, 400, 'Ten adres strony jest nieprawidłowy.');
    else if (route.kind === 'redirect') {
      res.writeHead(301, { Location: route.location });
      res.end();
    } else if (route.kind === 'file') sendStaticFile(req, res, clientDir, route, astro);
    else astro();
  };
  if (!hasBody(req)) return handle();
  void readBody(req, BODY_LIMITS).then((result) => {
    if (result.kind === 'ok') {
      // Astro's Node adapter takes a body already read from `req.body`.
      (req as IncomingMessage & { body?: Buffer }).body = result.body;
      handle();
    } else if (result.kind === 'too-large') {
      answerPage(res, 413, tooLargePage);
      if (!result.drained) res.once('finish', () => req.socket.destroySoon());
    } else if (result.kind === 'timeout') {
      answerPlain(res, 408, 'Przesyłanie formularza trwało za długo. Wyślij go jeszcze raz.');
      res.once('finish', () => req.socket.destroySoon());
    } else {
      res.destroy();
    }
  });
});

server.listen(settings.PORT, settings.HOST, () => {
  const siteHost = hostName(new URL(site.SITE_URL).host) ?? '';
  if (!loopback && isLoopbackInterface(siteHost)) {
    log(`UWAGA: serwer przyjmuje połączenia z innych komputerów (HOST=${settings.HOST}), a strona jest zbudowana z adresem ${site.SITE_URL}: e-maile będą miały linki http://localhost… i Message-ID @localhost, a prośby na inny adres dostaną 421. Zbuduj stronę z publicznym adresem: SITE_URL=https://… npm run build`);
  }
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
