/**
 * Dependencies point one way. Every module under `src/` belongs to one layer
 * below; a pure layer imports no I/O, nothing from Astro's virtual modules,
 * and no module of a layer above it. The browser island must not pull zod
 * in. (The idea comes from Starlight's no-internal-barrel-imports test.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Layer {
  name: string;
  /** Pure: no I/O, no `astro:*`, nothing from a layer above. */
  pure: boolean;
  /** Folders (ending in `/`) or files, relative to the project. */
  members: readonly string[];
  /** Packages this layer must not import even though they do no I/O. */
  forbiddenPackages?: readonly string[];
  /** Node built-ins this pure layer may import because what it uses of them parses text and does no I/O. */
  textOnlyBuiltins?: readonly string[];
}

/** The layers, lowest first: a module may import only its own layer and those listed before it. */
const LAYERS: readonly Layer[] = [
  { name: 'calendar', pure: true, members: ['src/calendar/'], forbiddenPackages: ['zod', 'yaml'] },
  { name: 'phone numbers', pure: true, members: ['src/phone/'], forbiddenPackages: ['zod', 'yaml'] },
  { name: 'request guards (limiter, client address, hosts)', pure: true, members: ['src/guards/'], forbiddenPackages: ['zod', 'yaml'], textOnlyBuiltins: ['node:net'] }, // isIPv4/isIPv6 only
  {
    name: 'schemas',
    pure: true,
    members: [
      'src/content/schemas.ts',
      'src/content/content-files.ts',
      'src/content/content-rule.ts',
      'src/content/check-content.ts',
      'src/content/yaml-mistakes.ts',
      // Office facts in page texts and the checks of pages and the statement: plain functions of the parsed
      // content (check-pages.ts uses node:path's posix helpers for strings only, no file system).
      'src/content/office-facts.ts',
      'src/content/keep-together.ts',
      'src/content/check-placeholders.ts',
      'src/content/check-pages.ts',
      'src/content/check-statement.ts',
    ],
  },
  { name: 'procedure', pure: true, members: ['src/procedure/'] },
  // A new file of callback/ or mail/ is pure unless it is named among the services below.
  { name: 'routing (the callback request, its options, schema, wording and routing)', pure: true, members: ['src/callback/'] },
  { name: 'accessibility requests (laws, clocks, schema, examples)', pure: true, members: ['src/accessibility-requests/'] },
  { name: 'staff rules (states, links, access, the action schema)', pure: true, members: ['src/staff/'] },
  { name: 'rendering (e-mails as components)', pure: true, members: ['src/mail/'] },
  { name: 'browser islands', pure: true, members: ['src/islands/'] },
  { name: 'settings', pure: false, members: ['src/config/'] },
  { name: 'database', pure: false, members: ['src/db/'] },
  {
    name: 'services (storing a request, composing and sending its mail)',
    pure: false,
    members: ['src/staff/staff-service.ts', 'src/staff/accessibility-service.ts', 'src/staff/accessibility-clock.ts', 'src/staff/staff-clock.ts', 'src/staff/staff-sign-in.ts', 'src/staff/signing-key.ts', 'src/callback/callback-service.ts', 'src/accessibility-requests/request-service.ts', 'src/mail/callback-mails.ts', 'src/mail/mail-transport.ts', 'src/mail/outbox-worker.ts'],
  },
  {
    name: 'site (Astro glue, pages, components)',
    pure: false,
    members: ['src/site/', 'src/actions/', 'src/middleware.ts', 'src/pages/', 'src/components/', 'src/layouts/', 'src/styles/', 'src/content.config.ts', 'src/content/yaml-singleton-loader.ts', 'src/content/markdown-line-breaks.ts', 'src/content/markdown-site-links.ts', 'src/content/markdown-office-facts.ts'],
  },
  { name: 'tooling (content check entry points)', pure: false, members: ['src/content/read-content-files.ts', 'src/content/content-check-integration.ts'] },
  { name: 'server process', pure: false, members: ['src/server/'] },
];

