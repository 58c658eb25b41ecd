import { describe, expect, it } from 'vitest';
import { escapeHtml, headerSafe } from '../../src/mail/mail-escape.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes an ampersand only once', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves Polish text alone', () => {
    expect(escapeHtml('Zażółć gęślą jaźń – „cytat”')).toBe('Zażółć gęślą jaźń – „cytat”');
  });
});

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
