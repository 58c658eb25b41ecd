/**
 * Pictures editors keep in `content/` (the office's crest, for example),
 * bundled by Vite so that their addresses respect the base path.
 */

const pictures = import.meta.glob<{ default: ImageMetadata }>('../../content/**/*.{svg,png,jpg,jpeg,webp}', { eager: true });

/** The built address and size of a picture given relative to `content/` (`obrazki/herb.svg`). */
export function contentPictureUrl(path: string): { src: string; width: number; height: number } {
  const picture = pictures[`../../content/${path}`];
  if (!picture) throw new Error(`Brak pliku content/${path}`);
  const { src, width, height } = picture.default;
  return { src, width, height };
}
