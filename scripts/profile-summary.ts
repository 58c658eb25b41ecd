/**
 * `node scripts/profile-summary.ts FILE.cpuprofile [requests]`: where a
 * server's CPU time went, from a `node --cpu-prof` profile (for example one
 * written by `npm run bench:submit -- --cpu-prof DIR`). Self time is summed
 * per part of the pipeline (by the file each function is in) and, with the
 * number of requests served, shown per request.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, requestsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/profile-summary.ts FILE.cpuprofile [requests]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const requests = Number(requestsArg ?? 0);

/** The part of the pipeline a function belongs to, by its file. */
function part(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return '(program: V8/native)';
  if (url === '') return `native: ${functionName || '(anonymous)'}`;
  const rules: [RegExp, string][] = [
    [/core\/app\/node|serve-app|serve-static|standalone|createOutgoingHttpHeaders/, 'Astro Node adapter (Request/Response conversion, static lookup)'],
    [/csp|crypto|sha/i, 'CSP hashing'],
    [/actions\//, 'Astro actions'],
    [/origin-check|middleware|sequence/, 'Astro middleware + origin check'],
    [/render|runtime\/server|jsx|html/, 'Astro page rendering'],
    [/astro\/dist/, 'Astro other (routing, render context, cookies)'],
    [/zod/, 'zod'],
    [/undici|internal\/deps|web\/|fetch/, 'undici (Request, FormData, streams)'],
    [/node:internal\/http|_http|node:http|internal\/streams|net/, 'node:http + streams'],
    [/dist\/server\/chunks|dist\/server\/entry/, 'site bundle (service, mail render, SQLite calls)'],
    [/src\/server|src\/guards/, 'server entry guards'],
    [/node:sqlite|sqlite/, 'node:sqlite'],
  ];
  for (const [re, name] of rules) if (re.test(url)) return name;
  return url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|src)\//, '$1/');
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id)!;
  const dt = profile.timeDeltas[i] ?? 0;
  const name = part(node);
  total += dt;
  selfUs.set(name, (selfUs.get(name) ?? 0) + dt);
  const fn = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|src)\//, '$1/')}:${node.callFrame.lineNumber}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
});
const busy = total - (selfUs.get('(idle)') ?? 0);
console.log(`profil: ${(total / 1e6).toFixed(2)} s, zajęty CPU ${(busy / 1e6).toFixed(2)} s${requests ? `, ${requests} żądań → ${(busy / 1000 / requests).toFixed(3)} ms CPU na żądanie` : ''}\n`);
for (const [name, us] of [...selfUs].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${((100 * us) / busy).toFixed(1).padStart(5)} %  ${requests ? `${(us / 1000 / requests).toFixed(3)} ms/req  ` : ''}${name}`);
}
// Inclusive time: a function counts for every sample it is on the stack of (once per sample).
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|src)\//, '$1/').replace(/_[A-Za-z0-9-]{8}\.mjs$/, '.mjs')}`;
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at)!;
    if (n.callFrame.functionName === '(root)' || n.callFrame.functionName === '(idle)') continue;
    const name = label(n);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  }
});
const filter = process.env['PROFILE_FILTER'] ? new RegExp(process.env['PROFILE_FILTER']) : undefined;
console.log('\nczas łączny (z wywołanymi funkcjami):');
for (const [name, us] of [...inclusive].filter(([n]) => !filter || filter.test(n)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env['PROFILE_TOP'] ?? 40))) {
  console.log(`${((100 * us) / busy).toFixed(1).padStart(5)} %  ${requests ? `${(us / 1000 / requests).toFixed(3)} ms/req  ` : ''}${name}`);
}

console.log('\nnajdroższe funkcje (czas własny):');
for (const [name, us] of [...byFunction].filter(([n]) => !n.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * us) / busy).toFixed(1).padStart(5)} %  ${name}`);
}