/** Imports that do I/O or need a running Astro: never in a pure module. */
const IO = /^(node:)?(fs|fs\/promises|sqlite|child_process|net|http|https|http2|dgram|dns|tls|worker_threads|cluster|readline)$|^(nodemailer|smtp-server)(\/|$)|^astro(:|\/|$)/;

const root = process.cwd();
const sourceFile = /\.(ts|tsx|astro|mjs|js)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [relative(root, full).split('\\').join('/')];
  });
}

const sources = filesUnder(join(root, 'src')).filter((f) => sourceFile.test(f) && !f.endsWith('.d.ts'));

function layerOf(file: string): number {
  const matches = LAYERS.flatMap((layer, index) => (layer.members.some((m) => (m.endsWith('/') ? file.startsWith(m) : file === m)) ? [index] : []));
  // A file named directly wins over its folder.
  const exact = matches.find((i) => LAYERS[i]!.members.includes(file));
  return exact ?? matches[0] ?? -1;
}

interface ImportEdge {
  specifier: string;
  typeOnly: boolean;
}

/** Import and re-export specifiers of a module (static and dynamic), in an Astro file from its frontmatter and scripts too. */
function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const edges: ImportEdge[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    edges.push({ specifier: m[4]!, typeOnly: m[2] !== undefined });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) edges.push({ specifier: m[1]!, typeOnly: false });
  return edges;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(root, resolve(dirname(join(root, from)), specifier)).split('\\').join('/');
  return existsSync(join(root, target)) ? target : undefined;
}

describe('layers', () => {
  it('places every module of src/ in exactly one layer', () => {
    expect(sources.filter((f) => layerOf(f) === -1)).toEqual([]);
  });

  it('keeps pure modules free of I/O, Astro and anything from a layer above', () => {
    const offences: string[] = [];
    for (const file of sources) {
      const own = layerOf(file);
      const layer = LAYERS[own]!;
      if (!layer.pure) continue;
      for (const { specifier } of importsOf(file)) {
        const local = resolveLocal(file, specifier);
        if (local === undefined) {
          if (specifier.startsWith('.')) offences.push(`${file} imports ${specifier}, which does not exist`);
          else if (IO.test(specifier) && !layer.textOnlyBuiltins?.includes(specifier)) offences.push(`${file} (${layer.name}, pure) imports ${specifier}: I/O or Astro`);
          else if (layer.forbiddenPackages?.some((p) => specifier === p || specifier.startsWith(`${p}/`))) offences.push(`${file} (${layer.name}) imports ${specifier}`);
          continue;
        }
        const theirs = layerOf(local);
        if (theirs > own) offences.push(`${file} (${layer.name}, pure) imports ${local} (${LAYERS[theirs]?.name ?? 'no layer'}), a layer above it`);
      }
    }
    expect(offences, `Move the code down a layer or pass it in from above:\n- ${offences.join('\n- ')}\n`).toEqual([]);
  });

  it('has no barrel in the calendar: modules are imported one by one', () => {
    expect(sources.filter((f) => /\/index\.tsx?$/.test(f) && f.startsWith('src/calendar/'))).toEqual([]);
    const users = [...sources, ...filesUnder(join(root, 'tests')), ...filesUnder(join(root, 'scripts'))].filter(
      (f) => sourceFile.test(f) && importsOf(f).some((e) => /calendar(\/index(\.ts)?)?$/.test(e.specifier)),
    );
    expect(users).toEqual([]);
  });

  it('lets the browser island run without zod or the content schemas', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (typeOnly) continue;
        const local = resolveLocal(file, specifier);
        if (local) visit(local);
        else packages.add(specifier);
      }
    };
    for (const island of sources.filter((f) => f.startsWith('src/islands/'))) visit(island);
    expect(seen).toContain('src/calendar/format-pl.ts');
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    expect([...seen].filter((f) => f.startsWith('src/content/'))).toEqual([]);
  });
});
