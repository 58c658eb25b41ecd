/**
 * The database schema, as numbered migrations applied in order at start.
 * Never edit a migration that has shipped: add the next one.
 */
export const migrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE requests (
        id            INTEGER PRIMARY KEY,
        reference     TEXT NOT NULL UNIQUE,
        view_token    TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('accepted', 'rejected-honeypot')),
        created_at    TEXT NOT NULL,
        topic_id      TEXT NOT NULL,
        unit_id       TEXT NOT NULL,
        deadline_at   TEXT NOT NULL,
        payload       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX requests_created ON requests (created_at);

      CREATE TABLE outbox (
        id            INTEGER PRIMARY KEY,
        request_id    INTEGER REFERENCES requests (id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('staff', 'resident', 'give-up')),
        message_id    TEXT NOT NULL UNIQUE,
        recipients    TEXT NOT NULL,
        fallback_to   TEXT NOT NULL,
        message       TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'gave-up')),
        attempts      INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL,
        available_at  TEXT NOT NULL,
        locked_until  TEXT,
        last_error    TEXT,
        sent_at       TEXT
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (status, available_at);
    `,
  },
  {
    // Who claimed a message (see src/db/outbox-owner.ts): a restarted worker takes up a dead process's claims at once.
    version: 2,
    sql: `
      ALTER TABLE outbox ADD COLUMN claim_host TEXT;
      ALTER TABLE outbox ADD COLUMN claim_boot TEXT;
      ALTER TABLE outbox ADD COLUMN claim_pid INTEGER;
      ALTER TABLE outbox ADD COLUMN claim_started TEXT;
    `,
  },
];
