/**
 * Markdown plugin: office-fact placeholders (`{{telefon}}`, see
 * `office-facts.ts`) in the pages of `content/strony/` become the office's
 * values from `content/urzad.yaml`: the phone and e-mail as links; every
 * phone number and postcode (with its town) kept on one line. The office file is read when a page is
 * rendered, after the content checker has validated it.
 */
import { readFileSync } from 'node:fs';
import { defineMdastPlugin } from 'satteri';
import { parse } from 'yaml';
import { contentFiles } from './content-files.ts';
import { expandOfficeFacts } from './office-facts.ts';
import { officeSchema, type Office } from './schemas.ts';

/** The office record of the project in `root` (validated). */
export function readOffice(root: string): Office {
  return officeSchema.parse(parse(readFileSync(`${root}/${contentFiles.office}`, 'utf8')));
}

/** The plugin; `office` is called for each page, so an edited `urzad.yaml` is picked up on the next build. */
export function officeFacts(office: () => Office) {
  return defineMdastPlugin({
    name: 'office-facts',
    text(node, ctx) {
      const segments = expandOfficeFacts(node.value, office());
      if (segments.length === 1 && segments[0]?.kind === 'text' && segments[0].text === node.value) return;
      const nodes = segments.map((s) => {
        if (s.kind === 'text') return { type: 'text' as const, value: s.text };
        if (s.kind === 'link') return { type: 'link' as const, url: s.href, children: [{ type: 'text' as const, value: s.text }] };
        return { type: 'nowrap', children: [{ type: 'text' as const, value: s.text }], data: { hName: 'span', hProperties: { className: ['nowrap'] } } };
      });
      ctx.replaceNode(node, nodes);
    },
  });
}
