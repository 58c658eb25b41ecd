/**
 * Renders one chart of the figures page into docs/ for the README, with the
 * same modules the page uses (src/register/figures.ts, src/charts/), from a
 * fixed sample of counts (no database, no personal data).
 * Run: node scripts/render-register-chart.ts
 */
import { writeFileSync } from 'node:fs';
import { figureChart, periodFigures } from '../src/register/figures.ts';
import { registerLabels } from '../src/register/register-labels.ts';

const months = ['2026-09', '2026-10', '2026-11'];
const sample = { oddzwonienie: [14, 19, 22], 'dostepnosc-cyfrowa': [2, 1, 4], 'dostepnosc-architektoniczna': [1, 3, 2] } as const;
const figures = periodFigures(
  {
    from: '2026-09-01',
    to: '2026-11-30',
    monthlyKinds: months.flatMap((month, i) => Object.entries(sample).map(([key, n]) => ({ month, key, n: n[i]! }))),
    monthlyChannels: [],
    onTime: [],
    firstContact: [],
    overdue: [],
  },
  registerLabels([], [], {}),
);
const svg = figureChart(figures.byKind, undefined, { standalone: true });
const file = 'docs/register-chart.svg';
writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
console.log(`zapisano ${file}`);
