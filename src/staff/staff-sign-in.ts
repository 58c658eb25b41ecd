/**
 * Passwordless sign-in to the staff lists: an allowed address gets a
 * one-time link by e-mail (through the outbox); the link opens a page and
 * signs in only on a POST from it, once, within 15 minutes. Sessions last a
 * working day. Tokens and sessions are stored as hashes; the cookie carries
 * a random id signed with the site's key. Unknown addresses get the same
 * answer and nothing is stored or sent.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Unit } from '../content/schemas.ts';
import { transaction, type Database } from '../db/database.ts';
import { findSignInToken, insertSession, insertSignInToken, sessionEmail, signInTokensSince, useSignInToken, deleteSession } from '../db/staff-auth-store.ts';
import { enqueueMessage } from '../db/outbox-store.ts';
import { renderStaffSignInMail } from '../mail/StaffSignInMail.tsx';
import { signValue, verifyValue } from './signed-links.ts';
import { accessFor, type StaffAccess } from './staff-access.ts';

/** How long a sign-in link works. */
export const SIGN_IN_LINK_MINUTES = 15;
/** How long a session lasts: a working day. */
export const SESSION_HOURS = 10;
/** Name of the session cookie (the site sets it; the tests' page lists send it). */
export const SESSION_COOKIE = 'oddzwonimy_sesja';
/** Sign-in links one address may ask for per link lifetime. */
export const SIGN_IN_LINKS_PER_ADDRESS = 3;

/** Who may sign in, and where links lead. */
export interface SignInContext {
  now: Date;
  units: readonly Unit[];
  coordinatorEmail: string;
  fallbackUnitId: string;
  /** The absolute address of the confirmation page for a token. */
  confirmLink: (token: string) => string;
  officeName: string;
  messageIdHost: string;
  fallbackEmails: readonly string[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Ask for a sign-in link. Whatever the address, the caller shows the same answer. */
export function requestSignIn(db: Database, email: string, ctx: SignInContext): 'sent' | 'not-allowed' | 'limited' {
  const access = accessFor(email, ctx.units, ctx.coordinatorEmail, ctx.fallbackUnitId);
  if (!access) return 'not-allowed';
  return transaction(db, () => {
    const since = new Date(ctx.now.getTime() - SIGN_IN_LINK_MINUTES * 60_000);
    if (signInTokensSince(db, access.email, since) >= SIGN_IN_LINKS_PER_ADDRESS) return 'limited';
    const token = randomBytes(32).toString('hex');
    insertSignInToken(db, { hash: sha256(token), email: access.email, now: ctx.now, expiresAt: new Date(ctx.now.getTime() + SIGN_IN_LINK_MINUTES * 60_000) });
    const message = renderStaffSignInMail({ to: access.email, link: ctx.confirmLink(token), minutes: SIGN_IN_LINK_MINUTES, officeName: ctx.officeName, messageId: `<signin.${randomBytes(9).toString('hex')}@${ctx.messageIdHost}>` });
    enqueueMessage(db, { requestId: null, kind: 'staff', messageId: message.messageId, recipients: message.to, fallbackTo: ctx.fallbackEmails, message: JSON.stringify(message), now: ctx.now });
    return 'sent';
  });
}

/** Whether a sign-in link still works (the page shows the button only then). */
export function signInTokenState(db: Database, token: string, now: Date): 'valid' | 'used' | 'expired' | 'unknown' {
  if (!/^[0-9a-f]{64}$/.test(token)) return 'unknown';
  const row = findSignInToken(db, sha256(token));
  if (!row) return 'unknown';
  if (row.used_at) return 'used';
  return Date.parse(row.expires_at) > now.getTime() ? 'valid' : 'expired';
}

/** Use a sign-in link (the POST from its page): the signed session cookie value, or why not. */
export function confirmSignIn(db: Database, token: string, key: Buffer, now: Date): { kind: 'ok'; cookie: string; maxAgeSeconds: number } | { kind: 'used' | 'expired' | 'unknown' } {
  return transaction(db, () => {
    const state = signInTokenState(db, token, now);
    if (state !== 'valid') return { kind: state };
    if (!useSignInToken(db, sha256(token), now)) return { kind: 'used' as const };
    const email = findSignInToken(db, sha256(token))!.email;
    const id = randomBytes(32).toString('hex');
    insertSession(db, { hash: sha256(id), email, now, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) });
    return { kind: 'ok' as const, cookie: signValue(key, 'session', id), maxAgeSeconds: SESSION_HOURS * 3600 };
  });
}

/** The signed-in member of staff for a cookie value, if the session is live and the address may still sign in. */
export function staffFromCookie(db: Database, cookie: string | undefined, key: Buffer, now: Date, ctx: Pick<SignInContext, 'units' | 'coordinatorEmail' | 'fallbackUnitId'>): StaffAccess | undefined {
  const id = cookie ? verifyValue(key, 'session', cookie) : undefined;
  if (!id || !/^[0-9a-f]{64}$/.test(id)) return undefined;
  const email = sessionEmail(db, sha256(id), now);
  return email ? accessFor(email, ctx.units, ctx.coordinatorEmail, ctx.fallbackUnitId) : undefined;
}

/** End the session of a cookie value. */
export function signOut(db: Database, cookie: string | undefined, key: Buffer): void {
  const id = cookie ? verifyValue(key, 'session', cookie) : undefined;
  if (id) deleteSession(db, sha256(id));
}
