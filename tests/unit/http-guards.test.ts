import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, clientAddress, createRequestGuard } from '../../src/server/http-guards.ts';

function fakeRequest(method: string, address: string, forwarded?: string): IncomingMessage {
  return { method, headers: forwarded ? { 'x-forwarded-for': forwarded } : {}, socket: { remoteAddress: address }, resume() {} } as unknown as IncomingMessage;
}

function fakeResponse() {
  const headers: Record<string, string> = {};
  const res = {
    status: 0,
    body: '',
    setHeader(name: string, value: string) { headers[name] = value; },
    writeHead(status: number, h: Record<string, string>) { this.status = status; Object.assign(headers, h); },
    end(body: string) { this.body = body; },
  };
  return { res: res as unknown as ServerResponse & typeof res, headers };
}

describe('request guard', () => {
  it('sets the security headers on every response', () => {
    const guard = createRequestGuard({ limit: 1, windowMs: 60_000, trustProxy: false, tooManyPage: 'x' });
    const { res, headers } = fakeResponse();
    expect(guard(fakeRequest('GET', '10.0.0.1'), res)).toBe(false);
    expect(headers).toMatchObject(SECURITY_HEADERS);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('lets a client send `limit` forms per window, then answers 429 with the page, then lets it in again', () => {
    let t = 0;
    const guard = createRequestGuard({ limit: 3, windowMs: 60_000, trustProxy: false, tooManyPage: '<h1>Za dużo próśb</h1>', now: () => t });
    const send = (ip: string) => {
      const { res, headers } = fakeResponse();
      const blocked = guard(fakeRequest('POST', ip), res);
      return { blocked, status: res.status, body: res.body, retry: headers['Retry-After'] };
    };
    expect([send('a'), send('a'), send('a')].map((r) => r.blocked)).toEqual([false, false, false]);
    expect(send('a')).toEqual({ blocked: true, status: 429, body: '<h1>Za dużo próśb</h1>', retry: '60' });
    expect(send('b').blocked).toBe(false);
    t = 30_000;
    expect(send('a').retry).toBe('30');
    expect(guard(fakeRequest('GET', 'a'), fakeResponse().res)).toBe(false);
    t = 60_001;
    expect(send('a').blocked).toBe(false);
  });

  it('trusts X-Forwarded-For only when told to', () => {
    expect(clientAddress(fakeRequest('POST', '127.0.0.1', '203.0.113.7, 10.0.0.1'), true)).toBe('203.0.113.7');
    expect(clientAddress(fakeRequest('POST', '127.0.0.1', '203.0.113.7'), false)).toBe('127.0.0.1');
  });
});
