/**
 * The register, its figures and CSV exports on the built server: only the
 * coordinator and POM see them, a unit gets 403, a visitor not signed in is
 * sent to sign in (pages) or gets the 403 page (downloads); bad filters get
 * Polish messages, never a file that looks like data; the numbers shown are
 * the database's own counts, purged requests included.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { seedRegister, seedSession, SESSION_COOKIE, STAFF_EMAILS } from '../support/register-seed.ts';
import { testServerEnv } from '../support/test-env.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

let server: ServerProcess;
const cookies: Record<keyof typeof STAFF_EMAILS, string> = { coordinator: '', pom: '', unit: '' };

beforeAll(async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'oddzwonimy-register-')), 'data');
  const db = openDatabase(dataDir);
  seedRegister(db);
  // A topic no content names, as text a spreadsheet would run.
  db.prepare("UPDATE request_facts SET topic_id = '=HYPERLINK(\"http://x\")' WHERE id = (SELECT MIN(id) FROM request_facts)").run();
  for (const who of Object.keys(STAFF_EMAILS) as (keyof typeof STAFF_EMAILS)[]) cookies[who] = seedSession(db, STAFF_EMAILS[who]);
  db.close();
  server = await startServerProcess({ SIGNING_KEY: testServerEnv.SIGNING_KEY }, dataDir);
});
afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
});

const get = (path: string, who?: keyof typeof STAFF_EMAILS) =>
  fetch(`${server.baseUrl}${path}`, { redirect: 'manual', headers: who ? { cookie: `${SESSION_COOKIE}=${cookies[who]}` } : {} });
const text = async (r: Response) => (await r.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const sql = (query: string) => {
  const db = new DatabaseSync(join(server.dataDir, 'oddzwonimy.sqlite'), { readOnly: true });
  try {
    return (db.prepare(query).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const YEAR = 'od=2026-01-01&do=2026-12-31';

describe('who sees the register', () => {
  it('sends a visitor not signed in to sign in, and answers downloads with the 403 page', async () => {
    for (const page of ['obsluga/rejestr/', 'obsluga/rejestr/liczby/', 'obsluga/rejestr/raport/']) {
      const r = await get(page);
      expect(r.status).toBe(303);
      expect(r.headers.get('location')).toContain('/obsluga/logowanie/');
    }
    for (const file of ['obsluga/rejestr/rejestr.csv', 'obsluga/rejestr/liczby.csv']) {
      const r = await get(`${file}?${YEAR}`);
      expect(r.status).toBe(403);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await text(r)).toContain('Zaloguj się, żeby pobrać dane z rejestru');
    }
  });

  it('refuses a unit with 403 and a link to its own list', async () => {
    for (const path of ['obsluga/rejestr/', 'obsluga/rejestr/liczby/', 'obsluga/rejestr/raport/', 'obsluga/rejestr/rejestr.csv']) {
      const r = await get(path, 'unit');
      expect(r.status).toBe(403);
      const page = await text(r);
      expect(page).toContain('Rejestr jest dla koordynatora i Punktu Obsługi Mieszkańców');
      expect(page).not.toContain('Wydział Finansowy 0');
    }
  });

  it('shows the coordinator and POM every request of both kinds, purged ones without their number', async () => {
    const all = sql("SELECT COUNT(*) AS n FROM request_facts WHERE received_at >= '2025-12-31T23:00:00Z' AND received_at < '2026-12-31T23:00:00Z'");
    expect(all).toBe(8);
    for (const who of ['coordinator', 'pom'] as const) {
      const r = await get(`obsluga/rejestr/?${YEAR}`, who);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const page = await text(r);
      expect(page).toContain(`Spełnia warunki: ${all} spraw`);
      expect(page).toContain('Żądanie dostępności cyfrowej');
      expect(page).toContain('Wniosek o dostępność architektoniczną lub informacyjno-komunikacyjną');
      expect(page.match(/dane usunięte/g)?.length).toBe(sql("SELECT COUNT(*) AS n FROM request_facts WHERE request_id IS NULL AND received_at >= '2025-12-31T23:00:00Z'"));
    }
  });
});

describe('filters', () => {
  it('count as the database does', async () => {
    const digital = sql("SELECT COUNT(*) AS n FROM request_facts WHERE kind = 'dostepnosc-cyfrowa'");
    expect(await text(await get(`obsluga/rejestr/?${YEAR}&rodzaj=dostepnosc-cyfrowa`, 'coordinator'))).toContain(`Spełnia warunki: ${digital} sprawa`);
    const late = sql("SELECT COUNT(*) AS n FROM request_facts WHERE on_time = 0 OR (on_time IS NULL AND due_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
    expect(await text(await get(`obsluga/rejestr/?od=2019-01-01&do=2027-12-31&termin=spoznione`, 'coordinator'))).toMatch(new RegExp(`Spełnia warunki: ${late} spraw`));
  });

  it('answer bad values with every message in Polish (400) and no results', async () => {
    const r = await get('obsluga/rejestr/?od=2026-05-01&do=2026-04-01&rodzaj=skarga&jednostka=nie-ma&strona=abc', 'coordinator');
    expect(r.status).toBe(400);
    const page = await text(r);
    expect(page).toContain('Popraw błędy w formularzu');
    expect(page).toContain('Początek okresu jest późniejszy niż jego koniec');
    expect(page).toContain('Nie ma takiego rodzaju');
    expect(page).toContain('Nie ma takiej jednostki');
    expect(page).toContain('Numer strony to liczba całkowita od 1');
    expect(page).not.toContain('Spełnia warunki');
  });

  it('answer a page past the end with its message and the last page', async () => {
    const r = await get(`obsluga/rejestr/?${YEAR}&strona=5`, 'coordinator');
    expect(r.status).toBe(400);
    expect(await text(r)).toContain('Nie ma strony 5: wyniki mieszczą się na 1 stronie. Wybierz stronę od 1 do 1');
  });

  it('say plainly when nothing matches', async () => {
    const r = await get('obsluga/rejestr/?od=2020-01-01&do=2020-12-31', 'coordinator');
    expect(r.status).toBe(200);
    expect(await text(r)).toContain('Brak spraw spełniających te warunki w okresie od 2020-01-01 do 2020-12-31');
  });
});

describe('CSV', () => {
  it('exports the register for Excel: BOM, semicolons, CRLF, one line per request, formulas escaped', async () => {
    const r = await get(`obsluga/rejestr/rejestr.csv?${YEAR}`, 'coordinator');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="rejestr-2026-01-01-2026-12-31.csv"');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = bytes.subarray(3).toString('utf8');
    expect(body.endsWith('\r\n')).toBe(true);
    const lines = body.split('\r\n').slice(0, -1);
    expect(lines[0]).toMatch(/^Numer \(do usunięcia danych\);Rodzaj;Podstawa prawna;Data wpływu;/);
    expect(lines).toHaveLength(1 + 8);
    expect(lines.every((l) => l.split(';').length >= 17)).toBe(true);
    expect(body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(body).not.toMatch(/;=HYPERLINK/);
  });

  it('answers bad filters with the register page and its messages, not a file', async () => {
    const r = await get('obsluga/rejestr/rejestr.csv?od=2026-13-01', 'coordinator');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await text(r)).toContain('Wpisz datę początku okresu');
  });

  it('exports the figures with the same numbers the page shows', async () => {
    const r = await get(`obsluga/rejestr/liczby.csv?${YEAR}`, 'coordinator');
    expect(r.status).toBe(200);
    const body = (await r.text()).replace(/^\uFEFF/, '');
    const kindLines = body.split('\r\n').filter((l) => l.startsWith('Wpływ w miesiącach według rodzaju sprawy;'));
    const sum = kindLines.reduce((s, l) => s + Number(l.split(';')[5]), 0);
    expect(sum).toBe(8);
  });
});

describe('figures and report pages', () => {
  it('draw SVG charts with a title and description, each followed by its table, and count as the database does', async () => {
    const r = await get(`obsluga/rejestr/liczby/?${YEAR}`, 'coordinator');
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html.match(/<svg [^>]*role="img" aria-labelledby="[a-z-]+-title [a-z-]+-desc"/g)).toHaveLength(4);
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    expect(html).toMatch(/<\/svg><\/div>\s*<div class="table-scroll"[^>]*>\s*<table class="figures-table">/);
    const page = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toContain('8 spraw');
    const overdue = sql("SELECT COUNT(*) AS n FROM request_facts WHERE outcome IS NULL AND due_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    expect(page).toContain(`Po terminie teraz ${overdue} `);
  });

  it('list the numbers of the state report by law and name what they do not cover', async () => {
    const page = await text(await get(`obsluga/rejestr/raport/?${YEAR}`, 'coordinator'));
    expect(page).toContain('Wnioski o zapewnienie dostępności (art. 30');
    expect(page).toContain('Żądania zapewnienia dostępności cyfrowej (art. 18');
    expect(page).toMatch(/art\. 30 .*Wpłynęło w okresie 1 /);
    expect(page).toContain('Czego ten system nie obejmuje');
    expect(page).toContain('Ten system nie przyjmuje i nie liczy skarg');
  });

  it('refuse an absurd period with a message', async () => {
    const r = await get('obsluga/rejestr/liczby/?od=2019-01-01&do=2026-12-31', 'coordinator');
    expect(r.status).toBe(400);
    expect(await text(r)).toContain('Okres może mieć najwyżej 1830 dni');
  });
});
