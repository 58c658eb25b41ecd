/** The content rule the site's pages need: a link in a Markdown page that stays inside the site names an existing page. */
import type { ContentProblem, ContentRule } from '../content/content-rule.ts';
import { routes } from './routes.ts';

/** Refuses a relative link in `content/strony/*.md` to a path that is not one of the site's pages. */
export const internalLinksRule: ContentRule = ({ pages }) => {
  const known = new Set(Object.values(routes).map((r) => r.path.replace(/\/$/, '')));
  const errors: ContentProblem[] = [];
  for (const page of pages) {
    page.text.split('\n').forEach((line, i) => {
      // Pictures (`![opis](plik)`) are checked by content/check-pages.ts, not as links.
      for (const m of line.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)) {
        if (m[1] === '!') continue;
        const target = m[2] ?? '';
        if (/^(https?:|mailto:|tel:)/.test(target) || target.startsWith('#')) continue;
        const path = target.replace(/^\.?\//, '').replace(/[#?].*$/, '').replace(/\/$/, '');
        if (!known.has(path)) {
          errors.push({ file: page.file, line: i + 1, message: `link „${target}” nie prowadzi do żadnej strony tego serwisu. Istniejące strony: ${[...known].filter(Boolean).map((k) => `${k}/`).join(', ')}` });
        }
      }
    });
  }
  return { errors };
};
