/**
 * What the server does in front of Astro for every request: security
 * headers, and a per-client limit on form submissions that answers with an
 * accessible Polish page (status 429) naming the phone number.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers on every response. Pages add their own CSP (hashes of Astro's scripts and styles). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const TOO_LARGE_PAGE = `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Błąd: formularz jest za duży</title></head>
<body><main><h1>Formularz jest za duży</h1><p>Przesłane dane są znacznie dłuższe, niż pozwala formularz. Wróć do formularza, skróć opisy i wyślij go jeszcze raz.</p></main></body></html>`;

/** Answer 413 with a Polish page and close the connection. */
export function answerTooLarge(res: ServerResponse): void {
  res.writeHead(413, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' });
  res.end(TOO_LARGE_PAGE);
}

/**
 * Astro sends its own Content-Security-Policy header on server-rendered pages
 * (script and style hashes), which would replace ours: join the two.
 */
function keepFramePolicy(res: ServerResponse): void {
  const ours = SECURITY_HEADERS['Content-Security-Policy']!;
  const join = (value: unknown): unknown => (typeof value === 'string' && !value.includes('frame-ancestors') ? `${value.replace(/;\s*$/, '')}; ${ours}` : value);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as Record<string, unknown> | undefined;
    if (headers) {
      for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-security-policy') headers[key] = join(headers[key]);
    }
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
}

/** Options of {@link createRequestGuard}. */
export interface GuardOptions {
  /** Submissions allowed per client in one window. */
  limit: number;
  windowMs: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** The page shown with status 429. */
  tooManyPage: string;
  /** Largest request body accepted (bytes); a larger declared Content-Length gets 413. */
  maxBodyBytes?: number;
  now?: () => number;
}

/** The client's address as the limit sees it. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

/** Returns a function that sets the headers and answers 429 itself (returning true) when a client is over the limit. */
export function createRequestGuard(o: GuardOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const now = o.now ?? Date.now;
  const counts = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = now() + o.windowMs;
  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    keepFramePolicy(res);
    if (req.method !== 'POST') return false;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (o.maxBodyBytes !== undefined && declared > o.maxBodyBytes) {
      answerTooLarge(res);
      req.destroy();
      return true;
    }
    const t = now();
    if (t >= nextSweep) {
      for (const [key, entry] of counts) if (entry.resetAt <= t) counts.delete(key);
      nextSweep = t + o.windowMs;
    }
    const key = clientAddress(req, o.trustProxy);
    const entry = counts.get(key);
    if (!entry || entry.resetAt <= t) {
      counts.set(key, { count: 1, resetAt: t + o.windowMs });
      return false;
    }
    entry.count++;
    if (entry.count <= o.limit) return false;
    req.resume();
    res.writeHead(429, {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(Math.ceil((entry.resetAt - t) / 1000)),
      'Cache-Control': 'no-store',
    });
    res.end(o.tooManyPage);
    return true;
  };
}
