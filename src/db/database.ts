/**
 * The embedded store: one SQLite file in the data folder (node:sqlite),
 * WAL journal, full fsync on commit, foreign keys on, schema migrated at open.
 */
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { migrations } from './migrations.ts';

export type Database = DatabaseSync;

/** File name of the database inside the data folder. */
export const DATABASE_FILE = 'oddzwonimy.sqlite';

/** Files of the database inside the data folder (the file and SQLite's WAL companions). */
export const DATABASE_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`] as const;

/**
 * Create the data folder (owner-only, 0700) if needed and return its
 * absolute path. An existing folder that others can read or enter is not
 * changed behind the operator's back: this throws a Polish message naming the fix.
 */
export function ensureDataDir(dataDir: string): string {
  const dir = resolve(dataDir);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    return dir;
  }
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new Error(
      `Folder danych ${dir} mogą czytać inni użytkownicy tego komputera (uprawnienia ${mode.toString(8).padStart(3, '0')}), a trafiają tam dane osobowe mieszkańców. ` +
        `Zostaw dostęp tylko właścicielowi: chmod 700 ${dir} (i pliki w nim: chmod 600 ${dir}/*), potem uruchom serwer ponownie.`,
    );
  }
  return dir;
}

/**
 * A read-only connection of its own to the database `db` is open on, for a
 * long read that other requests interleave with (the CSV export): its
 * snapshot is its own, so the shared connection keeps seeing new writes and
 * can still write. `undefined` for a database in memory.
 */
export function openReader(db: Database): Database | undefined {
  const file = db.location();
  return file ? new DatabaseSync(file, { readOnly: true, timeout: 5000 }) : undefined;
}

/** Open (and migrate) the database in `dataDir`. Throws a Polish message when it cannot be written. */
export function openDatabase(dataDir: string): Database {
  const dir = ensureDataDir(dataDir);
  const path = join(dir, DATABASE_FILE);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { timeout: 5000 });
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
    migrate(db);
    // Owner-only, whatever the process umask was when SQLite created them.
    for (const name of DATABASE_FILES) if (existsSync(join(dir, name))) chmodSync(join(dir, name), 0o600);
  } catch (error) {
    throw new Error(`Nie można otworzyć bazy danych ${path} do zapisu: ${(error as Error).message}. Sprawdź uprawnienia folderu DATA_DIR i czy inny program nie blokuje pliku.`, { cause: error });
  }
  return db;
}

/** Apply every migration newer than the database's `user_version`, each in its own transaction. */
export function migrate(db: DatabaseSync): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  const foreignKeys = (db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys;
  for (const m of migrations) {
    if (m.version <= row.user_version) continue;
    // A table rebuild runs with foreign keys off (SQLite's documented way; the pragma is ignored inside a transaction).
    if (m.rebuildsTables) db.exec('PRAGMA foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.sql);
      if (m.rebuildsTables && db.prepare('PRAGMA foreign_key_check').all().length > 0) throw new Error(`migracja ${m.version}: odwołania między tabelami się nie zgadzają`);
      m.after?.(db);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    } finally {
      if (m.rebuildsTables) db.exec(`PRAGMA foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
  }
}

const statements = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/** The statements kept for this connection. */
function statementsOf(db: DatabaseSync): Map<string, StatementSync> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  return cache;
}

/** The prepared statement for `sql` on this connection, prepared on first use and kept. */
export function statement(db: DatabaseSync, sql: string): StatementSync {
  const cache = statementsOf(db);
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/**
 * Like {@link statement}, but its rows are arrays of the selected values in
 * order, and it is kept apart, so no caller of `statement` with the same SQL
 * gets arrays. node:sqlite's row objects are dictionaries (null prototype,
 * built key by key), slower to make and to read than an array mapped to an
 * object literal.
 */
export function arrayStatement(db: DatabaseSync, sql: string): StatementSync {
  const cache = statementsOf(db);
  const key = `arrays\0${sql}`;
  let prepared = cache.get(key);
  if (!prepared) {
    cache.set(key, (prepared = db.prepare(sql)));
    prepared.setReturnArrays(true);
  }
  return prepared;
}

/** Run `work` inside one write transaction (BEGIN IMMEDIATE … COMMIT), rolling back on error. */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
