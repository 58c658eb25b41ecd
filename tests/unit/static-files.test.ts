import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listStaticFiles, routeStatic } from '../../src/server/static-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const file of ['index.html', '404.html', 'deklaracja-dostepnosci/index.html', '_astro/app.Ab12.css', 'procedura.txt', 'zażółć/index.html', '.hidden', '.well-known/security.txt', 'a/.git/config.txt']) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), 'x');
}
const files = listStaticFiles(dir);

describe('the static files of the build', () => {
  it('are listed by their URL path, a folder’s index.html also by the folder with a final slash; hidden files only under .well-known/', () => {
    expect([...files].sort()).toEqual([
      '/',
      '/.well-known/security.txt',
      '/404.html',
      '/_astro/app.Ab12.css',
      '/deklaracja-dostepnosci/',
      '/deklaracja-dostepnosci/index.html',
      '/index.html',
      '/procedura.txt',
      '/zażółć/',
      '/zażółć/index.html',
    ]);
  });

  it('are answered from the file, the hashed assets with a long cache, at the root and below a base path', () => {
    expect(routeStatic('GET', '/deklaracja-dostepnosci/', files, '/')).toEqual({ kind: 'file', sendPath: '/deklaracja-dostepnosci/', immutable: false });
    expect(routeStatic('HEAD', '/_astro/app.Ab12.css?v=1', files, '/')).toEqual({ kind: 'file', sendPath: '/_astro/app.Ab12.css', immutable: true });
    expect(routeStatic('GET', '/bip/procedura.txt', files, '/bip/')).toEqual({ kind: 'file', sendPath: '/procedura.txt', immutable: false });
    expect(routeStatic('GET', '/bip/', files, '/bip/')).toEqual({ kind: 'file', sendPath: '/', immutable: false });
    // A percent-encoded path is found by its decoded name and handed to `send` as it came (send decodes it).
    expect(routeStatic('GET', '/za%C5%BC%C3%B3%C5%82%C4%87/', files, '/')).toEqual({ kind: 'file', sendPath: '/za%C5%BC%C3%B3%C5%82%C4%87/', immutable: false });
  });

  it('go to Astro for everything else: on-demand pages, actions, unknown files, other methods, hidden files, paths that climb out', () => {
    for (const [method, url] of [
      ['GET', '/oddzwonimy/'],
      ['POST', '/oddzwonimy/?_action=callback'],
      ['POST', '/deklaracja-dostepnosci/'],
      ['GET', '/obsluga/prosba/abc/'],
      ['GET', '/nie-ma.html'],
      ['GET', '/.hidden'],
      ['GET', '/a/.git/config.txt'],
      ['GET', '/_astro/../../etc/passwd'],
      ['GET', '/%2e%2e/%2e%2e/etc/passwd.txt'],
      ['GET', '/deklaracja-dostepnosci/../../../etc/shadow.txt'],
      ['GET', '/%C0%AF.txt'],
    ] as const) {
      expect(routeStatic(method, url, files, '/'), `${method} ${url}`).toEqual(url === '/%C0%AF.txt' ? { kind: 'bad-url' } : { kind: 'app' });
    }
  });

  it('redirect a path without a final slash or a file extension to the one with it, keeping the query, as the adapter does', () => {
    expect(routeStatic('GET', '/deklaracja-dostepnosci', files, '/')).toEqual({ kind: 'redirect', location: '/deklaracja-dostepnosci/' });
    expect(routeStatic('POST', '/oddzwonimy?_action=callback', files, '/')).toEqual({ kind: 'redirect', location: '/oddzwonimy/?_action=callback' });
    expect(routeStatic('GET', '/bip', files, '/bip/')).toEqual({ kind: 'redirect', location: '/bip/' });
    // A path a browser would read as another host is not redirected (the adapter's rule, backslash included).
    expect(routeStatic('GET', '/\\evil.example/x', files, '/').kind).toBe('app');
    expect(routeStatic('GET', '//evil.example/x', files, '/').kind).toBe('app');
    // Astro's internal paths and files are not redirected.
    expect(routeStatic('POST', '/_actions/callback', files, '/').kind).toBe('app');
    expect(routeStatic('GET', '/procedura.txt', files, '/').kind).toBe('file');
  });

  it('refuse a URL that does not decode, before anything else', () => {
    expect(routeStatic('GET', '/%E0%A4%A', files, '/')).toEqual({ kind: 'bad-url' });
    expect(routeStatic('GET', '/oddzwonimy/%', files, '/')).toEqual({ kind: 'bad-url' });
  });
});
