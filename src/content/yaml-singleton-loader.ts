/** An Astro content loader for a YAML file that holds one record (the office, the procedure, the statement). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads `file` (relative to the project root) as a single entry with id `main`. */
export function yamlSingleton(file: string): Loader {
  return {
    name: 'yaml-singleton',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async (): Promise<void> => {
        const text = await readFile(path, 'utf8');
        const raw = parse(text) as Record<string, unknown>;
        const data = await parseData({ id: 'main', data: raw, filePath: file });
        store.clear();
        store.set({ id: 'main', data, digest: generateDigest(text), filePath: file });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void sync();
      });
    },
  };
}
