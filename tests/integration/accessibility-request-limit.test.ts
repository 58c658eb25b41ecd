/**
 * The submission limit on the accessibility request form, against the built
 * server, as on the callback form: mistakes never count, stored requests do
 * (one limit for both forms), and over it the form comes back with 429,
 * `Retry-After`, the real wait in minutes, the phone number and every answer
 * kept; nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { callbackExamples, type FormAnswers } from '../../src/callback/callback-examples.ts';
import { TEST_BASE } from '../support/test-env.ts';
import { countRows, rawRequest, startServerProcess, urlEncoded, type RawAnswer, type ServerProcess } from './server-process.ts';

const REQUEST_ACTION = `${TEST_BASE}wniosek-o-dostepnosc/?_action=accessibilityRequest`;
const CALLBACK_ACTION = `${TEST_BASE}oddzwonimy/?_action=callback`;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '2' });
});
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
});

const stored = () => countRows(server, 'SELECT COUNT(*) AS n FROM requests');
const post = (answers: FormAnswers, path = REQUEST_ACTION): Promise<RawAnswer> =>
  rawRequest(server, { method: 'POST', path, body: urlEncoded(answers), headers: { host: new URL(server.origin).host, origin: server.origin, 'content-type': 'application/x-www-form-urlencoded' } });

describe('the submission limit on /wniosek-o-dostepnosc/ (RATE_LIMIT_SUBMISSIONS=2)', () => {
  it('counts stored requests only, then answers 429 with every answer kept and the wait in minutes', async () => {
    const answers = accessibilityRequestExamples.validArchitecturalByPost.answers;
    for (let i = 0; i < 4; i++) expect((await post({ ...answers, imie: '' })).status).toBe(400);
    expect(stored()).toBe(0);
    expect((await post(answers)).status).toBe(303);
    expect((await post(accessibilityRequestExamples.validDigital.answers)).status).toBe(303);
    expect(stored()).toBe(2);

    const limited = await post(answers);
    expect([limited.status, limited.statusText]).toEqual([429, 'Too Many Requests']);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const minutes = Math.max(1, Math.ceil(retryAfter / 60));
    expect(limited.body).toContain('Ten wniosek nie został wysłany, ale Twoje odpowiedzi są w formularzu poniżej.');
    expect(limited.body).toMatch(new RegExp(`Wyślij go ponownie za ${minutes} minut`));
    expect(limited.body).toContain('86 215 67 00');
    expect(limited.body).toMatch(/<title>Błąd:/);
    expect(limited.headers['cache-control']).toBe('no-store');
    expect(limited.body).toContain('value="Maria Wiśniewska"');
    expect(limited.body).toContain('Wejście od ul. Farnej ma trzy schody i nie ma podjazdu.');
    expect(limited.body).toContain('ul. Polowa 1\n18-400 Łomża');
    expect(limited.body).toMatch(/value="budynek" checked/);
    expect(limited.body).toMatch(/value="poczta" checked/);
    expect(stored(), 'nothing stored over the limit').toBe(2);

    // A mistake over the limit still shows its own errors (it would not be stored anyway).
    expect((await post({ ...answers, imie: '' })).status).toBe(400);
    // One limit for both forms: the same client cannot send a callback request either.
    expect((await post(callbackExamples.valid.answers, CALLBACK_ACTION)).status).toBe(429);
    expect(stored()).toBe(2);
  });
});
