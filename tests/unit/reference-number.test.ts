import { describe, expect, it } from 'vitest';
import { REFERENCE_ALPHABET, newReference, parseReference, spellReference } from '../../src/callback/reference-number.ts';

const ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
const FORMAT = /^[34679ACDEFGHJKMNPQRTWXY]{3}-[34679ACDEFGHJKMNPQRTWXY]{3}$/;

describe('REFERENCE_ALPHABET', () => {
  it('is the agreed set of 23 characters', () => {
    expect(REFERENCE_ALPHABET).toBe(ALPHABET);
  });

  it.each(['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B', 'U', 'V'])('leaves out the look-alike character %s', (c) => {
    expect(REFERENCE_ALPHABET).not.toContain(c);
  });
});

describe('newReference', () => {
  it('builds the reference from the characters the random function picks', () => {
    const picks = [13, 3, 14, 1, 16, 21]; // K 7 M 4 P X
    const asked: number[] = [];
    const ref = newReference((max) => {
      asked.push(max);
      return picks[asked.length - 1]!;
    });
    expect(ref).toBe('K7M-4PX');
    expect(asked).toEqual([23, 23, 23, 23, 23, 23]);
  });

  it('can use the first and the last character of the alphabet', () => {
    let i = 0;
    expect(newReference(() => (i++ % 2 === 0 ? 0 : 22))).toBe('3Y3-Y3Y');
  });

  it('with the default random source gives three characters, a dash and three characters from the alphabet', () => {
    for (let i = 0; i < 200; i++) expect(newReference()).toMatch(FORMAT);
  });
});

describe('parseReference', () => {
  it.each([
    ['K7M-4PX', 'K7M-4PX'],
    ['k7m 4px', 'K7M-4PX'],
    ['K7M4PX', 'K7M-4PX'],
    ['  k7m-4px ', 'K7M-4PX'],
    ['k 7 m - 4 p x', 'K7M-4PX'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseReference(input)).toBe(expected);
  });

  it.each([
    ['a zero, which is not in the alphabet', 'K7M-4P0'],
    ['the letter O', 'K7M-4PO'],
    ['the letter S', 'K7M-4PS'],
    ['an empty text', ''],
    ['only a dash', '-'],
    ['five characters', 'K7M-4P'],
    ['seven characters', 'K7M-4PXX'],
    ['Polish letters', 'K7Ł-4PX'],
  ])('rejects %s (%j)', (_what, input) => {
    expect(parseReference(input)).toBeUndefined();
  });
});

describe('spellReference', () => {
  it('spaces out the characters and separates the groups with a dash for reading aloud', () => {
    expect(spellReference('K7M-4PX')).toBe('K 7 M – 4 P X');
  });
});
