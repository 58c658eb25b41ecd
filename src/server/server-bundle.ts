/**
 * The server entry, built. After `astro build`, esbuild bundles
 * `src/server/start.ts` and the modules it imports (the `.tsx` e-mail
 * components among them) into `dist/server/start.mjs`, beside Astro's
 * `entry.mjs`; packages stay imports from `node_modules`. The server
 * process then runs JavaScript only: Node's type stripping (a WebAssembly
 * compiler that stays in memory, about 28 MB of the server's RSS under
 * `bench:load`) and the `.tsx` load hook are never loaded. The bundle is as
 * deep below the project as `start.ts`, so every path it resolves from its
 * own address (`../../dist/client/`, the project root for `content/`) is
 * the same one.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { SERVER_BUNDLE } from './server-command.ts';

/** Astro integration: after the build, bundle the server entry into {@link SERVER_BUNDLE}. */
export function serverBundle(): AstroIntegration {
  let root: URL | undefined;
  let serverDir: URL | undefined;
  return {
    name: 'server-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        serverDir = config.build.server;
      },
      'astro:build:done': async () => {
        const outfile = new URL(SERVER_BUNDLE, root);
        if (new URL('start.mjs', serverDir).href !== outfile.href) {
          throw new Error(`Serwer musi być zbudowany w ${SERVER_BUNDLE} (obok entry.mjs Astro), a build.server to ${String(serverDir)}`);
        }
        await build({
          entryPoints: [fileURLToPath(new URL('src/server/start.ts', root))],
          outfile: fileURLToPath(outfile),
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node24',
          packages: 'external',
          jsx: 'automatic',
          jsxImportSource: 'preact',
          logLevel: 'warning',
          banner: { js: '// Built by `npm run build` from src/server/start.ts (src/server/server-bundle.ts): change the sources, not this file.' },
        });
      },
    },
  };
}
