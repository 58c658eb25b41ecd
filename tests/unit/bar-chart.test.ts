import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml, SERIES_COLOURS, type BarChartSpec } from '../../src/charts/bar-chart.ts';

const spec: BarChartSpec = {
  id: 'wplyw',
  title: 'Wpływ w miesiącach',
  description: 'Styczeń: prośby 12, wnioski 3.',
  series: [{ label: 'Prośby o kontakt', short: 'prośby' }, { label: 'Wnioski <cyfrowe>', short: 'wnioski' }],
  groups: [
    { label: 'styczeń 2026', values: [12, 3] },
    { label: 'luty 2026', values: [0, null] },
  ],
};

/** Relative luminance and contrast (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('bar chart SVG', () => {
  const svg = barChartSvg(spec);

  it('is an image named by its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="wplyw-title wplyw-desc"/);
    expect(svg).toContain('<title id="wplyw-title">Wpływ w miesiącach</title><desc id="wplyw-desc">Styczeń: prośby 12, wnioski 3.</desc>');
  });

  it('labels every bar with its series and value, including zero and no data', () => {
    for (const label of ['prośby: 12', 'wnioski: 3', 'prośby: 0', 'wnioski: brak danych', 'styczeń 2026', 'luty 2026']) expect(svg).toContain(`>${label}<`);
  });

  it('draws bars in proportion, the largest value full length, none for zero or no data', () => {
    const widths = [...svg.matchAll(/<rect class="chart-bar" x="1" y="\d+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([440, 110]);
    expect(barChartSvg({ ...spec, max: 100, groups: [{ label: 'a', values: [50, 100] }] }).match(/width="([\d.]+)" height="20"/g)).toEqual(['width="220.0" height="20"', 'width="440.0" height="20"']);
  });

  it('tells series apart by pattern as well as colour, each colour over 3:1 on white', () => {
    expect(svg).toContain('<pattern id="wplyw-p0"');
    expect(svg).toContain('<pattern id="wplyw-p1"');
    expect(svg).toMatch(/<pattern id="wplyw-p1"[^]*?<path class="chart-mark"/);
    for (const colour of SERIES_COLOURS) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('escapes text and refuses ids that would break the page', () => {
    expect(svg).toContain('Wnioski &lt;cyfrowe&gt;');
    expect(escapeXml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
    expect(() => barChartSvg({ ...spec, id: 'x" onload="y' })).toThrow(RangeError);
  });

  it('escapes any text exactly as the five replacements one after another would', () => {
    const stepByStep = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const text = fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', 'ł', ';', '#', ' ') });
    fc.assert(fc.property(text, (t) => escapeXml(t) === stepByStep(t)));
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('says so when there is nothing to draw, and stands alone as a file when asked', () => {
    expect(barChartSvg({ ...spec, groups: [] })).toContain('Brak danych w tym okresie.');
    const file = barChartSvg(spec, { standalone: true });
    expect(file).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(file).toContain('<rect width=');
  });

  it('widens the picture for long labels instead of cutting them', () => {
    const long = barChartSvg({ ...spec, groups: [{ label: 'x', values: [1, 1] }], series: [{ label: 'a', short: 'bardzo długa nazwa serii, która nie zmieści się w zwykłej szerokości wykresu' }, { label: 'b' }] });
    expect(Number(/viewBox="0 0 (\d+)/.exec(long)![1])).toBeGreaterThan(760);
  });
});
