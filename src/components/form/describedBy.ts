/** The aria-describedby value for a field with an optional hint and error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The id of a group's choice number `index` (from 0): the first is the group's name, so the error summary can link to it. */
export function choiceId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}
