/**
 * The direct path for a valid callback form. A browser posts the form
 * URL-encoded; when the answers are valid, the server stores the request
 * and answers 303 to the confirmation itself, without Astro's page
 * pipeline (which costs about three times as much as the work: see
 * `npm run bench:submit`). Everything else (errors to show, the honeypot,
 * other content types, another origin, the page not yet loaded) goes to
 * Astro unchanged, with the body already read handed over as `req.body`.
 *
 * The site bundle offers the path when it loads `src/site/callback-submission.ts`;
 * the server entry and the bundle are separate module graphs, so the offer
 * passes through a global symbol.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the site offers: the form's action address and a function that accepts a body or declines. */
export interface DirectSubmission {
  /** Path and query the form posts to, e.g. `/oddzwonimy/?_action=callback`. */
  path: string;
  /** The site's public address (`SITE_URL`); forwarded headers count only when they name it. */
  site: string;
  /** Store the request and return the confirmation address, or `undefined` to let the page answer. */
  accept: (body: string) => Promise<string | undefined>;
}

const KEY = Symbol.for('oddzwonimy.direct-submission');
type Holder = { [KEY]?: DirectSubmission | undefined };

/** Called by the site bundle when its form module loads (`undefined` withdraws the offer). */
export function offerDirectSubmission(offer: DirectSubmission | undefined): void {
  (globalThis as Holder)[KEY] = offer;
}

/** The offer, once the site has made it. */
export function directSubmission(): DirectSubmission | undefined {
  return (globalThis as Holder)[KEY];
}

/** Options of {@link createDirectSubmissionHandler}. */
export interface DirectSubmissionOptions {
  /** Largest body read (bytes); a longer one gets `tooLarge`. */
  maxBodyBytes: number;
  /** Answer a body over the limit. */
  tooLarge: (res: ServerResponse) => void;
  /** Log a line (never personal data). */
  log: (line: string) => void;
}

const firstValue = (header: string | string[] | undefined): string | undefined => (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();

/**
 * The origin the request was made to, as Astro works it out (the connection
 * and `Host`; a proxy's `X-Forwarded-Proto` / `-Host` only when they name the
 * site's own address, see `security.allowedDomains`), or `undefined` when
 * forwarded headers make it less than plain: then Astro decides.
 */
export function requestOrigin(req: IncomingMessage, site: string): string | undefined {
  const own = new URL(site);
  const ownScheme = own.protocol.slice(0, -1);
  let scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  let host = req.headers.host;
  if (!host || req.headers['x-forwarded-port'] !== undefined) return undefined;
  const forwardedProto = firstValue(req.headers['x-forwarded-proto']);
  if (forwardedProto !== undefined) {
    if (forwardedProto !== ownScheme) return undefined;
    scheme = forwardedProto;
  }
  const forwardedHost = firstValue(req.headers['x-forwarded-host']);
  if (forwardedHost !== undefined) {
    // Astro checks a forwarded host against the forwarded scheme, or https when none came.
    if (forwardedHost !== own.host || (forwardedProto === undefined && ownScheme !== 'https')) return undefined;
    host = forwardedHost;
  }
  return `${scheme}://${host}`;
}

/** The request is a URL-encoded POST to the form's address whose `Origin` is the address it was made to (what Astro's `checkOrigin` asks). */
export function isDirectCandidate(req: IncomingMessage, offer: Pick<DirectSubmission, 'path' | 'site'>): boolean {
  if (req.method !== 'POST' || req.url !== offer.path) return false;
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return false;
  const origin = req.headers.origin;
  return origin !== undefined && origin === requestOrigin(req, offer.site);
}

/**
 * A handler in front of Astro: takes a valid submission (true) or calls
 * `next` with the request, its body kept for Astro.
 */
export function createDirectSubmissionHandler(o: DirectSubmissionOptions) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const offer = directSubmission();
    if (!offer || !isDirectCandidate(req, offer)) return next();
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('error', () => {}); // a client that goes away mid-body: nothing to answer, nothing stored
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > o.maxBodyBytes) {
        over = true;
        o.tooLarge(res);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) return;
      const body = Buffer.concat(chunks);
      offer.accept(body.toString('utf8')).then(
        (location) => {
          if (location) {
            res.writeHead(303, { Location: location, 'Content-Length': '0' });
            res.end();
          } else {
            (req as IncomingMessage & { body?: Buffer }).body = body;
            next();
          }
        },
        (error: unknown) => {
          // Nothing was stored (the transaction rolled back): let the page try once more and show its message.
          o.log(`Bezpośrednie przyjęcie prośby nie powiodło się (${(error as Error).message}); obsługuje ją strona`);
          (req as IncomingMessage & { body?: Buffer }).body = body;
          next();
        },
      );
    });
  };
}
