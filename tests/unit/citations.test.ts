import { describe, expect, it } from 'vitest';
import { anchorId, citation } from '../../src/procedure/citations.ts';

describe('anchorId', () => {
  it('names a paragraph, a point and a lettered standard', () => {
    expect(anchorId({ par: 4 })).toBe('par-4');
    expect(anchorId({ par: 4, ust: 1 })).toBe('par-4-ust-1');
    expect(anchorId({ par: 4, ust: 1, lit: 'l' })).toBe('par-4-ust-1-lit-l');
  });

  it('handles numbers of more than one digit', () => {
    expect(anchorId({ par: 12, ust: 10 })).toBe('par-12-ust-10');
  });
});

describe('citation', () => {
  it('cites a paragraph, a point and a lettered standard as lawyers write them', () => {
    expect(citation({ par: 4 })).toBe('§ 4');
    expect(citation({ par: 4, ust: 1 })).toBe('§ 4 ust. 1');
    expect(citation({ par: 4, ust: 1, lit: 'l' })).toBe('§ 4 ust. 1 lit. l');
  });
});
