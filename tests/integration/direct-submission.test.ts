/**
 * The built server's two ways of accepting a form: a browser's URL-encoded
 * POST is accepted directly by the server, a multipart one goes through the
 * Astro action. Both must store the same request with the same e-mails; what
 * the direct path declines (errors, the honeypot, another origin) must reach
 * the page once, with nothing stored twice.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackExamples, type FormAnswers } from '../../src/callback/callback-examples.ts';
import { DATABASE_FILE } from '../../src/db/database.ts';
import { TEST_ORIGIN } from '../support/test-env.ts';
import { postForm, startServerProcess, type ServerProcess } from './server-process.ts';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '100000' });
});
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
});

function postMultipart(answers: FormAnswers): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
  return fetch(`${server.baseUrl}oddzwonimy/?_action=callback`, { method: 'POST', body: form, redirect: 'manual', headers: { origin: server.origin } });
}

interface StoredRequest {
  status: string;
  topic_id: string;
  unit_id: string;
  deadline_at: string;
  payload: string;
  mails: string;
}

function stored(reference: string): StoredRequest | undefined {
  const db = new DatabaseSync(join(server.dataDir, DATABASE_FILE), { readOnly: true });
  try {
    return db
      .prepare(
        `SELECT r.status, r.topic_id, r.unit_id, r.deadline_at, r.payload,
                (SELECT group_concat(o.kind || ':' || o.recipients, ' ') FROM outbox o WHERE o.request_id = r.id) AS mails
         FROM requests r WHERE r.reference = ?`,
      )
      .get(reference) as StoredRequest | undefined;
  } finally {
    db.close();
  }
}

function count(sql: string): number {
  const db = new DatabaseSync(join(server.dataDir, DATABASE_FILE), { readOnly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const referenceOf = (res: Response): string => new URL(res.headers.get('location')!, server.origin).searchParams.get('nr')!;

/**
 * The stored request without what differs between two submissions: the
 * reference and the time; and the timing too when the two were made in
 * different minutes (office hours and day parts change on the minute).
 */
function comparable(row: StoredRequest, sameMinute: boolean): Record<string, unknown> {
  const { reference: _r, createdAt: _c, when, deadline, deadlineLabel, ...payload } = JSON.parse(row.payload) as Record<string, unknown>;
  const { deadline_at, ...rest } = row;
  return sameMinute ? { ...rest, deadline_at, payload: { ...payload, when, deadline, deadlineLabel } } : { ...rest, payload };
}

const createdMinute = (row: StoredRequest): string => (JSON.parse(row.payload) as { createdAt: string }).createdAt.slice(0, 16);

/** The direct path answers its 303 with an empty body of known length; Astro streams its redirect. */
const answeredDirectly = (res: Response): boolean => res.headers.get('content-length') === '0';

describe('the direct path and the Astro action', () => {
  it('says at start that the form was checked and the direct path is on', () => {
    expect(server.output()).toContain('Formularz sprawdzony');
    expect(server.output()).not.toContain('UWAGA');
  });

  it('store the same request and e-mails for every valid example', async () => {
    const valid = Object.entries(callbackExamples).filter(([, e]) => Object.keys(e.errors).length === 0);
    expect(valid.length).toBeGreaterThanOrEqual(3);
    for (const [name, example] of valid) {
      const direct = await postForm(server, example.answers);
      const viaPage = await postMultipart(example.answers);
      expect([direct.status, viaPage.status], name).toEqual([303, 303]);
      for (const res of [direct, viaPage]) expect(res.headers.get('location'), name).toMatch(/\/oddzwonimy\/przyjete\/\?nr=[A-Z0-9]{3}-[A-Z0-9]{3}&t=/);
      expect([answeredDirectly(direct), answeredDirectly(viaPage)], name).toEqual([true, false]);
      const a = stored(referenceOf(direct));
      const b = stored(referenceOf(viaPage));
      expect(a?.status, name).toBe('accepted');
      const sameMinute = createdMinute(a!) === createdMinute(b!);
      expect(comparable(a!, sameMinute), name).toEqual(comparable(b!, sameMinute));
      expect(a!.mails, name).toContain('staff:');
    }
  });

  it('let the page show the errors of an invalid form, storing nothing', async () => {
    const before = count('SELECT COUNT(*) AS n FROM requests');
    for (const [name, example] of Object.entries(callbackExamples)) {
      if (Object.keys(example.errors).length === 0) continue;
      const res = await postForm(server, example.answers);
      expect(res.status, name).toBe(400);
      expect(res.statusText, name).toBe('Bad Request');
      const page = await res.text();
      expect(page, name).toMatch(/<title>Błąd:/);
      for (const message of Object.values(example.errors)) expect(page, name).toContain(message.replace(/"/g, '&quot;'));
    }
    expect(count('SELECT COUNT(*) AS n FROM requests')).toBe(before);
  });

  it('record a filled honeypot once, without e-mail', async () => {
    const before = count(`SELECT COUNT(*) AS n FROM requests WHERE status = 'rejected-honeypot'`);
    const res = await postForm(server, { ...callbackExamples.valid.answers, strona_www: 'http://spam.example' });
    expect(res.status).toBe(400);
    expect(count(`SELECT COUNT(*) AS n FROM requests WHERE status = 'rejected-honeypot'`)).toBe(before + 1);
  });

  it('refuse a valid form from another origin', async () => {
    const before = count('SELECT COUNT(*) AS n FROM requests');
    const body = new URLSearchParams(callbackExamples.validMinimal.answers as Record<string, string>);
    const res = await fetch(`${server.baseUrl}oddzwonimy/?_action=callback`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(count('SELECT COUNT(*) AS n FROM requests')).toBe(before);
  });

  it('work behind a proxy that forwards the public address (SITE_URL), valid or not', async () => {
    // The server listens on a random port; the "proxy" says the public address is the build's SITE_URL.
    const proxy = { 'x-forwarded-host': new URL(TEST_ORIGIN).host, 'x-forwarded-proto': 'http', origin: TEST_ORIGIN };
    const url = `${server.baseUrl}oddzwonimy/?_action=callback`;
    const encoded = (answers: FormAnswers) => {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
      return body;
    };
    const form = new FormData();
    for (const [k, v] of encoded(callbackExamples.valid.answers)) form.append(k, v);
    const direct = await fetch(url, { method: 'POST', body: encoded(callbackExamples.valid.answers), redirect: 'manual', headers: { ...proxy, 'content-type': 'application/x-www-form-urlencoded' } });
    const viaPage = await fetch(url, { method: 'POST', body: form, redirect: 'manual', headers: proxy });
    const invalid = await fetch(url, { method: 'POST', body: encoded(callbackExamples.phoneMissing.answers), redirect: 'manual', headers: { ...proxy, 'content-type': 'application/x-www-form-urlencoded' } });
    expect([direct.status, viaPage.status, invalid.status]).toEqual([303, 303, 400]);
    expect([answeredDirectly(direct), answeredDirectly(viaPage)]).toEqual([true, false]);
    expect(await invalid.text()).toContain(callbackExamples.phoneMissing.errors.telefon);
  });
});
