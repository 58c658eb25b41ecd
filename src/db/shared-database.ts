/**
 * One database connection per process. The server entry (`src/server/start.ts`)
 * and the Astro bundle are separate module graphs; two connections in one
 * process would take turns on SQLite's write lock, and its busy handler sleeps
 * while blocking the event loop. The entry opens the connection and shares it
 * here; the bundle takes it (and opens its own only in `astro dev`).
 */
import type { Database } from './database.ts';

const KEY = Symbol.for('oddzwonimy.database');
type Holder = { [KEY]?: Database };

/** Make `db` the process's connection. */
export function shareDatabase(db: Database): void {
  (globalThis as Holder)[KEY] = db;
}

/** The process's connection, if the entry shared one. */
export function sharedDatabase(): Database | undefined {
  return (globalThis as Holder)[KEY];
}
