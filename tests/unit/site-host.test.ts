import { describe, expect, it } from 'vitest';
import { hostName, isLoopbackInterface, isServedHost } from '../../src/guards/site-host.ts';

describe('served hosts', () => {
  const publicSite = { siteUrl: 'https://www.lomza.pl', loopback: false };
  const onLoopback = { siteUrl: 'https://www.lomza.pl', loopback: true };

  it("serves the site's own host in any spelling of case, port or final dot", () => {
    for (const host of ['www.lomza.pl', 'WWW.LOMZA.PL', 'www.lomza.pl:443', 'www.lomza.pl.']) expect(isServedHost(host, publicSite), host).toBe(true);
  });

  it('serves loopback names only while listening on loopback', () => {
    for (const host of ['localhost:4321', '127.0.0.1', '[::1]:4321', '127.0.0.2']) {
      expect(isServedHost(host, onLoopback), host).toBe(true);
      expect(isServedHost(host, publicSite), host).toBe(false);
    }
  });

  it('refuses every other name (DNS rebinding) and a missing or malformed Host', () => {
    for (const host of ['evil.example', 'lomza.pl', 'www.lomza.pl.evil.example', '10.0.0.5', undefined, '', 'a b', 'www.lomza.pl@evil']) {
      expect(isServedHost(host, onLoopback), String(host)).toBe(false);
    }
  });

  it('knows loopback interfaces and host names', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]'].map(isLoopbackInterface)).toEqual([true, true, true, true]);
    expect(['0.0.0.0', '::', '10.0.0.5'].map(isLoopbackInterface)).toEqual([false, false, false]);
    expect(hostName('[::1]:80')).toBe('::1');
  });
});
