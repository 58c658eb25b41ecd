import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirectSubmissionHandler, directSubmission, isDirectCandidate, offerDirectSubmission, type DirectSubmission } from '../../src/server/direct-submission.ts';
import { answerTooLarge } from '../../src/server/http-guards.ts';
import { siteDomainPattern } from '../../src/config/build-settings.ts';
// Not in Astro's public exports: the function its App uses to believe X-Forwarded-* headers.
import { getFirstForwardedValue, validateForwardedHeaders } from '../../node_modules/astro/dist/core/app/validate-headers.js';

const PATH = '/bip/oddzwonimy/?_action=callback';
const SITE = 'https://urzad.example/';
const FORM = 'content-type';

/** What reached the page (Astro) behind the handler. */
interface Handed {
  url: string | undefined;
  body: string | undefined;
}

let server: Server;
let origin: string;
let handed: Handed[];
let logged: string[];
let accepted: string[];
const restore = directSubmission();

function offer(accept: DirectSubmission['accept']): void {
  offerDirectSubmission({ path: PATH, site: SITE, accept });
}

beforeEach(async () => {
  handed = [];
  logged = [];
  accepted = [];
  offer(async (body) => {
    accepted.push(body);
    return new URLSearchParams(body).get('imie') ? '/bip/oddzwonimy/przyjete/?nr=ABC-DEF' : undefined;
  });
  const direct = createDirectSubmissionHandler({ maxBodyBytes: 1024, tooLarge: answerTooLarge, log: (l) => logged.push(l) });
  server = createServer((req, res) =>
    direct(req, res, () => {
      handed.push({ url: req.url, body: (req as IncomingMessage & { body?: Buffer }).body?.toString() });
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('strona');
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  offerDirectSubmission(restore);
  await new Promise((r) => server.close(r));
});

async function post(body: string, headers: Record<string, string> = {}, path = PATH): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { [FORM]: 'application/x-www-form-urlencoded', origin, ...headers },
  });
}

