import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, politeForbidden, reasonPhrase, secureResponse } from '../../src/server/http-guards.ts';

let server: Server | undefined;
afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r));
  server = undefined;
});

/** Serve one handler that answers like Astro's writeResponse (its own reason phrase, its own CSP); return the raw status line and headers. */
async function answer(status: number, statusMessage: string, csp?: string): Promise<{ statusLine: string; headers: Headers }> {
  server = createServer((_req, res) => {
    secureResponse(res);
    res.statusMessage = statusMessage;
    res.writeHead(status, csp ? { 'content-security-policy': csp } : {});
    res.end();
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const raw = await new Promise<string>((resolve, reject) => {
    import('node:net').then(({ connect }) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    }, reject);
  });
  const [statusLine, ...lines] = raw.split('\r\n\r\n')[0]!.split('\r\n');
  const headers = new Headers();
  for (const line of lines) headers.append(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
  return { statusLine: statusLine!, headers };
}

describe('every response', () => {
  it('carries the reason phrase of its status, whatever the renderer said', async () => {
    expect((await answer(404, 'OK')).statusLine).toBe('HTTP/1.1 404 Not Found');
    expect((await answer(400, 'ActionInputError')).statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect((await answer(429, '')).statusLine).toBe('HTTP/1.1 429 Too Many Requests');
    expect(reasonPhrase(421)).toBe('Misdirected Request');
  });

  it('carries the security headers, and our frame policy joined to a page CSP', async () => {
    const { headers } = await answer(200, 'OK', "script-src 'sha256-abc'");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (name !== 'Content-Security-Policy') expect(headers.get(name)).toBe(value);
    expect(headers.get('content-security-policy')).toBe(`script-src 'sha256-abc'; ${SECURITY_HEADERS['Content-Security-Policy']}`);
    expect((await answer(200, 'OK')).headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });
});

describe("Astro's cross-site refusal", () => {
  const PAGE = '<!doctype html><title>Nie przyjęliśmy formularza</title>';
  /** Answer like Astro's writeResponse (headers, then the body in chunks) behind both wrappers; return status, type and body. */
  async function refused(status: number, type: string, chunks: string[]): Promise<[number, string, string]> {
    server = createServer((_req, res) => {
      secureResponse(res);
      politeForbidden(res, PAGE);
      res.writeHead(status, { 'content-type': type });
      for (const chunk of chunks) res.write(chunk);
      res.end();
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`);
    return [res.status, res.headers.get('content-type') ?? '', await res.text()];
  }

  it('goes out as the Polish page, with the same status', async () => {
    expect(await refused(403, 'text/plain;charset=UTF-8', ['Cross-site POST ', 'form submissions are forbidden'])).toEqual([403, 'text/html; charset=utf-8', PAGE]);
  });

  it('leaves HTML 403 pages and other statuses alone', async () => {
    expect(await refused(403, 'text/html', ['<p>Link nie jest prawidłowy</p>'])).toEqual([403, 'text/html', '<p>Link nie jest prawidłowy</p>']);
    expect(await refused(404, 'text/plain', ['Not found'])).toEqual([404, 'text/plain', 'Not found']);
  });
});
