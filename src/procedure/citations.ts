/**
 * Stable anchors and Polish legal citations for the procedure's parts, e.g.
 * `par-4-ust-1-lit-l` and "§ 4 ust. 1 lit. l". Pages, the plain-text export
 * and staff e-mails all link with these, so a link never changes while the
 * numbering stays.
 */

/** A part of the procedure: a paragraph, a point in it, or a lettered standard in a point. */
export interface ProcedureRef {
  par: number;
  ust?: number;
  lit?: string;
}

/** The HTML id of a part, e.g. `par-4-ust-1-lit-l`. */
export function anchorId(ref: ProcedureRef): string {
  let id = `par-${ref.par}`;
  if (ref.ust !== undefined) id += `-ust-${ref.ust}`;
  if (ref.lit !== undefined) id += `-lit-${ref.lit}`;
  return id;
}

/** The citation of a part as lawyers write it, e.g. "§ 4 ust. 1 lit. l". */
export function citation(ref: ProcedureRef): string {
  let text = `§ ${ref.par}`;
  if (ref.ust !== undefined) text += ` ust. ${ref.ust}`;
  if (ref.lit !== undefined) text += ` lit. ${ref.lit}`;
  return text;
}
