/** Reads the sitemap that `astro build` wrote (dist/client/sitemap-index.xml → sitemap-N.xml). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built sitemap: the site's root URL and every page's path below it. */
export interface BuiltSitemap {
  /** SITE_URL + SITE_BASE the site was built with, ending in '/'. */
  root: string;
  /** Page paths below the root, e.g. '' (home) or 'deklaracja-dostepnosci/'. */
  paths: string[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) =>
    (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e] ?? ''),
  );
}

/** Read every page of the built sitemap; throws if the site is not built or a URL lies outside the root. */
export function readBuiltSitemap(clientDir = 'dist/client'): BuiltSitemap {
  const indexFile = join(clientDir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} not found: build the site first (npm run build:test)`);
  const sitemapUrls = locs(readFileSync(indexFile, 'utf8'));
  const first = sitemapUrls[0];
  if (first === undefined) throw new Error(`${indexFile} lists no sitemap`);
  const root = new URL('.', first).href;
  const paths: string[] = [];
  for (const sitemapUrl of sitemapUrls) {
    if (!sitemapUrl.startsWith(root)) throw new Error(`${indexFile}: ${sitemapUrl} is not under ${root}`);
    const file = join(clientDir, sitemapUrl.slice(root.length));
    for (const loc of locs(readFileSync(file, 'utf8'))) {
      if (!loc.startsWith(root)) throw new Error(`${file}: ${loc} is not under the site root ${root}`);
      paths.push(loc.slice(root.length));
    }
  }
  if (paths.length === 0) throw new Error(`${indexFile}: the sitemap lists no page`);
  return { root, paths };
}
