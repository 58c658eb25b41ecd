/**
 * Comparing the two parts of an e-mail: every line of the text part must be
 * visible in the HTML part (Outlook shows only the HTML), links as links.
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a reader sees of an HTML document, as one line: no head, tags gone, blocks separated by spaces. */
export function visibleText(html: string): string {
  const body = html.replace(/<head[\s\S]*?<\/head>/i, '');
  return squeeze(decode(body.replace(/<\/?(?:p|h[1-6]|li|ul|ol|tr|td|th|table|tbody|div|br|body|html)\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '')));
}

/** The targets of the document's links. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)].map((m) => decode(m[1]!));
}

/**
 * The lines of `text` that the HTML does not show. List markers ("- ",
 * "[ ] ") are dropped, a line that is a bare link must be a link target, and
 * a heading in capitals may be in any case in the HTML.
 */
export function missingFacts(text: string, html: string): string[] {
  const visible = visibleText(html);
  const links = new Set(linkTargets(html));
  return text.split('\n').flatMap((raw) => {
    const line = squeeze(raw).replace(/^(?:- |\[ \] )/, '');
    if (line === '') return [];
    if (/^https?:\/\/\S+$/.test(line)) return links.has(line) ? [] : [raw];
    const heading = line === line.toLocaleUpperCase('pl') && /\p{Lu}/u.test(line);
    const found = heading ? visible.toLocaleLowerCase('pl').includes(line.toLocaleLowerCase('pl')) : visible.includes(line);
    return found ? [] : [raw];
  });
}
