import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { submitCallback } from '../../src/callback/callback-service.ts';
import { purgeExpired } from '../../src/server/retention-purge.ts';
import { contextAt, tempDatabase, validForm } from './helpers/callback-fixture.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('retention purge', () => {
  it('deletes requests, their mail and .eml copies older than the retention period, and nothing newer', async () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    const dataDir = join(t.dir, 'data');
    await submitCallback(t.db, validForm(callbackExamples.valid.answers), contextAt(new Date('2026-08-01T09:00:00Z')));
    await submitCallback(t.db, validForm(callbackExamples.valid.answers), contextAt(new Date('2026-11-20T09:00:00Z')));
    const eml = join(dataDir, 'outbox-eml');
    mkdirSync(eml, { recursive: true });
    writeFileSync(join(eml, 'old.eml'), 'x');
    writeFileSync(join(eml, 'new.eml'), 'x');
    utimesSync(join(eml, 'old.eml'), new Date('2026-08-01T09:00:00Z'), new Date('2026-08-01T09:00:00Z'));
    utimesSync(join(eml, 'new.eml'), new Date('2026-11-20T09:00:00Z'), new Date('2026-11-20T09:00:00Z'));

    const result = purgeExpired({ db: t.db, dataDir, retentionDays: 90, now: () => new Date('2026-11-25T12:00:00Z') });
    expect(result).toEqual({ requests: 1, files: 1 });
    expect((t.db.prepare('SELECT created_at FROM requests').all() as { created_at: string }[]).map((r) => r.created_at)).toEqual(['2026-11-20T09:00:00.000Z']);
    expect((t.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n).toBe(1);
    expect(readdirSync(eml)).toEqual(['new.eml']);
  });

  it('creates the data folder for its owner only', () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    expect(statSync(join(t.dir, 'data')).mode & 0o777).toBe(0o700);
  });
});
