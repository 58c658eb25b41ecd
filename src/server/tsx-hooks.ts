/**
 * Lets the server process import `.tsx` modules (the e-mail components the
 * clock renders): Node strips types from `.ts` itself but not JSX, so this
 * in-thread load hook compiles `.tsx` with esbuild (Astro's own dependency)
 * for Preact's automatic JSX runtime. Import it before any `.tsx` module.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith('.tsx')) return nextLoad(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    const { code } = transformSync(source, { loader: 'tsx', jsx: 'automatic', jsxImportSource: 'preact', format: 'esm', sourcefile: fileURLToPath(url), target: 'node24' });
    return { format: 'module', source: code, shortCircuit: true };
  },
});
