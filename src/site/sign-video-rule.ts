/**
 * The content rule the sign-language page needs: the PJM video and its
 * captions that a page names are really in `public/`, and the captions are
 * WebVTT. Full https:// addresses are on another server and are not fetched.
 */
import type { ContentProblem, ContentRule } from '../content/content-rule.ts';

const isRemote = (path: string): boolean => /^https?:\/\//i.test(path);
const below = (path: string): string => path.replace(/^\/+/, '');

/** Refuses a video or caption file that is not under `public/`, and captions that do not start with `WEBVTT`. */
export const signVideoRule: ContentRule = ({ pages, publicFiles, at }) => {
  if (!publicFiles) return {};
  const errors: ContentProblem[] = [];
  for (const page of pages) {
    const video = page.meta.wideo;
    if (!video) continue;
    for (const field of ['plik', 'napisy'] as const) {
      const path = video[field];
      if (isRemote(path)) continue;
      const start = publicFiles.get(below(path));
      if (start === undefined) {
        errors.push(at(page.file, ['wideo', field], `nie ma pliku public/${below(path)}: skopiuj ${field === 'plik' ? 'film' : 'plik napisów'} do folderu public/${below(path).includes('/') ? below(path).replace(/\/[^/]*$/, '/') : ''} w folderze projektu (obok folderu content) albo popraw nazwę`));
      } else if (field === 'napisy' && !start.replace(/^\uFEFF/, '').startsWith('WEBVTT')) {
        errors.push(at(page.file, ['wideo', field], `plik public/${below(path)} nie zaczyna się od słowa WEBVTT, więc to nie są napisy w formacie WebVTT: zapisz napisy w tym formacie (pierwszy wiersz pliku to WEBVTT)`));
      }
    }
  }
  return { errors };
};
