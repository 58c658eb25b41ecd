/** Runs the built server (`SERVER_ARGS`) as a child process on a free port, for integration tests. */
import { existsSync, mkdtempSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { freePort, startServer, type RunningServer } from '../../scripts/bench-lib.ts';
import { DATABASE_FILE } from '../../src/db/database.ts';
import { SERVER_BUNDLE } from '../../src/server/server-command.ts';
import { TEST_BASE } from '../support/test-env.ts';

export { freePort };

/** Longest wait for the server to say it works (seconds on an idle machine; much more on a busy one). */
export const STARTUP_BOUND_MS = 90_000;
/** Longest wait for a condition in a fault test: a bound on a hang, not a speed goal. */
export const CONDITION_BOUND_MS = 180_000;

/** A running server process with its output. */
export interface ServerProcess extends RunningServer {
  baseUrl: string;
  dataDir: string;
}

/** Start the server built with the test base path (run `astro build` with tests/support/test-env first). */
export async function startServerProcess(env: Record<string, string> = {}, dataDir = join(mkdtempSync(join(tmpdir(), 'oddzwonimy-srv-')), 'data')): Promise<ServerProcess> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error('Brak dist/: zbuduj stronę z ustawieniami testów (npm test robi to sam)');
  const server = await startServer({ DATA_DIR: dataDir, ...env }, STARTUP_BOUND_MS);
  return { ...server, baseUrl: `${server.origin}${TEST_BASE}`, dataDir };
}

/** POST answers to the form as a browser without JavaScript does. */
export async function postForm(server: ServerProcess, answers: Record<string, string | string[]>): Promise<Response> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return fetch(`${server.baseUrl}oddzwonimy/?_action=callback`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
  });
}

/** An answer read off a real socket: status line, headers, whole body. */
export interface RawAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What {@link rawRequest} sends. `body` given as several parts goes chunked, without Content-Length. */
export interface RawRequest {
  method?: string;
  /** Path and query, e.g. `/bip/deklaracja-dostepnosci/oddzwonimy/`. */
  path: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer | (string | Buffer)[];
}

/** Send one request with node:http (any Host header, chunked bodies) and read the whole answer. */
export function rawRequest(server: ServerProcess, r: RawRequest): Promise<RawAnswer> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: r.method ?? 'GET', path: r.path, headers: { connection: 'close', ...r.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    const parts = r.body === undefined ? [] : Array.isArray(r.body) ? r.body : [r.body];
    if (!Array.isArray(r.body) && r.body !== undefined) req.setHeader('content-length', Buffer.byteLength(r.body));
    for (const part of parts) req.write(part);
    req.end();
  });
}

/** Answers as a URL-encoded body. */
export function urlEncoded(answers: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return body.toString();
}

/** Answers as a multipart/form-data body and its content type. */
export function multipart(answers: Record<string, string | string[]>, boundary = '----oddzwonimy-test'): { body: string; type: string } {
  let body = '';
  for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) body += `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${one}\r\n`;
  return { body: `${body}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

/** A number from one SQL query on the server's database (read-only, while it runs). */
export function countRows(server: ServerProcess, sql: string): number {
  const db = new DatabaseSync(join(server.dataDir, DATABASE_FILE), { readOnly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
