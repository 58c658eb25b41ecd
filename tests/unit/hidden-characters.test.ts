/**
 * Free text keeps nothing that can hide or reorder it: every control (Cc) and
 * format (Cf) character, the Hangul fillers and the other invisible selectors
 * go, in every free-text field of the form; newlines stay in multi-line
 * fields, and Polish text and emoji stay as typed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { callbackFormSchema, cleanLine, cleanText } from '../../src/callback/callback-schema.ts';
import { removeHiddenCharacters } from '../../src/callback/hidden-characters.ts';
import { asActionInput, topics } from './helpers/real-content.ts';

/** Every code point of the categories, found by scanning Unicode (independent of the implementation's pattern). */
function codePoints(pattern: RegExp): string[] {
  const found: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    if (pattern.test(char)) found.push(char);
  }
  return found;
}
/** Tab, CR and LF are controls the callers turn into spaces or line breaks. */
const controls = codePoints(/^\p{Cc}$/u).filter((c) => !'\t\n\r'.includes(c));
const formats = codePoints(/^\p{Cf}$/u);
/** Blank letters and selectors that render as nothing. */
const fillers = [
  '\u115F', '\u1160', '\u3164', '\uFFA0', // Hangul fillers
  '\u034F', '\u17B4', '\u17B5', '\u180B', '\u180C', '\u180D', '\u180F', // grapheme joiner, Khmer inherent vowels, Mongolian selectors
  ...Array.from({ length: 16 }, (_, i) => String.fromCodePoint(0xfe00 + i)), // variation selectors 1–16
  ...Array.from({ length: 240 }, (_, i) => String.fromCodePoint(0xe0100 + i)), // variation selectors 17–256
  '\uD800', '\uDFFF', // lone surrogates
];
const hidden = fc.constantFrom(...controls, ...formats, ...fillers);
/** Ordinary Polish text, with spaces and line breaks. */
const polish = fc.string({ unit: fc.constantFrom(...'aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄĆĘŁŃÓŚŹŻ0123456789 .,;:!?()-–„”\n'), maxLength: 80 });
/** Polish text with hidden characters put anywhere in it. */
const withHidden = fc
  .tuple(polish, fc.array(fc.tuple(fc.nat(), hidden), { minLength: 1, maxLength: 12 }))
  .map(([text, inserts]) => {
    const chars = [...text];
    for (const [at, char] of inserts) chars.splice(at % (chars.length + 1), 0, char);
    return { text, hostile: chars.join('') };
  })
  // The two lone surrogates put side by side, high then low, are no longer lone: they make U+103FF, a character that is not hidden.
  .filter(({ hostile }) => !hostile.includes('\uD800\uDFFF'));

const schema = callbackFormSchema({ topicIds: topics.map((t) => t.id), timing: () => undefined });
const FREE_TEXT = { opis: 'multi', imie: 'line', osoba: 'line', relacja: 'line', telefon: 'line', email: 'line', potrzeby_opis: 'multi' } as const;

