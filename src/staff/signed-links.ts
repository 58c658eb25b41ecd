/**
 * Signed capabilities in links: `<id>-<mac>` where the mac is an HMAC-SHA256
 * over a purpose and the id, so a link opens only what it was made for and
 * carries nothing but the id. Verification is constant-time.
 */
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

/** What a signature is for; a link for one purpose never opens another. */
export type LinkPurpose = 'request-page' | 'session';

const MAC_CHARS = 27; // 160 bits in base64url

/**
 * The key as a KeyObject, made once per key: Node checks a Buffer key afresh
 * on every HMAC, which costs several times the HMAC itself (one link per
 * accepted request, one per open request on every staff page and clock run).
 */
const keyObjects = new WeakMap<Buffer, KeyObject>();
function keyObject(key: Buffer): KeyObject {
  let made = keyObjects.get(key);
  if (!made) keyObjects.set(key, (made = createSecretKey(key)));
  return made;
}

function mac(key: Buffer, purpose: LinkPurpose, value: string): string {
  return createHmac('sha256', keyObject(key)).update(`${purpose}\n${value}`).digest('base64url').slice(0, MAC_CHARS);
}

/** A signed token for `value` (digits, letters, dots; no dash). */
export function signValue(key: Buffer, purpose: LinkPurpose, value: string): string {
  return `${value}-${mac(key, purpose, value)}`;
}

/** The value inside a token when its signature is right for `purpose`, else `undefined`. Any input is safe. */
export function verifyValue(key: Buffer, purpose: LinkPurpose, token: string): string | undefined {
  if (token.length > 200) return undefined;
  const dash = token.indexOf('-');
  if (dash <= 0) return undefined;
  const value = token.slice(0, dash);
  const given = Buffer.from(token.slice(dash + 1));
  const expected = Buffer.from(mac(key, purpose, value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
}

/** The token for a request's staff page. */
export function requestLinkToken(key: Buffer, requestId: number): string {
  return signValue(key, 'request-page', String(requestId));
}

/** The request id in a staff-page token, or `undefined` when it is malformed or its signature is wrong. */
export function requestIdFromToken(key: Buffer, token: string): number | undefined {
  const value = verifyValue(key, 'request-page', token);
  return value !== undefined && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
}
