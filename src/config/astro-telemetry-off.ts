/**
 * Imported first by astro.config.mjs: Astro's telemetry stays off even for a
 * bare `npx astro build` or `npx astro check` typed by hand, since Astro
 * sends its usage event only after it has loaded the config. (The npm scripts
 * set it before Astro starts, through scripts/astro.ts.)
 */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
