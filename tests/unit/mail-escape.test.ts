import { describe, expect, it } from 'vitest';
import { headerSafe } from '../../src/mail/mail-escape.ts';

describe('headerSafe', () => {
  it('turns CR/LF into a space so a value cannot start a new header', () => {
    expect(headerSafe('Jan\r\nBcc: evil@example.com')).toBe('Jan Bcc: evil@example.com');
  });

  it('removes other control characters and squeezes spaces', () => {
    expect(headerSafe('  a\u0000\u0007b\t\tc \u007F d  ')).toBe('a b c d');
  });

  it('cuts to the maximum length', () => {
    expect(headerSafe('x'.repeat(250))).toHaveLength(200);
    expect(headerSafe('abcdef', 3)).toBe('abc');
  });
});
