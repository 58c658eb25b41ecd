/**
 * Astro integration that runs the content checker before every build and dev
 * start, so a mistake in `content/` stops the build with the editor's message
 * (Astro alone would only log a broken reference or a YAML syntax error).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from './check-content.ts';
import { checkSiteContent } from '../site/content-check.ts';
import { checkOptionsFor, readContentFiles } from './read-content-files.ts';

/** Fails `astro build` / `astro dev` when the content has errors; prints warnings. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const texts = readContentFiles(root);
        const production = command === 'build' && !/^https?:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(config.site ?? '');
        const report = checkSiteContent(texts, checkOptionsFor(root, texts, production));
        for (const w of report.warnings) logger.warn(formatProblem(w));
        if (report.errors.length > 0) {
          const list = report.errors.map((e) => `  - ${formatProblem(e)}`).join('\n');
          throw new Error(`Treści w content/ mają błędy (${report.errors.length}). Popraw je i zbuduj stronę ponownie:\n${list}`);
        }
      },
    },
  };
}
