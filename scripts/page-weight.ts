/**
 * What a page weighs: its HTML and the CSS and JS it brings (stylesheets,
 * scripts, module preloads, Astro island components and renderers, their
 * static imports, inline <style> and <script>), raw and gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzipped byte counts. */
export interface Size {
  raw: number;
  gzip: number;
}

/** A page's weight. Inline <style>/<script> count in CSS/JS and, as they travel in it, in the HTML too. */
export interface PageWeight {
  html: Size;
  css: Size;
  js: Size;
  /** Files referenced but not found in the client folder. */
  missing: string[];
}

const size = (data: Buffer | string): Size => ({ raw: Buffer.byteLength(data), gzip: gzipSync(data, { level: 9 }).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Size = { raw: 0, gzip: 0 };

function attr(tag: string, name: string): string | undefined {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&') : undefined;
}

const isJsType = (type: string | undefined) => type === undefined || /^(module|text\/javascript|application\/javascript)$/i.test(type);

/**
 * Weigh one page. `pageUrl` is its address (any origin) so relative
 * references resolve; `basePath` is the site's base ('/' or '/bip/…/');
 * files are read from `clientDir` (dist/client).
 */
export function weighPage(html: string, pageUrl: string, basePath: string, clientDir: string): PageWeight {
  let css = zero;
  let js = zero;
  const missing: string[] = [];
  const seen = new Set<string>();
  const fileFor = (ref: string): string | undefined => {
    const path = new URL(ref, pageUrl).pathname;
    if (!path.startsWith(basePath)) return undefined;
    return join(clientDir, decodeURIComponent(path.slice(basePath.length)));
  };
  const read = (ref: string): Buffer | undefined => {
    const file = fileFor(ref);
    if (file === undefined || !existsSync(file)) {
      missing.push(ref);
      return undefined;
    }
    return readFileSync(file);
  };
  const addJs = (ref: string): void => {
    const url = new URL(ref, pageUrl).href;
    if (seen.has(url)) return;
    seen.add(url);
    const data = read(url);
    if (!data) return;
    js = add(js, size(data));
    for (const m of data.toString('utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.m?js)["']/g)) {
      if (m[1]) addJs(new URL(m[1], url).href);
    }
  };

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const data = read(href);
      if (data) css = add(css, size(data));
    } else if (rel.includes('modulepreload')) addJs(href);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1] ?? ''}>`;
    if (!isJsType(attr(tag, 'type'))) continue;
    const src = attr(tag, 'src');
    if (src) addJs(src);
    else if ((m[2] ?? '').trim() !== '') js = add(js, size(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css = add(css, size(m[1] ?? ''));
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const ref = attr(tag, name);
      if (ref) addJs(ref);
    }
  }
  return { html: size(html), css, js, missing };
}
