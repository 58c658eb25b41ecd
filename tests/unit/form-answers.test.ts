import { describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { answersFromForm, POSTED_FIELDS } from '../../src/callback/form-answers.ts';
import { schemaAt } from './helpers/callback-fixture.ts';

const schema = schemaAt(new Date('2026-12-01T11:00:00Z'));

function posted(answers: Record<string, string | string[]>): [FormData, URLSearchParams] {
  const form = new FormData();
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      form.append(k, one);
      params.append(k, one);
    }
  }
  return [form, params];
}

describe('reading a posted form', () => {
  it('reads every field the schema has, and only those', () => {
    expect([...POSTED_FIELDS].sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it('reads multipart and URL-encoded bodies the same way, for every named example and hostile text', async () => {
    const hostile = { imie: 'Zażółć Gęślą+Jaźń & co=1', opis: 'a\r\nb\u202E%20+', potrzeby: ['wolniej', 'prosty-jezyk'] };
    for (const answers of [...Object.values(callbackExamples).map((e) => e.answers), hostile]) {
      const [form, params] = posted(answers);
      // Encode and parse the bodies as they travel to the action: multipart and URL-encoded (a browser may send either).
      const multipart = await new Request('http://x/', { method: 'POST', body: form }).formData();
      const encoded = new URLSearchParams(await new Request('http://x/', { method: 'POST', body: params }).text());
      expect(answersFromForm(encoded)).toEqual(answersFromForm(multipart));
    }
  });

  it('treats an empty answer as not given and keeps every checked box', () => {
    const [, params] = posted({ imie: '', opis: 'x', potrzeby: ['wolniej', 'glosniej'], inne: 'y' });
    expect(answersFromForm(params)).toEqual({ opis: 'x', potrzeby: ['wolniej', 'glosniej'] });
    expect(answersFromForm(new URLSearchParams())).toEqual({ potrzeby: [] });
  });

  it('keeps a file where text belongs, so the schema rejects it with the field message', () => {
    const form = new FormData();
    form.append('imie', new Blob(['Jan']), 'imie.txt');
    form.append('potrzeby', new Blob(['wolniej']), 'p.txt');
    const result = schema.safeParse(answersFromForm(form));
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path[0]);
    expect(fields).toContain('imie');
    expect(fields).toContain('potrzeby');
  });
});
