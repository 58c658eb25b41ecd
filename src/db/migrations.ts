/**
 * The database schema, as numbered migrations applied in order at start.
 * Never edit a migration that has shipped: add the next one.
 */
import type { DatabaseSync } from 'node:sqlite';
import { recordFactsBefore } from './request-facts-store.ts';

/** One migration: its SQL, and optionally work on the data after it (same transaction). */
export interface Migration {
  version: number;
  sql: string;
  /** The runner turns foreign keys off around it (a table rebuild must not cascade). */
  rebuildsTables?: true;
  after?: (db: DatabaseSync) => void;
}

export const migrations: readonly Migration[] = [
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
  {
    // Staff side (#13): each request's state and version, its history, and the
    // idempotency keys of the clock's notices (reminder, escalation, digest).
    version: 10,
    sql: `
      ALTER TABLE requests ADD COLUMN state TEXT NOT NULL DEFAULT 'new'
        CHECK (state IN ('new', 'in-progress', 'attempt-failed', 'done', 'unreachable', 'transferred'));
      ALTER TABLE requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX requests_open ON requests (state, deadline_at);

      CREATE TABLE request_history (
        id          INTEGER PRIMARY KEY,
        request_id  INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        at          TEXT NOT NULL,
        action      TEXT NOT NULL,
        state       TEXT NOT NULL,
        actor       TEXT NOT NULL,
        detail      TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX request_history_request ON request_history (request_id, id);

      CREATE TABLE staff_notices (
        key         TEXT PRIMARY KEY,
        request_id  INTEGER REFERENCES requests (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // Staff sign-in (#13): one-time sign-in links and sessions, stored as hashes only.
    version: 11,
    sql: `
      CREATE TABLE staff_sign_in_tokens (
        token_hash  TEXT PRIMARY KEY,
        email       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL,
        used_at     TEXT
      ) STRICT;
      CREATE INDEX staff_sign_in_tokens_email ON staff_sign_in_tokens (email, created_at);

      CREATE TABLE staff_sessions (
        id_hash     TEXT PRIMARY KEY,
        email       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // Accessibility requests share the requests table (one reference space, one register).
    version: 20,
    sql: `
      ALTER TABLE requests ADD COLUMN kind TEXT NOT NULL DEFAULT 'oddzwonienie'
        CHECK (kind IN ('oddzwonienie', 'dostepnosc-cyfrowa', 'dostepnosc-architektoniczna'));
    `,
  },
  {
    // Accessibility requests (#14) get their own outcomes: extended, alternative
    // access, refused. SQLite cannot change a CHECK in place, so the table is
    // rebuilt (its rows, ids and the other tables' references kept; the
    // runner turns foreign keys off around it so that dropping the old table
    // does not cascade).
    version: 21,
    rebuildsTables: true,
    sql: `
      CREATE TABLE requests_new (
        id            INTEGER PRIMARY KEY,
        reference     TEXT NOT NULL UNIQUE,
        view_token    TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('accepted', 'rejected-honeypot')),
        created_at    TEXT NOT NULL,
        topic_id      TEXT NOT NULL,
        unit_id       TEXT NOT NULL,
        deadline_at   TEXT NOT NULL,
        payload       TEXT NOT NULL,
        state         TEXT NOT NULL DEFAULT 'new'
          CHECK (state IN ('new', 'in-progress', 'attempt-failed', 'done', 'unreachable', 'transferred', 'extended', 'alternative-access', 'refused')),
        version       INTEGER NOT NULL DEFAULT 1,
        kind          TEXT NOT NULL DEFAULT 'oddzwonienie'
          CHECK (kind IN ('oddzwonienie', 'dostepnosc-cyfrowa', 'dostepnosc-architektoniczna'))
      ) STRICT;
      INSERT INTO requests_new (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, state, version, kind)
        SELECT id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, state, version, kind FROM requests;
      DROP TABLE requests;
      ALTER TABLE requests_new RENAME TO requests;
      CREATE INDEX requests_created ON requests (created_at);
      CREATE INDEX requests_open ON requests (state, deadline_at);
    `,
  },
  {
    // Register and reports (#15): anonymous facts per request that outlive the purge. No reference, name,
    // contact, free text or payload; instants to the minute; the link to the request is cleared when it goes.
    // Filled for the requests already stored.
    version: 40,
    sql: `
      CREATE TABLE request_facts (
        id                     INTEGER PRIMARY KEY,
        request_id             INTEGER UNIQUE REFERENCES requests (id) ON DELETE SET NULL,
        kind                   TEXT NOT NULL,
        law                    TEXT NOT NULL,
        channel_asked          TEXT NOT NULL,
        channel_used           TEXT,
        unit_id                TEXT NOT NULL,
        topic_id               TEXT NOT NULL,
        received_at            TEXT NOT NULL,
        received_on            TEXT NOT NULL,
        received_month         TEXT NOT NULL,
        deadline_at            TEXT NOT NULL,
        due_at                 TEXT NOT NULL,
        first_contact_at       TEXT,
        first_contact_minutes  INTEGER,
        closed_at              TEXT,
        state                  TEXT NOT NULL,
        outcome                TEXT,
        extended_to            TEXT,
        attempts               INTEGER NOT NULL DEFAULT 0,
        on_time                INTEGER CHECK (on_time IN (0, 1))
      ) STRICT;
      CREATE INDEX request_facts_received ON request_facts (received_at, id);
      CREATE INDEX request_facts_open ON request_facts (outcome, due_at);
    `,
    after: (db) => {
      recordFactsBefore(db);
    },
  },
  {
    // The staff lists (#13) read open callback requests of some units by deadline: a partial index
    // over exactly those rows, covering the count, so neither the list nor its total scans the table
    // (which keeps every closed request until the retention purge). Its WHERE must stay word for word
    // the OPEN_CALLBACKS condition of src/db/staff-store.ts, or SQLite will not use it. It replaces
    // requests_open (state, deadline_at), which the planner (with no statistics) preferred and which
    // sorts every open request of every unit to show one unit's first hundred.
    version: 50,
    sql: `
      DROP INDEX requests_open;
      CREATE INDEX requests_open_callbacks ON requests (unit_id, deadline_at, id, state, status, kind)
        WHERE status = 'accepted' AND kind = 'oddzwonienie' AND state IN ('new', 'in-progress', 'attempt-failed', 'transferred');
    `,
  },
  {
    // A request id is never given out twice, even after the newest requests are purged: an old
    // signed staff link must never open a newer request (what AUTOINCREMENT would do, which
    // SQLite cannot add to an existing table). insertRequest takes the id above this floor.
    version: 60,
    sql: `
      CREATE TABLE request_id_floor (id INTEGER NOT NULL) STRICT;
      INSERT INTO request_id_floor (id) SELECT IFNULL(MAX(id), 0) FROM requests;
      CREATE TRIGGER requests_raise_id_floor AFTER DELETE ON requests
        WHEN OLD.id > (SELECT id FROM request_id_floor)
        BEGIN UPDATE request_id_floor SET id = OLD.id; END;
    `,
  },
  {
    // The figures and the report (#15) at 100,000 requests: each of their queries reads a covering index in
    // its own order, so none sorts or visits the table (see src/db/register-store.ts, which names them):
    // - request_facts_period: one grouped pass over the period's months gives every count of the figures
    //   and the report; its columns are the GROUP BY, in order, then received_at for the period's edges.
    // - request_facts_first_contact: the minutes to first contact per unit, in order (median, 90th percentile);
    //   migration 62 puts the month first.
    // - request_facts_undecided: the requests not yet answered, the only ones whose "late" depends on the
    //   clock, by deadline (what has passed by now, and when the next one passes).
    // - request_facts_overdue replaces request_facts_open (outcome, due_at): the same order (due_at, id)
    //   for the list of what is overdue now, the unit for its count per unit, and the next deadline.
    // request_facts_version counts every change to request_facts (triggers, so any writer in any process):
    // the counts of a period are kept in memory while it stays the same (and, for what the clock changes,
    // until the next deadline passes).
    version: 61,
    sql: `
      CREATE INDEX request_facts_period ON request_facts
        (received_month, kind, law, channel_asked, unit_id, on_time, outcome, channel_used, extended_to, received_at);
      CREATE INDEX request_facts_first_contact ON request_facts (unit_id, first_contact_minutes, received_at)
        WHERE first_contact_minutes IS NOT NULL;
      CREATE INDEX request_facts_undecided ON request_facts (on_time, due_at, received_at, unit_id, law, outcome)
        WHERE on_time IS NULL;
      DROP INDEX request_facts_open;
      CREATE INDEX request_facts_overdue ON request_facts (outcome, due_at, id, unit_id);

      CREATE TABLE request_facts_version (n INTEGER NOT NULL) STRICT;
      INSERT INTO request_facts_version (n) VALUES (1);
      CREATE TRIGGER request_facts_inserted AFTER INSERT ON request_facts BEGIN UPDATE request_facts_version SET n = n + 1; END;
      CREATE TRIGGER request_facts_updated AFTER UPDATE ON request_facts BEGIN UPDATE request_facts_version SET n = n + 1; END;
      CREATE TRIGGER request_facts_deleted AFTER DELETE ON request_facts BEGIN UPDATE request_facts_version SET n = n + 1; END;
    `,
  },
  {
    // The figures after a change (#15): any write to request_facts (a submission, a staff action) changed
    // request_facts_version and so dropped every kept period, and a period was counted again in full
    // (about 75 ms at 100,000 requests). Now a period is the sum of its months, each kept while its own
    // version (request_facts_months, triggers on the month of the old and of the new row) stays the same:
    // a change today counts today's month again, not the year. The minutes to the first contact are read
    // per month too, from an index that starts with the month (the one of migration 61 read all time).
    version: 62,
    sql: `
      CREATE TABLE request_facts_months (month TEXT PRIMARY KEY, version INTEGER NOT NULL) STRICT;
      INSERT INTO request_facts_months (month, version) SELECT DISTINCT received_month, 1 FROM request_facts;
      CREATE TRIGGER request_facts_month_inserted AFTER INSERT ON request_facts BEGIN
        INSERT INTO request_facts_months (month, version) VALUES (NEW.received_month, 1) ON CONFLICT (month) DO UPDATE SET version = version + 1;
      END;
      CREATE TRIGGER request_facts_month_updated AFTER UPDATE ON request_facts BEGIN
        INSERT INTO request_facts_months (month, version) VALUES (OLD.received_month, 1) ON CONFLICT (month) DO UPDATE SET version = version + 1;
        INSERT INTO request_facts_months (month, version) VALUES (NEW.received_month, 1) ON CONFLICT (month) DO UPDATE SET version = version + 1;
      END;
      CREATE TRIGGER request_facts_month_deleted AFTER DELETE ON request_facts BEGIN
        INSERT INTO request_facts_months (month, version) VALUES (OLD.received_month, 1) ON CONFLICT (month) DO UPDATE SET version = version + 1;
      END;
      DROP INDEX request_facts_first_contact;
      CREATE INDEX request_facts_first_contact ON request_facts (received_month, unit_id, first_contact_minutes, received_at)
        WHERE first_contact_minutes IS NOT NULL;
    `,
  },
  {
    // The staff list shows, per open request, the deadline and topic as the resident was told them,
    // which live in the payload: kept in the partial index as expressions, the list reads only the
    // index and parses no JSON (reading them from the table cost a JSON parse per row per view).
    // The expressions must stay word for word LIST_COLUMNS' of src/db/staff-store.ts, like the WHERE.
    version: 70,
    sql: `
      DROP INDEX requests_open_callbacks;
      CREATE INDEX requests_open_callbacks ON requests (unit_id, deadline_at, id, state, status, kind, reference, payload ->> '$.deadlineLabel', payload ->> '$.topic.name')
        WHERE status = 'accepted' AND kind = 'oddzwonienie' AND state IN ('new', 'in-progress', 'attempt-failed', 'transferred');
    `,
  },
];
