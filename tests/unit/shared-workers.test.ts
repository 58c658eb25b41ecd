/**
 * The unit tests run without isolation (`isolate: false` in
 * vitest.config.ts): the files of one worker share its modules. That holds
 * only while no test changes what another would see, so none may mock a
 * module, stub a global or the environment, write to `process.env` or
 * change the working directory. A test that needs one of these belongs in
 * tests/integration/ (isolated) or must spawn its own process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT_DIR = 'tests/unit';

/** What changes state shared between the files of a worker, and why it is named. */
const SHARED_STATE_CHANGES: readonly { what: string; pattern: RegExp }[] = [
  { what: 'mocks a module', pattern: /\bvi\s*\.\s*(mock|doMock|hoisted)\s*\(/ },
  { what: 'stubs a global or the environment', pattern: /\bvi\s*\.\s*(stubGlobal|stubEnv)\s*\(/ },
  { what: 'replaces a method (vi.spyOn)', pattern: /\bvi\s*\.\s*spyOn\s*\(/ },
  { what: 'writes to process.env', pattern: /\bprocess\.env(\.\w+|\[[^\]]+\])\s*=(?!=)|\bdelete\s+process\.env\b/ },
  { what: 'changes the working directory', pattern: /\bprocess\.chdir\s*\(/ },
  { what: 'uses fake timers', pattern: /\bvi\s*\.\s*useFakeTimers\s*\(/ },
];

/** Which changes of shared state a test file's source makes. */
function sharedStateChanges(source: string): string[] {
  return SHARED_STATE_CHANGES.filter(({ pattern }) => pattern.test(source)).map(({ what }) => what);
}

describe('unit test files change no state their worker shares', () => {
  it('recognises each change', () => {
    expect(sharedStateChanges("vi.mock('../x.ts')")).toEqual(['mocks a module']);
    expect(sharedStateChanges("vi.stubEnv('TZ', 'UTC')")).toEqual(['stubs a global or the environment']);
    expect(sharedStateChanges("vi.spyOn(console, 'log')")).toEqual(['replaces a method (vi.spyOn)']);
    expect(sharedStateChanges("process.env['TZ'] = 'UTC'")).toEqual(['writes to process.env']);
    expect(sharedStateChanges('process.env.TZ = "UTC"')).toEqual(['writes to process.env']);
    expect(sharedStateChanges("process.chdir('/tmp')")).toEqual(['changes the working directory']);
    expect(sharedStateChanges('vi.useFakeTimers()')).toEqual(['uses fake timers']);
    // Reading the environment, or passing a copy of it to a child, is fine.
    expect(sharedStateChanges("const env = { ...process.env, TZ: 'UTC' }; if (process.env['CI'] === '1') {}")).toEqual([]);
  });

  // Every file the unit run loads: the tests and their helpers, in subfolders too (vitest.config.ts includes tests/unit/**).
  const files = readdirSync(UNIT_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'shared-workers.test.ts');
  it.each(files)('%s', (file) => {
    expect(sharedStateChanges(readFileSync(join(UNIT_DIR, file), 'utf8'))).toEqual([]);
  });
});
