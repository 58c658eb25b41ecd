/**
 * Markdown plugin: a line break an editor types is a line break on the page.
 * Easy-to-read text puts each sentence on its own line; plain Markdown would
 * join them into one paragraph.
 */
import { defineMdastPlugin } from 'satteri';

/** Turns every newline inside a paragraph's text into a `<br>`. */
export const lineBreaks = defineMdastPlugin({
  name: 'line-breaks',
  text(node, ctx) {
    if (!node.value.includes('\n')) return;
    const parts = node.value.split('\n');
    ctx.replaceNode(
      node,
      parts.flatMap((value, i) => (i === 0 ? [{ type: 'text' as const, value }] : [{ type: 'break' as const }, { type: 'text' as const, value }])),
    );
  },
});
