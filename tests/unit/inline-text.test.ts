import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src/procedure/inline-text.ts';

describe('parseInline', () => {
  it('marks a word between asterisks as emphasis', () => {
    expect(parseInline('wyciszyć telefon, wykorzystując funkcję *hold*,')).toEqual([
      { kind: 'text', text: 'wyciszyć telefon, wykorzystując funkcję ' },
      { kind: 'em', text: 'hold' },
      { kind: 'text', text: ',' },
    ]);
  });

  it('turns an address in angle brackets into a link', () => {
    expect(parseInline('na stronie <http://www.lomza.pl/bip/> w zakładce')).toEqual([
      { kind: 'text', text: 'na stronie ' },
      { kind: 'link', href: 'http://www.lomza.pl/bip/' },
      { kind: 'text', text: ' w zakładce' },
    ]);
  });

  it('keeps the full stop after a link as text', () => {
    expect(parseInline('Urzędu: <http://www.lomza.pl/ksiazkatel.php>.')).toEqual([
      { kind: 'text', text: 'Urzędu: ' },
      { kind: 'link', href: 'http://www.lomza.pl/ksiazkatel.php' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('returns plain text as one run', () => {
    expect(parseInline('należy zawsze oddzwonić w umówionym terminie,')).toEqual([{ kind: 'text', text: 'należy zawsze oddzwonić w umówionym terminie,' }]);
  });

  it('leaves a lone asterisk as text', () => {
    expect(parseInline('przypis * na końcu')).toEqual([{ kind: 'text', text: 'przypis * na końcu' }]);
  });

  it('does not emphasise across a line break', () => {
    expect(parseInline('a *b\nc* d')).toEqual([{ kind: 'text', text: 'a *b\nc* d' }]);
  });

  it('does not link an address that is not http(s)', () => {
    expect(parseInline('<ftp://lomza.pl/plik>')).toEqual([{ kind: 'text', text: '<ftp://lomza.pl/plik>' }]);
  });

  it('gives nothing for an empty text', () => {
    expect(parseInline('')).toEqual([]);
  });
});
