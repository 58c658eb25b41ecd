/**
 * The form after a submission with errors, in every error state: each
 * answer the resident gave is still in the form (every field of every named
 * example, not only the name), and every field with an error is marked
 * `aria-invalid="true"` and described by its message. Each example is posted
 * once for both checks; each error state of page-states.ts is posted to its
 * own form, unless it is one of the examples already posted.
 */
import { expect, test, type Page } from '@playwright/test';
import { callbackExamples, type FormAnswers } from '../../src/callback/callback-examples.ts';
import { openTarget } from '../support/open-target.ts';
import { pageStates } from '../support/page-states.ts';
import { formBody } from '../support/pages.ts';
import { TEST_BASE_URL } from '../support/test-env.ts';

const FORM_ACTION = 'oddzwonimy/?_action=callback';
/** A day the form never offers: makes any example invalid through one field. */
const BROKEN = { field: 'termin', value: '2027-06-01' } as const;

/** Open the page a form shows after `answers` were posted to `path` (status 400: refused with errors). */
async function postForm(page: Page, name: string, path: string, answers: FormAnswers): Promise<void> {
  await openTarget(page, { name, kind: 'state', path, url: `${TEST_BASE_URL}${path}`, postBody: formBody(answers), expectStatus: 400 });
}

/** What the form shows for `name`: the checked values of a choice group, or the text of a field. */
async function shown(page: Page, name: string): Promise<{ kind: 'choice' | 'text'; values: string[] }> {
  const controls = page.locator(`form [name="${name}"]`);
  const found = await controls.evaluateAll((els) =>
    els.map((el) => {
      const input = el as HTMLInputElement;
      return { choice: input.type === 'radio' || input.type === 'checkbox', checked: input.checked, value: input.value };
    }),
  );
  if (found.length === 0) throw new Error(`the form has no field named ${name}`);
  if (found[0]!.choice) return { kind: 'choice', values: found.filter((c) => c.checked).map((c) => c.value) };
  return { kind: 'text', values: found.map((c) => c.value) };
}

/** Every field with an error is marked aria-invalid and described by its message, and no other field is. */
async function expectErrorsMarked(page: Page, name: string): Promise<void> {
  const messageIds = await page.locator('form .field-error[id]').evaluateAll((els) => els.map((el) => el.id));
  const summaryLinks = await page.locator('.error-summary a').count();
  expect.soft(messageIds.length, 'one message per error in the summary').toBe(summaryLinks);
  expect.soft(messageIds.length).toBeGreaterThan(0);
  for (const id of messageIds) {
    const field = id.replace(/-error$/, '');
    const controls = await page.locator(`form [name="${field}"]`).evaluateAll((els) =>
      els.map((el) => ({ id: el.id, invalid: el.getAttribute('aria-invalid'), describedBy: (el.getAttribute('aria-describedby') ?? '').split(/\s+/) })),
    );
    expect.soft(controls.length, `${name}: no field for message #${id}`).toBeGreaterThan(0);
    for (const c of controls) {
      expect.soft(c.invalid, `${name}: aria-invalid of #${c.id}`).toBe('true');
      expect.soft(c.describedBy, `${name}: aria-describedby of #${c.id}`).toContain(id);
    }
  }
  // And no field without an error says it is invalid.
  const invalid = await page.locator('form [aria-invalid="true"]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('name')))]);
  expect.soft(invalid.toSorted()).toEqual(messageIds.map((id) => id.replace(/-error$/, '')).toSorted());
}

const bodyOf = (path: string, answers: FormAnswers) => `${path}?${formBody(answers)}`;
const exampleBodies = new Set<string>();

// Every named example, posted once: the form keeps every answer and, when it has errors, marks them.
for (const [exampleName, example] of Object.entries(callbackExamples)) {
  // A valid example gets one field made invalid; an invalid one is posted as it is.
  const broken = Object.keys(example.errors).length === 0 ? BROKEN : undefined;
  const answers: FormAnswers = broken ? { ...example.answers, [broken.field]: broken.value } : example.answers;
  if (!broken) exampleBodies.add(bodyOf(FORM_ACTION, answers));
  const title = broken
    ? `the re-rendered form keeps every answer of "${exampleName}" with ${broken.field} made invalid`
    : `the re-rendered form keeps every answer of "${exampleName}", and every field with an error is aria-invalid and described by its message`;
  test(title, async ({ page }) => {
    await postForm(page, exampleName, FORM_ACTION, answers);
    await test.step('every answer is still in the form', async () => {
      await expect(page.locator('.error-summary')).toBeVisible();
      if (broken) await expect(page.locator(`#${broken.field}-error`)).toBeVisible();
      for (const [field, value] of Object.entries(answers)) {
        if (field === broken?.field) continue;
        const posted = (Array.isArray(value) ? value : [value]).filter((v) => v !== '');
        const { kind, values } = await shown(page, field);
        if (kind === 'choice') {
          if (field in example.errors) continue; // a choice the form does not offer cannot be shown checked
          expect.soft(values.toSorted(), `${exampleName}: the choices of ${field}`).toEqual(posted.toSorted());
        } else {
          expect.soft(values, `${exampleName}: the text of ${field}`).toEqual(posted.length ? posted : ['']);
        }
      }
    });
    if (!broken) await test.step('every field with an error is aria-invalid and described by its message', () => expectErrorsMarked(page, exampleName));
  });
}

// Every error state of page-states.ts (on its own form) that is not one of the examples above.
for (const state of pageStates.filter((s) => s.post && s.expectStatus === 400 && !exampleBodies.has(bodyOf(s.path, s.post)))) {
  test(`every field with an error is aria-invalid and described by its message: ${state.name}`, async ({ page }) => {
    await postForm(page, state.name, state.path, state.post!);
    await expectErrorsMarked(page, state.name);
  });
}
