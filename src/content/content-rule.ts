/**
 * What a cross-file content rule sees and returns. The checker validates each
 * file with its schema; rules that tie content to code (the letters the
 * e-mails quote, the site's pages, a reserved topic id) live beside the code
 * they protect and receive the validated content through this interface.
 */
import type { LetterTemplatesContent, PageMeta, Procedure, Topic } from './schemas.ts';

/** One thing an editor has to fix (error) or should look at (warning). */
export interface ContentProblem {
  /** Path of the file relative to the project, e.g. `content/sprawy.yaml`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Dotted field path, e.g. `godziny.wtorek.0.do`. */
  field?: string;
  /** The place in the editor's words, e.g. "jednostka nr 7 (wydzial-oswiaty), pole email"; shown instead of `field`. */
  where?: string;
  /** What is wrong and what is expected, in Polish. */
  message: string;
}

/** Result of a check: the problems found. */
export interface ContentReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** A Markdown page of `content/strony/`, front matter valid. */
export interface CheckedPage {
  /** e.g. `content/strony/latwy-tekst.md`. */
  file: string;
  /** The whole file, front matter included (line numbers count from its first line). */
  text: string;
  /** Its front matter, validated. */
  meta: PageMeta;
}

/** The content that passed its schemas (a file with errors is left out), for rules across files. */
export interface CheckedContent {
  procedure?: Procedure;
  topics?: readonly Topic[];
  /** The letter templates of `content/pisma.yaml`. */
  letters?: LetterTemplatesContent;
  pages: readonly CheckedPage[];
  /** The start of each file under `public/` (a few characters), keyed by path below `public/`; absent when not read. */
  publicFiles?: ReadonlyMap<string, string>;
  /** A problem at a field of a validated YAML file or page front matter, with its line and place. */
  at(file: string, path: readonly (string | number)[], message: string): ContentProblem;
}

/** A rule across files: returns the problems it finds (errors stop the build, warnings do not). */
export type ContentRule = (content: CheckedContent) => Partial<ContentReport>;
