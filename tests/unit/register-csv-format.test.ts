import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvLine } from '../../src/register/csv.ts';
import { formatInstant, formatMinutes, formatMonth, formatShare, median, monthsBetween, percentile } from '../../src/register/register-format.ts';

describe('CSV', () => {
  it('quotes a field only when it holds a semicolon, a quote or a line break, doubling quotes', () => {
    expect(csvField('Wydział Finansowy')).toBe('Wydział Finansowy');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('powiedział "tak"')).toBe('"powiedział ""tak"""');
    expect(csvField('dwie\nlinie')).toBe('"dwie\nlinie"');
  });
  it('keeps text from starting a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+48 600')).toBe("'+48 600");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField('a=b')).toBe('a=b');
  });
  it('writes numbers with a decimal comma and nothing as an empty field', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(87.5)).toBe('87,5');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
  it('joins fields with semicolons and ends a line with CRLF; the BOM is U+FEFF', () => {
    expect(csvLine(['a', 1, null, 'b;c'])).toBe('a;1;;"b;c"\r\n');
    expect(Buffer.from(CSV_BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('figures math and formats', () => {
  it('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeUndefined();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
  it('90th percentile by nearest rank', () => {
    expect(percentile([], 90)).toBeUndefined();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([3, 1, 2], 90)).toBe(3);
  });
  it('months of a period, across a year end', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });
  it('Polish durations, shares, months and Warsaw times', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(200)).toBe('3 godz. 20 min');
    expect(formatMinutes(120)).toBe('2 godz.');
    expect(formatMinutes(1440 + 240)).toBe('1 dzień 4 godz.');
    expect(formatMinutes(2 * 1440)).toBe('2 dni');
    expect(formatShare(7, 8)).toBe('87,5%');
    expect(formatShare(0, 0)).toBe('–');
    expect(formatMonth('2026-12')).toBe('grudzień 2026');
    expect(formatInstant('2026-12-02T07:15:00.000Z')).toBe('02.12.2026, 08:15');
  });
});
