/**
 * The built site's static files (`dist/client`: prerendered pages, hashed
 * assets, the sitemap), listed once at start, since the folder does not change
 * while the server runs. A request for one of them is served by `send`, as
 * the Node adapter's standalone handler serves it (ETag, Last-Modified,
 * conditional GET, Range, a year's immutable cache for `_astro/`); every
 * other request goes to Astro at once. The adapter's handler first asks the
 * disk for every path and lets the failed lookup fall through to Astro, which
 * cost every on-demand page (the form, every staff page) a stat, an error
 * object and a stream: about a tenth of a staff page's CPU.
 *
 * The rules before the lookup are the adapter's (`trailingSlash: 'always'`):
 * a URL that does not decode is refused, a path with neither a final slash
 * nor a file extension is redirected to the one with the slash. Unlike the
 * adapter (`send` ignores the method), only GET and HEAD get a file: a POST
 * to a prerendered page gets Astro's 404 page, as to any path without a form.
 */
import { readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { posix } from 'node:path';
import send from 'send';

/** Astro's folder for hashed assets (`build.assets`, left at its default). */
const ASSETS_PREFIX = '/_astro/';

/** The URL paths (below the site's base, with a leading slash) of the files in `clientDir`; a folder's `index.html` is also its own path with a final slash. */
export function listStaticFiles(clientDir: string): ReadonlySet<string> {
  const paths = new Set<string>();
  for (const entry of readdirSync(clientDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = posix.join(entry.parentPath.slice(clientDir.length).replace(/\\/g, '/'), entry.name).replace(/^\/*/, '');
    // Hidden files are not served (as `send` is told by the adapter), except under .well-known/.
    if (relative.split('/').some((part) => part.startsWith('.')) && !relative.startsWith('.well-known/')) continue;
    paths.add(`/${relative}`);
    if (entry.name === 'index.html') paths.add(`/${relative.slice(0, -'index.html'.length)}`);
  }
  return paths;
}

/** What to do with a request, decided from its method and URL alone. */
export type StaticRoute =
  /** The URL does not decode (the adapter's plain 400). */
  | { kind: 'bad-url' }
  /** The same path with a final slash (and the same query). */
  | { kind: 'redirect'; location: string }
  /** One of the listed files; `sendPath` is what `send` is given (below the client folder, not yet decoded); `immutable`: hashed assets, whose answer gets a year's cache. */
  | { kind: 'file'; sendPath: string; immutable: boolean }
  /** Anything else: Astro renders it (an on-demand page, an action, or the 404 page). */
  | { kind: 'app' };

const WITH_FILE_EXTENSION = /\/[^/]+\.\w+$/;
/**
 * Astro's internal paths (`/_astro/…`, `/_actions/…`, `/@…`, `/.…`) are never
 * redirected, nor is a path starting `//` or `/\`: a browser reads a
 * `Location` like that as another host (the adapter's check, backslash and all).
 */
const isInternalPath = (path: string): boolean => ['/_', '/@', '/.', '//'].includes(path.slice(0, 2).replace(/\\/g, '/')) && !/^\/{2,}$/.test(path);

/** The path below `base` ('/' or '/folder/'), with a leading slash. */
function belowBase(path: string, base: string): string {
  if (base === '/' || !path.startsWith(base)) return path === base.slice(0, -1) ? '/' : path;
  return `/${path.slice(base.length)}`;
}

/** Decide how to answer `method url` on a site built at `base` with the static files `files`. */
export function routeStatic(method: string | undefined, url: string | undefined, files: ReadonlySet<string>, base: string): StaticRoute {
  const full = (url ?? '/').split('#')[0]!;
  try {
    decodeURI(full);
  } catch {
    return { kind: 'bad-url' };
  }
  const q = full.indexOf('?');
  const path = q >= 0 ? full.slice(0, q) : full;
  if (!path.endsWith('/') && !WITH_FILE_EXTENSION.test(path) && !isInternalPath(path)) {
    return { kind: 'redirect', location: `${path}/${q >= 0 ? full.slice(q) : ''}` };
  }
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'app' };
  const sendPath = posix.normalize(belowBase(path, base));
  // Cannot throw: decodeURI accepted the whole URL, so every escape in it is valid UTF-8.
  if (!files.has(decodeURIComponent(sendPath))) return { kind: 'app' };
  return { kind: 'file', sendPath, immutable: sendPath.startsWith(ASSETS_PREFIX) };
}

/** Send the file `route` names from `clientDir`; if it cannot be read before anything was sent, `fallback` answers instead. */
export function sendStaticFile(req: IncomingMessage, res: ServerResponse, clientDir: string, route: Extract<StaticRoute, { kind: 'file' }>, fallback: () => void): void {
  const stream = send(req, route.sendPath, { root: clientDir, dotfiles: route.sendPath.startsWith('/.well-known/') ? 'allow' : 'deny' });
  let opened = false;
  stream.on('file', () => (opened = true));
  stream.on('error', (error: { statusCode?: number; headers?: Record<string, string> }) => {
    if (!opened) return fallback();
    // A read that fails after the headers went out can only end the connection.
    if (res.headersSent) return void res.destroy();
    res.writeHead(error.statusCode ?? 500, error.headers ?? {});
    res.end();
  });
  if (route.immutable) stream.on('stream', () => res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'));
  stream.pipe(res);
}
