/**
 * Astro integration that runs the content checker before every build and dev
 * start, so a mistake in `content/` stops the build with the editor's message
 * (Astro alone would only log a broken reference or a YAML syntax error).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from './check-content.ts';
import { checkOptionsFor, readContentFiles } from './read-content-files.ts';
import { checkSiteContent } from '../site/content-check.ts';

/** Fails `astro build` / `astro dev` when the content has errors; prints warnings. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        const root = fileURLToPath(config.root);
        const texts = readContentFiles(root);
        const production = command === 'build' && !/^https?:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(config.site ?? '');
        const report = checkSiteContent(texts, checkOptionsFor(root, texts, production));
        const lines = formatReport(report);
        if (report.errors.length === 0) {
          for (const line of lines.slice(0, -1)) process.stdout.write(`${line}\n`);
          return;
        }
        // Only the editor's list, not Astro's "unhandled error in a hook" and a stack trace:
        // stop here, with the same exit code a thrown error would give.
        process.stderr.write(`\n${lines.join('\n')}\n`);
        process.exit(1);
      },
    },
  };
}
