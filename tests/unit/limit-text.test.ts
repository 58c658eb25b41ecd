import { describe, expect, it } from 'vitest';
import { limitMessage, waitMinutes } from '../../src/callback/limit-text.ts';

describe('the over-the-limit message', () => {
  it('gives the real wait, in whole minutes rounded up, in the right Polish form', () => {
    expect(waitMinutes(1)).toBe(1);
    expect(waitMinutes(60)).toBe(1);
    expect(waitMinutes(61)).toBe(2);
    expect(waitMinutes(420)).toBe(7);
    expect(limitMessage(30)).toContain('za 1 minutę.');
    expect(limitMessage(150)).toContain('za 3 minuty.');
    expect(limitMessage(420)).toContain('za 7 minut.');
    expect(limitMessage(22 * 60)).toContain('za 22 minuty.');
  });

  it('says plainly that this request was not sent and the answers are kept', () => {
    const text = limitMessage(420);
    expect(text).toContain('Ta prośba nie została wysłana');
    expect(text).toContain('Twoje odpowiedzi są w formularzu');
    expect(text).not.toMatch(/kilkanaście|zobaczyły stronę/);
  });
});
