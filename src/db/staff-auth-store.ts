/** Queries of staff sign-in: one-time tokens and sessions, kept as SHA-256 hashes, deleted when they expire. */
import { statement, type Database } from './database.ts';

/** Store a new sign-in token's hash. */
export function insertSignInToken(db: Database, t: { hash: string; email: string; now: Date; expiresAt: Date }): void {
  statement(db, 'INSERT INTO staff_sign_in_tokens (token_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)').run(t.hash, t.email, t.now.toISOString(), t.expiresAt.toISOString());
}

/** Sign-in tokens asked for this address since `since`. */
export function signInTokensSince(db: Database, email: string, since: Date): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM staff_sign_in_tokens WHERE email = ? AND created_at >= ?').get(email, since.toISOString()) as { n: number }).n;
}

/** A token by hash. */
export function findSignInToken(db: Database, hash: string): { email: string; expires_at: string; used_at: string | null } | undefined {
  return statement(db, 'SELECT email, expires_at, used_at FROM staff_sign_in_tokens WHERE token_hash = ?').get(hash) as { email: string; expires_at: string; used_at: string | null } | undefined;
}

/** Use a token once: true only for the first use before it expires. */
export function useSignInToken(db: Database, hash: string, now: Date): boolean {
  return statement(db, 'UPDATE staff_sign_in_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?').run(now.toISOString(), hash, now.toISOString()).changes === 1;
}

/** Store a session's hash. */
export function insertSession(db: Database, s: { hash: string; email: string; now: Date; expiresAt: Date }): void {
  statement(db, 'INSERT INTO staff_sessions (id_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)').run(s.hash, s.email, s.now.toISOString(), s.expiresAt.toISOString());
}

/** The address of a live session. */
export function sessionEmail(db: Database, hash: string, now: Date): string | undefined {
  return (statement(db, 'SELECT email FROM staff_sessions WHERE id_hash = ? AND expires_at > ?').get(hash, now.toISOString()) as { email: string } | undefined)?.email;
}

/** End a session. */
export function deleteSession(db: Database, hash: string): void {
  statement(db, 'DELETE FROM staff_sessions WHERE id_hash = ?').run(hash);
}

/**
 * Delete expired sessions; tokens, and the sign-in e-mails that hold their
 * links, once `keepUntil` has passed their expiry (kept that long to say "expired"
 * rather than "unknown"); returns rows deleted.
 */
export function purgeExpiredSignIns(db: Database, now: Date, keepUntil: Date): number {
  const iso = now.toISOString();
  const a = statement(db, 'DELETE FROM staff_sessions WHERE expires_at <= ?').run(iso).changes;
  const b = statement(db, 'DELETE FROM staff_sign_in_tokens WHERE expires_at <= ?').run(keepUntil.toISOString()).changes;
  const c = statement(db, "DELETE FROM outbox WHERE request_id IS NULL AND message_id LIKE '<signin.%' AND created_at < ?").run(keepUntil.toISOString()).changes;
  return Number(a) + Number(b) + Number(c);
}
