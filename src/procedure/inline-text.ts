/**
 * The small inline markup editors may use in the procedure's text:
 * `*word*` for emphasis and `<https://…>` for a link (as in the city's
 * original). Everything else is plain text.
 */

/** A run of the text: plain, emphasised, or a link whose text is its address. */
export type InlineSegment = { kind: 'text'; text: string } | { kind: 'em'; text: string } | { kind: 'link'; href: string };

const token = /\*([^\s*](?:[^*\n]*[^\s*])?)\*|<(https?:\/\/[^>\s]+)>/g;

/** Split a text into segments to render. */
export function parseInline(text: string): InlineSegment[] {
  const out: InlineSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(token)) {
    const at = m.index;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (m[1] !== undefined) out.push({ kind: 'em', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'link', href: m[2] });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
