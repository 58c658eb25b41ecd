/**
 * Generates a large register for benchmarks and count checks: `requests`
 * stored requests of both kinds spread over the last two years, with
 * exactly `history` history rows among them, and their facts computed by
 * the same function the server uses. Deterministic (seeded). No real
 * personal data: names and addresses are placeholders.
 *
 *   node scripts/register-data.ts DATA_DIR [--requests 100000] [--history 400000]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { REFERENCE_ALPHABET } from '../src/callback/reference-number.ts';
import { openDatabase, transaction, type Database } from '../src/db/database.ts';
import { factsOf } from '../src/register/request-facts.ts';

/** What to generate. */
export interface RegisterDataOptions {
  requests: number;
  history: number;
  /** The newest request's time (the others go back two years from it). */
  now: Date;
  seed?: number;
}

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = (file: string) => (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((x) => x.id);

/** Reference number `i` (unique for i < 23^6). */
function reference(i: number): string {
  let s = '';
  let n = i;
  for (let k = 0; k < 6; k++) {
    s += REFERENCE_ALPHABET[n % REFERENCE_ALPHABET.length];
    n = Math.floor(n / REFERENCE_ALPHABET.length);
  }
  return `${s.slice(0, 3)}-${s.slice(3)}`;
}

/** Fill `db` (already migrated, empty) with the generated register; returns the counts written. */
export function generateRegisterData(db: Database, o: RegisterDataOptions): { requests: number; history: number } {
  const rnd = random(o.seed ?? 15);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const units = ids('content/jednostki.yaml');
  const topics = ids('content/sprawy.yaml');
  const methods = ['telefon', 'telefon', 'telefon', 'sms', 'email', 'email', 'wideo-pjm'] as const;
  const span = 2 * 365 * 86_400_000;
  const start = o.now.getTime() - span;
  const kinds = Array.from({ length: o.requests }, () => {
    const x = rnd();
    return x < 0.85 ? 'oddzwonienie' : x < 0.95 ? 'dostepnosc-cyfrowa' : 'dostepnosc-architektoniczna';
  });
  const callbacks = kinds.filter((k) => k === 'oddzwonienie').length;
  // Callbacks carry the history: 4 rows each, and one more for the first ones until the total is met.
  const base = Math.min(4, Math.floor(o.history / Math.max(1, callbacks)));
  let extra = o.history - base * callbacks;

  const insertRequest = db.prepare(
    `INSERT INTO requests (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, kind, state, version)
     VALUES (?, ?, 'bench', 'accepted', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertHistory = db.prepare('INSERT INTO request_history (request_id, version, at, action, state, actor, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertFacts = db.prepare(
    `INSERT INTO request_facts (request_id, kind, law, channel_asked, channel_used, unit_id, topic_id, received_at, received_on, received_month, deadline_at, due_at,
       first_contact_at, first_contact_minutes, closed_at, state, outcome, extended_to, attempts, on_time)
     VALUES (:request_id, :kind, :law, :channel_asked, :channel_used, :unit_id, :topic_id, :received_at, :received_on, :received_month, :deadline_at, :due_at,
       :first_contact_at, :first_contact_minutes, :closed_at, :state, :outcome, :extended_to, :attempts, :on_time)`,
  );
  let historyRows = 0;
  const CHUNK = 10_000;
  for (let from = 0; from < o.requests; from += CHUNK) {
    transaction(db, () => {
      for (let i = from; i < Math.min(o.requests, from + CHUNK); i++) {
        const id = i + 1;
        const kind = kinds[i]!;
        const createdMs = Math.floor(start + (i / o.requests) * span + rnd() * 3_600_000);
        const created = new Date(createdMs).toISOString();
        const callback = kind === 'oddzwonienie';
        const unit = callback ? pick(units) : 'koordynator';
        const topic = callback ? pick(topics) : kind === 'dostepnosc-cyfrowa' ? 'strona' : pick(['budynek', 'obsluga']);
        const deadline = new Date(createdMs + (callback ? 86_400_000 : (kind === 'dostepnosc-cyfrowa' ? 7 : 14) * 86_400_000)).toISOString();
        const method = callback ? pick(methods) : pick(['email', 'telefon', 'poczta']);
        const payload = callback
          ? { reference: reference(i), createdAt: created, topic: { id: topic, name: topic }, unit: { id: unit, name: unit, phone: '+48862156700', emails: [] }, name: 'Osoba Testowa', contact: { method, phone: '+48600000000' }, when: { kind: 'asap', label: 'jak najszybciej' }, deadline, deadlineLabel: deadline, needs: [] }
          : { reference: reference(i), createdAt: created, law: kind === 'dostepnosc-cyfrowa' ? 'cyfrowa' : 'architektoniczna', place: topic, barrier: 'Opis bariery', name: 'Osoba Testowa', reply: { channel: method } };
        const history: { at: string; action: string; state: string; detail: string }[] = [];
        let state = 'new';
        if (callback) {
          const rows = base + (extra > 0 ? 1 : 0);
          if (extra > 0) extra--;
          const recent = createdMs > o.now.getTime() - 3 * 86_400_000;
          const late = rnd() < 0.1;
          for (let r = 0; r < rows; r++) {
            const atMs = createdMs + (late ? 30 * 3_600_000 : 20 * 60_000) + r * (40 + Math.floor(rnd() * 200)) * 60_000;
            const last = r === rows - 1;
            const action = r === 0 ? 'take' : last && !recent ? (rnd() < 0.93 ? 'done' : 'unreachable') : 'attempt';
            state = action === 'take' ? 'in-progress' : action === 'attempt' ? 'attempt-failed' : action;
            history.push({ at: new Date(atMs).toISOString(), action, state, detail: action === 'done' ? JSON.stringify({ channel: method }) : '{}' });
          }
        }
        insertRequest.run(id, reference(i), created, topic, unit, deadline, JSON.stringify(payload), kind, state, 1 + history.length);
        history.forEach((h, v) => insertHistory.run(id, v + 2, h.at, h.action, h.state, 'Pracownik', h.detail));
        historyRows += history.length;
        const facts = factsOf({ kind, state, created_at: created, deadline_at: deadline, unit_id: unit, topic_id: topic, payload, history });
        insertFacts.run({ request_id: id, ...facts });
      }
    });
  }
  return { requests: o.requests, history: historyRows };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { requests: { type: 'string', default: '100000' }, history: { type: 'string', default: '400000' } } });
  const dir = positionals[0];
  if (!dir) throw new Error('Podaj folder danych: node scripts/register-data.ts DATA_DIR');
  const db = openDatabase(dir);
  const t0 = performance.now();
  const r = generateRegisterData(db, { requests: Number(values.requests), history: Number(values.history), now: new Date() });
  db.close();
  console.log(`Zapisano ${r.requests} próśb i ${r.history} wpisów historii w ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s).`);
}
