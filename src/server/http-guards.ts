/**
 * What the server entry does to every response: security headers, the
 * frame policy joined to Astro's own Content-Security-Policy, and a reason
 * phrase that matches the status code.
 */
import { STATUS_CODES, type ServerResponse } from 'node:http';

/** Headers on every response. Pages add their own CSP (hashes of Astro's scripts and styles). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The standard reason phrase of a status ("Not Found" for 404). */
export const reasonPhrase = (status: number): string => STATUS_CODES[status] ?? 'Unknown';

/**
 * Set the security headers on `res`, and make its `writeHead` send the
 * standard reason phrase (Astro passes its own, e.g. "OK" with a 404) and
 * join Astro's Content-Security-Policy header with ours instead of replacing it.
 */
export function secureResponse(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const ours = SECURITY_HEADERS['Content-Security-Policy']!;
  const join = (value: unknown): unknown => (typeof value === 'string' && !value.includes('frame-ancestors') ? `${value.replace(/;\s*$/, '')}; ${ours}` : value);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as Record<string, unknown> | undefined;
    if (headers && !Array.isArray(headers)) {
      for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-security-policy') headers[key] = join(headers[key]);
    }
    const csp = res.getHeader('content-security-policy');
    if (csp !== undefined) res.setHeader('Content-Security-Policy', join(csp) as string);
    return headers ? writeHead(status, reasonPhrase(status), headers) : writeHead(status, reasonPhrase(status));
  }) as ServerResponse['writeHead'];
}

/** Answer with a whole HTML page and close the connection. */
export function answerPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(html)), 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(html);
}

/** Answer with one line of plain text (no page: for requests that are not for this site). */
export function answerPlain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(text);
}

/**
 * Astro's origin check answers a cross-site form post with a one-line English
 * 403 in plain text. Make `res` send `page` (the Polish one) instead: the
 * check stays Astro's, only the words change. HTML 403s (the staff pages' own)
 * pass through untouched.
 */
export function politeForbidden(res: ServerResponse, page: string): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as Record<string, unknown> | undefined;
    const type = String(headers?.['content-type'] ?? res.getHeader('content-type') ?? '');
    if (status !== 403 || !type.startsWith('text/plain')) return writeHead(status, ...rest);
    res.write = (() => true) as ServerResponse['write'];
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => end(page, ...args.filter((a) => typeof a === 'function'))) as ServerResponse['end'];
    res.removeHeader('content-length');
    return writeHead(403, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page)), 'cache-control': 'no-store' });
  }) as ServerResponse['writeHead'];
}
