/**
 * `npm run build:test`: `astro build` with the test settings (non-root base
 * path, test origin) from tests/support/test-env.ts, which every runner uses.
 */
import { spawnSync } from 'node:child_process';
import { testBuildEnv } from '../tests/support/test-env.ts';

const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...testBuildEnv },
});
process.exit(build.status ?? 1);