describe('direct path for a valid form', () => {
  it('answers 303 to the confirmation itself when the site accepts the body', async () => {
    const res = await post('imie=Jan&sprawa=inna');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/bip/oddzwonimy/przyjete/?nr=ABC-DEF');
    expect(accepted).toEqual(['imie=Jan&sprawa=inna']);
    expect(handed).toEqual([]);
  });

  it('hands a declined body to the page unchanged, byte for byte', async () => {
    const body = 'imie=&opis=Za%C5%BC%C3%B3%C5%82%C4%87+g%C4%99%C5%9Bl%C4%85+ja%C5%BA%C5%84';
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(handed).toEqual([{ url: PATH, body }]);
  });

  it('leaves to the page, without reading the body, what it does not take', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['multipart', { [FORM]: 'multipart/form-data; boundary=x' }, PATH],
      ['another origin', { origin: 'http://evil.example' }, PATH],
      ['no origin', { origin: '' }, PATH],
      ['another address', {}, '/bip/oddzwonimy/'],
      ['another action', {}, '/bip/oddzwonimy/?_action=other'],
    ];
    for (const [, headers, path] of cases) await post('imie=Jan', headers, path);
    expect(accepted).toEqual([]);
    expect(handed.map((h) => h.body)).toEqual(cases.map(() => undefined));
  });

  it('accepts a URL-encoded type with a charset', async () => {
    const res = await post('imie=Jan', { [FORM]: 'application/x-www-form-urlencoded; charset=UTF-8' });
    expect(res.status).toBe(303);
  });

  it('answers 413 to a body over the limit even without Content-Length, and accepts nothing', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${origin}${PATH}`, { method: 'POST', headers: { [FORM]: 'application/x-www-form-urlencoded', origin } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write(`imie=${'x'.repeat(400)}&`);
      req.end();
    });
    expect(status).toBe(413);
    expect(accepted).toEqual([]);
    expect(handed).toEqual([]);
  });

  it('lets the page answer when accepting fails, and logs no answers', async () => {
    offer(async () => {
      throw new Error('database is locked');
    });
    const res = await post('imie=Janina+Kowalska&telefon=600100200');
    expect(res.status).toBe(400);
    expect(handed).toEqual([{ url: PATH, body: 'imie=Janina+Kowalska&telefon=600100200' }]);
    expect(logged.join('\n')).toContain('database is locked');
    expect(logged.join('\n')).not.toMatch(/Janina|600100200/);
  });

  it('sends everything to the page until the site has offered the path', async () => {
    offerDirectSubmission(undefined);
    const res = await post('imie=Jan');
    expect(res.status).toBe(400);
    expect(accepted).toEqual([]);
  });
});

describe('direct path candidates', () => {
  const form = { [FORM]: 'application/x-www-form-urlencoded' };
  const req = (headers: Record<string, string>, over: Partial<{ method: string; url: string; encrypted: boolean }> = {}) =>
    ({ method: over.method ?? 'POST', url: over.url ?? PATH, headers: { ...form, ...headers }, socket: over.encrypted ? { encrypted: true } : {} }) as unknown as IncomingMessage;
  const offer = { path: PATH, site: SITE };

  it('takes a post whose Origin is the address it was made to', () => {
    expect(isDirectCandidate(req({ host: 'urzad.example', origin: 'https://urzad.example' }, { encrypted: true }), offer)).toBe(true);
    expect(isDirectCandidate(req({ host: '10.0.0.5:4321', origin: 'http://10.0.0.5:4321' }), offer)).toBe(true);
    expect(isDirectCandidate(req({ host: 'urzad.example', origin: 'https://urzad.example' }), offer)).toBe(false);
    expect(isDirectCandidate(req({ host: 'urzad.example', origin: 'https://urzad.example' }, { encrypted: true, method: 'PUT' }), offer)).toBe(false);
    expect(isDirectCandidate(req({ host: 'urzad.example' }, { encrypted: true }), offer)).toBe(false);
    expect(isDirectCandidate(req({ origin: 'https://urzad.example' }, { encrypted: true }), offer)).toBe(false);
    expect(isDirectCandidate(req({ host: 'urzad.example', origin: 'https://urzad.example', [FORM]: 'text/plain' }, { encrypted: true }), offer)).toBe(false);
  });

  it('behind a TLS proxy, believes X-Forwarded-Proto and -Host only when they name the site', () => {
    const proxied = { host: '127.0.0.1:4321', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'urzad.example' };
    expect(isDirectCandidate(req({ ...proxied, origin: 'https://urzad.example' }), offer)).toBe(true);
    expect(isDirectCandidate(req({ host: 'urzad.example', 'x-forwarded-proto': 'https', origin: 'https://urzad.example' }), offer)).toBe(true);
    expect(isDirectCandidate(req({ ...proxied, 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' }), offer)).toBe(false);
    expect(isDirectCandidate(req({ ...proxied, 'x-forwarded-proto': 'gopher', origin: 'gopher://urzad.example' }), offer)).toBe(false);
    expect(isDirectCandidate(req({ ...proxied, origin: 'https://evil.example' }), offer)).toBe(false);
  });

  it('checks a forwarded host against the forwarded scheme, or https when none came (as Astro does)', () => {
    const httpSite = { path: PATH, site: 'http://intranet.example/' };
    const forwarded = { host: '127.0.0.1:4321', 'x-forwarded-host': 'intranet.example', origin: 'http://intranet.example' };
    expect(isDirectCandidate(req(forwarded), httpSite)).toBe(false);
    expect(isDirectCandidate(req({ ...forwarded, 'x-forwarded-proto': 'http' }), httpSite)).toBe(true);
    expect(isDirectCandidate(req({ host: '127.0.0.1:4321', 'x-forwarded-host': 'urzad.example', origin: 'http://urzad.example' }), offer)).toBe(true);
  });
});

/** The request's origin as Astro's App computes it (node request URL, then `#applyForwardedHeaders` with our allowed domain). */
function astroOrigin(req: IncomingMessage, site: string): string {
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const url = URL.canParse(`${scheme}://${req.headers.host}/`) ? new URL(`${scheme}://${req.headers.host}/`) : new URL(`${scheme}://localhost/`);
  const h = req.headers as Record<string, string | undefined>;
  const v = validateForwardedHeaders(getFirstForwardedValue(h['x-forwarded-proto']), getFirstForwardedValue(h['x-forwarded-host']), getFirstForwardedValue(h['x-forwarded-port']), [siteDomainPattern(site)]);
  if (v.protocol) url.protocol = `${v.protocol}:`;
  if (v.host) {
    const [hostname, port] = v.host.split(':');
    url.hostname = hostname!;
    url.port = port ?? '';
  }
  if (v.port) url.port = v.port;
  return url.origin;
}

describe('direct path and Astro agree on the origin', () => {
  it('takes a post only when Astro would find its Origin the same (every combination of these headers)', () => {
    const sites = ['https://urzad.example/', 'http://urzad.example/', 'http://127.0.0.1:4321/', 'https://urzad.example:8443/'];
    const hosts = ['urzad.example', '127.0.0.1:4321', 'evil.example', 'urzad.example:8443'];
    const protos = [undefined, 'http', 'https', 'HTTPS', '', 'gopher', 'https, http'];
    const forwardedHosts = [undefined, 'urzad.example', 'urzad.example:8443', '127.0.0.1:4321', 'evil.example', '', 'a/b'];
    const ports = [undefined, '443', '8443'];
    const origins = ['https://urzad.example', 'http://urzad.example', 'http://127.0.0.1:4321', 'https://urzad.example:8443', 'https://evil.example', 'http://evil.example'];
    let taken = 0;
    let checked = 0;
    for (const site of sites)
      for (const host of hosts)
        for (const encrypted of [false, true])
          for (const proto of protos)
            for (const forwardedHost of forwardedHosts)
              for (const port of ports)
                for (const origin of origins) {
                  const headers: Record<string, string> = { host, origin, [FORM]: 'application/x-www-form-urlencoded' };
                  if (proto !== undefined) headers['x-forwarded-proto'] = proto;
                  if (forwardedHost !== undefined) headers['x-forwarded-host'] = forwardedHost;
                  if (port !== undefined) headers['x-forwarded-port'] = port;
                  const req = { method: 'POST', url: PATH, headers, socket: encrypted ? { encrypted: true } : {} } as unknown as IncomingMessage;
                  checked++;
                  if (!isDirectCandidate(req, { path: PATH, site })) continue;
                  taken++;
                  expect(astroOrigin(req, site), JSON.stringify({ site, headers, encrypted })).toBe(origin);
                }
    expect(checked).toBeGreaterThan(10_000);
    expect(taken).toBeGreaterThan(100);
  });
});

