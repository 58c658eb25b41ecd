/**
 * Horizontal grouped bar charts as static SVG, rendered on the server with
 * no browser and no charting code in the page. Readable without colour:
 * every series has its own pattern (solid, stripes, dots, cross-hatch) and
 * every bar carries its series name and value as text; the colours pass
 * 3:1 against the page (the stylesheet gives dark-scheme and forced-colours
 * values through the classes). The SVG is an image with a title and a
 * description (role="img", aria-labelledby); the page puts the same figures
 * in a table right after it. Pure: a string in, a string out.
 */

/** One series (one bar in every group). */
export interface ChartSeries {
  label: string;
  /** A shorter name for the bar's own label; `label` when not given. */
  short?: string;
}

/** One group of bars (a month, a unit). */
export interface ChartGroup {
  label: string;
  /** One value per series, in the order of `series`; `null` when there is no figure. */
  values: readonly (number | null)[];
}

/** What to draw. */
export interface BarChartSpec {
  /** Prefix of the SVG's ids (unique on the page): letters, digits, dashes. */
  id: string;
  title: string;
  description: string;
  series: readonly ChartSeries[];
  groups: readonly ChartGroup[];
  /** How a value is written on its bar; plain numbers when not given. */
  format?: (value: number) => string;
  /** The value of a full-length bar (e.g. 100 for per cent); the largest value when not given. */
  max?: number;
}

/** Light-scheme colours of the series (each over 3:1 against white), used as presentation attributes. */
export const SERIES_COLOURS = ['#0b4f9c', '#8a4b00', '#1d6b2f', '#5b2a86'] as const;
const TEXT = '#1b1b1b';
const WIDTH = 760;
const BAR_AREA = 440;
const BAR_HEIGHT = 20;
const BAR_GAP = 6;
const GROUP_LABEL = 26;
const GROUP_GAP = 14;
const LEGEND_ROW = 28;
const FONT = 14;

const XML_SPECIAL = /[&<>"']/;
const XML_SPECIALS = /[&<>"']/g;
const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for XML content and attributes (one pass; most texts have nothing to escape and come back as they are). */
export function escapeXml(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIALS, (c) => XML_ENTITIES[c]!) : text;
}

/** The marks that tell series apart without colour: nothing (solid), stripes, dots, cross-hatch. */
function patternMarks(index: number): string {
  switch (index % 4) {
    case 1:
      return '<path class="chart-mark" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" stroke-width="2"/>';
    case 2:
      return '<circle class="chart-mark-dot" cx="4" cy="4" r="1.8" fill="#ffffff"/>';
    case 3:
      return '<path class="chart-mark" d="M0,0 l8,8 M8,0 l-8,8" stroke="#ffffff" stroke-width="1.5"/>';
    default:
      return '';
  }
}

function patternDefs(id: string, count: number): string {
  const defs: string[] = [];
  for (let i = 0; i < count; i++) {
    defs.push(
      `<pattern id="${id}-p${i}" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="chart-swatch chart-swatch-${i % 4}" width="8" height="8" fill="${SERIES_COLOURS[i % 4]}"/>${patternMarks(i)}</pattern>`,
    );
  }
  return `<defs>${defs.join('')}</defs>`;
}

/** A rough width of `text` in pixels at the chart's font size (no browser to measure with). */
export function textWidth(text: string): number {
  return [...text].length * FONT * 0.58;
}

/** The chart as an SVG element (no XML declaration; `standalone` adds the namespace for a file). */
export function barChartSvg(spec: BarChartSpec, options: { standalone?: boolean } = {}): string {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(spec.id)) throw new RangeError(`chart id must be letters, digits and dashes: ${spec.id}`);
  const format = spec.format ?? ((v: number) => String(v));
  const largest = Math.max(0, ...spec.groups.flatMap((g) => g.values.filter((v): v is number => v !== null)));
  const max = spec.max ?? (largest > 0 ? largest : 1);
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const parts: string[] = [];

  // Legend: one row per series, each with its pattern.
  let y = 4;
  spec.series.forEach((s, i) => {
    parts.push(`<rect class="chart-bar" x="0" y="${y}" width="28" height="18" fill="url(#${spec.id}-p${i})" stroke="${TEXT}"/>`);
    parts.push(`<text class="chart-text" x="38" y="${y + 14}" fill="${TEXT}" font-size="${FONT}">${escapeXml(s.label)}</text>`);
    y += LEGEND_ROW;
  });
  y += 8;

  for (const g of spec.groups) {
    parts.push(`<text class="chart-text chart-group" x="0" y="${y + 18}" fill="${TEXT}" font-size="${FONT + 1}" font-weight="700">${escapeXml(g.label)}</text>`);
    y += GROUP_LABEL;
    const top = y;
    spec.series.forEach((s, i) => {
      const v = g.values[i] ?? null;
      const w = v === null || v <= 0 ? 0 : Math.max(2, (Math.min(v, max) / max) * BAR_AREA);
      if (w > 0) parts.push(`<rect class="chart-bar" x="1" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="url(#${spec.id}-p${i})" stroke="${TEXT}"/>`);
      const label = `${s.short ?? s.label}: ${v === null ? 'brak danych' : format(v)}`;
      parts.push(`<text class="chart-text" x="${(w + 8).toFixed(1)}" y="${y + 15}" fill="${TEXT}" font-size="${FONT}">${escapeXml(label)}</text>`);
      y += BAR_HEIGHT + BAR_GAP;
    });
    parts.push(`<line class="chart-axis" x1="1" y1="${top - 2}" x2="1" y2="${y - BAR_GAP + 2}" stroke="${TEXT}" stroke-width="2"/>`);
    y += GROUP_GAP;
  }
  if (spec.groups.length === 0) {
    parts.push(`<text class="chart-text" x="0" y="${y + 18}" fill="${TEXT}" font-size="${FONT}">Brak danych w tym okresie.</text>`);
    y += 30;
  }
  const longest = Math.max(
    WIDTH,
    ...spec.groups.map((g) => textWidth(g.label) + 10),
    ...spec.series.map((s) => 38 + textWidth(s.label)),
    ...spec.groups.flatMap((g) => spec.series.map((s, i) => BAR_AREA + 8 + textWidth(`${s.short ?? s.label}: ${g.values[i] === null || g.values[i] === undefined ? 'brak danych' : format(g.values[i]!)}`))),
  );
  const width = Math.ceil(longest);
  const height = Math.ceil(y);
  const ns = options.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const background = options.standalone ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '';
  return (
    `<svg${ns} class="chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, sans-serif">` +
    `<title id="${titleId}">${escapeXml(spec.title)}</title><desc id="${descId}">${escapeXml(spec.description)}</desc>` +
    background +
    patternDefs(spec.id, spec.series.length) +
    parts.join('') +
    '</svg>'
  );
}
