/**
 * The key that signs staff links and session cookies: `SIGNING_KEY` from the
 * environment when set, otherwise a random key created in the data folder
 * at first start (owner-only, 0600) and read from there afterwards.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the generated key inside the data folder. */
export const SIGNING_KEY_FILE = 'signing-key';

/** Lowest accepted length of a key (characters of base64url or hex). */
export const MIN_KEY_CHARS = 43;

/** The signing key: `fromEnv` when given, else the data folder's key file, created when missing. */
export function loadSigningKey(dataDir: string, fromEnv?: string): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  const path = join(dataDir, SIGNING_KEY_FILE);
  try {
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`Nie można utworzyć klucza podpisu ${path}: ${(error as Error).message}`, { cause: error });
  }
  chmodSync(path, 0o600);
  const key = readFileSync(path, 'utf8').trim();
  if (key.length < MIN_KEY_CHARS) throw new Error(`Plik ${path} nie zawiera poprawnego klucza podpisu. Usuń go: serwer utworzy nowy (dotychczasowe linki w e-mailach przestaną działać).`);
  return Buffer.from(key, 'utf8');
}
