/**
 * CSV as Polish Excel opens it: UTF-8 with a byte-order mark, semicolons,
 * CRLF line ends, fields quoted when they hold a semicolon, quote or line
 * break. Text that a spreadsheet would read as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe.
 * Pure: one line at a time, so an export streams in constant memory.
 */

/** The byte-order mark Excel needs to read UTF-8. */
export const CSV_BOM = '\uFEFF';

/** One field: a number as it is (decimal comma), text escaped and quoted as needed, nothing as empty. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line with its CRLF. */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(';')}\r\n`;
}
