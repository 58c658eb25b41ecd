import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSigningKey, SIGNING_KEY_FILE } from '../../src/staff/signing-key.ts';
import { requestIdFromToken, requestLinkToken, signValue, verifyValue } from '../../src/staff/signed-links.ts';

const key = Buffer.from('k'.repeat(43));
const otherKey = Buffer.from('q'.repeat(43));

describe('signed request links', () => {
  it('carry only the id and open only their own request', () => {
    const token = requestLinkToken(key, 42);
    expect(token).toMatch(/^42-[A-Za-z0-9_-]{27}$/);
    expect(requestIdFromToken(key, token)).toBe(42);
    expect(requestIdFromToken(key, token.replace(/^42-/, '43-'))).toBeUndefined();
    expect(requestIdFromToken(otherKey, token)).toBeUndefined();
  });

  it('are the HMAC-SHA256 of purpose and id under the key given, whichever key came before', () => {
    // The key is turned into a KeyObject once per key: a cache that mixed keys up would sign with the wrong one.
    const expected = (k: Buffer, id: number) => `${id}-${createHmac('sha256', k).update(`request-page\n${id}`).digest('base64url').slice(0, 27)}`;
    for (const k of [key, otherKey, key, Buffer.from(key), otherKey]) expect(requestLinkToken(k, 42)).toBe(expected(k, 42));
    expect(requestLinkToken(key, 42)).not.toBe(requestLinkToken(otherKey, 42));
    expect(requestIdFromToken(Buffer.from(key), requestLinkToken(key, 9))).toBe(9);
  });

  it('refuse a link signed for another purpose', () => {
    expect(requestIdFromToken(key, signValue(key, 'session', '42'))).toBeUndefined();
    expect(verifyValue(key, 'session', requestLinkToken(key, 42))).toBeUndefined();
  });

  it('refuse any tampering with the signature, safely for any input', () => {
    const token = requestLinkToken(key, 7);
    for (let i = 2; i < token.length; i++) {
      const c = token[i] === 'A' ? 'B' : 'A';
      expect(requestIdFromToken(key, token.slice(0, i) + c + token.slice(i + 1))).toBeUndefined();
    }
    for (const bad of ['', '-', '7', '7-', '-abc', '0-x', `7-${'ą'.repeat(27)}`, `7-${'x'.repeat(5000)}`, '7-💥💥💥']) expect(requestIdFromToken(key, bad)).toBeUndefined();
    // Any code points, alone and after a real id (fast-check's 'binary' string unit is very slow here: built from code points instead).
    const anyText = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 80 }).map((cps) => cps.map((c) => String.fromCodePoint(c)).join(''));
    fc.assert(fc.property(anyText, fc.nat(99), (s, id) => requestIdFromToken(key, s) === undefined && requestIdFromToken(key, `${id + 1}-${s}`) === undefined), { numRuns: 300 });
  });
});

describe('signing key', () => {
  it('is created owner-only at first start and read back afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-key-'));
    const first = loadSigningKey(dir);
    expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(first.toString()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(loadSigningKey(dir).equals(first)).toBe(true);
  });

  it('comes from the environment when given, and no file is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-key-'));
    expect(loadSigningKey(dir, 'z'.repeat(43)).toString()).toBe('z'.repeat(43));
    expect(() => readFileSync(join(dir, SIGNING_KEY_FILE))).toThrow();
  });

  it('refuses a damaged key file with a Polish message naming the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-key-'));
    writeFileSync(join(dir, SIGNING_KEY_FILE), 'short\n', { mode: 0o600 });
    expect(() => loadSigningKey(dir)).toThrow(/nie zawiera poprawnego klucza podpisu\. Usuń go/);
  });
});
