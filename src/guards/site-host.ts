/**
 * Which hosts the server answers for. Pure. A request whose `Host` (or, behind
 * a trusted proxy, `X-Forwarded-Host`) names neither the site's own host nor,
 * while the server listens on loopback only, a loopback name is refused
 * (DNS rebinding: another name that resolves to this machine).
 */

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/** Whether the server listens on loopback only (`HOST` setting). */
export function isLoopbackInterface(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return LOOPBACK_NAMES.has(h) || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** The host name of a `Host` header value (lower case, no port, no brackets, no trailing dot), or `undefined`. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d*)?$/.exec(value);
  if (bracketed) return bracketed[1];
  const m = /^([a-z0-9.-]+)(?::\d*)?$/.exec(value);
  return m ? m[1]!.replace(/\.$/, '') : undefined;
}

/** Options of {@link isServedHost}. */
export interface ServedHostOptions {
  /** The site's public address (`SITE_URL`). */
  siteUrl: string;
  /** The server listens on loopback only: loopback names are served too. */
  loopback: boolean;
}

/** Whether a request naming `host` is for this site. */
export function isServedHost(host: string | undefined, o: ServedHostOptions): boolean {
  const name = hostName(host);
  if (name === undefined) return false;
  if (name === new URL(o.siteUrl).hostname.replace(/^\[|\]$/g, '')) return true;
  return o.loopback && (LOOPBACK_NAMES.has(name) || /^127\.\d+\.\d+\.\d+$/.test(name));
}
