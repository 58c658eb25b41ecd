/**
 * Deletes stored requests (and their mail, and `.eml` copies) older than the
 * retention period: at start, then every hour.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import { purgeRequestsBefore } from '../db/requests-store.ts';

/** What the purge needs. */
export interface RetentionOptions {
  db: Database;
  dataDir: string;
  retentionDays: number;
  now?: () => Date;
  log?: (line: string) => void;
}

/** Delete what is older than the retention period once; returns how many requests and files went. */
export function purgeExpired(o: RetentionOptions): { requests: number; files: number } {
  const now = o.now?.() ?? new Date();
  const cutoff = new Date(now.getTime() - o.retentionDays * 86_400_000);
  const requests = purgeRequestsBefore(o.db, cutoff, now);
  let files = 0;
  const emlDir = join(o.dataDir, 'outbox-eml');
  let names: string[] = [];
  try {
    names = readdirSync(emlDir);
  } catch {
    names = [];
  }
  for (const name of names) {
    const path = join(emlDir, name);
    if (statSync(path).mtime < cutoff) {
      rmSync(path, { force: true });
      files++;
    }
  }
  return { requests, files };
}

/** Run the purge now and every `everyMs` (default one hour). */
export function startRetentionPurge(o: RetentionOptions & { everyMs?: number }): { stop(): void } {
  const run = (): void => {
    try {
      const r = purgeExpired(o);
      if (r.requests + r.files > 0) o.log?.(`retencja: usunięto prośby: ${r.requests}, pliki .eml: ${r.files}`);
    } catch (error) {
      o.log?.(`retencja: błąd: ${(error as Error).message}`);
    }
  };
  run();
  const timer = setInterval(run, o.everyMs ?? 3600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
