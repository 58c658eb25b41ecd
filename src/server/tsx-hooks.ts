/**
 * Lets Node load the e-mail components (`.tsx`) outside Astro and outside
 * the built server (esbuild compiles those at build time, server-bundle.ts):
 * in the scripts that render or send mail from the sources (`mail:test`,
 * `test:pa11y`, `test:html`, `bench:register` in package.json). Node strips
 * TypeScript types itself but does not know JSX; this load hook compiles
 * `.tsx` with esbuild (Preact's automatic runtime, as in tsconfig.json).
 * Preloaded with `--import=./src/server/tsx-hooks.ts`.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith('.tsx')) return nextLoad(url, context);
    const file = fileURLToPath(url);
    const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'tsx', format: 'esm', jsx: 'automatic', jsxImportSource: 'preact', sourcefile: file, sourcemap: 'inline', target: 'node24' });
    return { format: 'module', source: code, shortCircuit: true };
  },
});
