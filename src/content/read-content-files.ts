/** Reads the real `content/` folder into the shape the checker takes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentTexts } from './check-content.ts';

/** Every file under `content/`, keyed by path relative to `root` (with `/`). */
export function readContentFiles(root: string): ContentTexts {
  const texts: ContentTexts = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|md)$/.test(name) && name !== 'README.md') texts[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(join(root, 'content'));
  return texts;
}
