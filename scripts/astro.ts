/**
 * The Astro command line with telemetry off: every npm script runs Astro
 * through this file (`node scripts/astro.ts build`), so no command sends
 * usage data to astro.build and the first run prints no telemetry notice.
 * `ASTRO_TELEMETRY_DISABLED=1` is Astro's switch; set here, before Astro
 * loads, it works in every shell npm uses, Windows' included.
 */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Astro's own entry reads its command from process.argv, which keeps its
// shape: [node, this file, command, ...flags].
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