describe('hidden characters in free text', () => {
  it('covers the categories it claims', () => {
    expect(controls).toHaveLength(62);
    expect(formats.length).toBeGreaterThan(150);
    for (const c of ['\u061C', '\u00AD', '\u180E', '\u200B', '\u200E', '\u202E', '\u2066', '\uFEFF', '\u{E0001}', '\u{E0041}']) expect(formats).toContain(c);
  });

  it('removes every Cc, Cf and filler character wherever it stands: the answer is as if it had never been typed', () => {
    fc.assert(
      fc.property(withHidden, ({ text, hostile }) => {
        expect(cleanLine(hostile)).toBe(cleanLine(text));
        expect(cleanText(hostile)).toBe(cleanText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no control, format or filler character in any answer, emoji or not', () => {
    const anything = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), hidden, fc.constantFrom('👩‍💻', '❤️', '1️⃣', '👍🏽')), { maxLength: 30 }).map((parts) => parts.join(''));
    const allowed = new Set(['\u200D', '\uFE0E', '\uFE0F']); // only inside an emoji sequence, see the examples below
    fc.assert(
      fc.property(anything, (input) => {
        for (const [out, keep] of [[cleanLine(input), ''], [cleanText(input), '\n']] as const) {
          const left = [...out].filter((c) => /[\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(c) && !keep.includes(c) && !allowed.has(c));
          expect(left.map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['Arabic letter mark U+061C', 'Jan\u061C Kowalski'],
    ['soft hyphen U+00AD', 'Jan Kow\u00ADalski'],
    ['Mongolian vowel separator U+180E', 'Jan\u180E Kowalski'],
    ['Hangul filler U+3164', 'Jan \u3164Kowalski'],
    ['Hangul fillers U+115F, U+1160, U+FFA0', 'Jan\u115F\u1160 \uFFA0Kowalski'],
    ['tag characters', 'Jan Kowalski\u{E0001}\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}\u{E007F}'],
    ['bidi override and isolates', '\u202EJan\u202C \u2067Kowalski\u2069'],
    ['zero-width space, joiner, non-joiner, word joiner, BOM', 'J\u200Ba\u200Dn\u200C \u2060Kowalski\uFEFF'],
    ['variation selectors after letters', 'Jan\uFE0F Kowalski\u{E0100}\u{E0101}'],
    ['C1 controls and DEL', 'Jan\u0085\u009B Kowalski\u007F'],
  ])('removes the %s', (_name, typed) => {
    expect(cleanLine(typed)).toBe('Jan Kowalski');
    expect(removeHiddenCharacters(typed).normalize('NFC').replace(/\s+/g, ' ')).toBe('Jan Kowalski');
  });

  it('keeps Polish text, newlines in multi-line answers, and emoji sequences as typed', () => {
    expect(cleanLine('Zażółć gęślą jaźń – ŹDŹBŁO „cudzysłów”')).toBe('Zażółć gęślą jaźń – ŹDŹBŁO „cudzysłów”');
    expect(cleanText('Pierwsza linia\nDruga linia\r\nTrzecia')).toBe('Pierwsza linia\nDruga linia\nTrzecia');
    for (const emoji of ['😀', '❤️', '☺︎', '1️⃣', '#️⃣', '👍🏽', '👩‍💻', '👨‍👩‍👧', '❤️‍🔥', '🧑🏽‍⚕️', '🇵🇱']) expect(cleanLine(`Dziękuję ${emoji}`)).toBe(`Dziękuję ${emoji}`);
    // A run of selectors hiding data behind an emoji keeps only the one that shapes it.
    expect(cleanLine('OK 😀\uFE0F\uFE0F\u{E0100}\u{E0142}')).toBe('OK 😀\uFE0F');
    // A joiner that joins no emoji goes.
    expect(cleanLine('a\u200D😀 😀\u200Db')).toBe('a😀 😀b');
    // A subdivision flag loses its tag characters (they can carry hidden text): the black flag stays.
    expect(cleanLine('🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}')).toBe('🏴');
  });

  it('cleans every free-text field of the form', () => {
    const valid = callbackExamples.validOnBehalfByEmail.answers as Record<string, string | string[]>;
    const clean = schema.parse(asActionInput(valid)) as Record<string, unknown>;
    for (const [field, kind] of Object.entries(FREE_TEXT)) {
      const original = field === 'telefon' ? '600 100 200' : String(valid[field]);
      const typed = `\u202E${[...original].join('\u200B')}\u00AD\u3164${kind === 'multi' ? '\n\u2066' : ''}`;
      const parsed = schema.parse(asActionInput({ ...valid, [field]: typed })) as Record<string, unknown>;
      const expected = field === 'telefon' ? schema.parse(asActionInput({ ...valid, telefon: original })).telefon : clean[field];
      expect(parsed[field], field).toBe(expected);
    }
  });
});
