/** The figures of a period as CSV; not signed in or a unit: the 403 page; a bad period: the figures page with its messages. */
import type { APIRoute } from 'astro';
import { database } from '../../../site/callback-runtime.ts';
import { csvLines, csvResponse } from '../../../site/csv-response.ts';
import { filterContext, registerAccess, registerContentLabels, registerHref } from '../../../site/register-runtime.ts';
import { figureCounts } from '../../../db/register-store.ts';
import { FIGURES_MAX_DAYS, periodFigures } from '../../../register/figures.ts';
import { parseRegisterFilters } from '../../../register/register-filters.ts';
import { FIGURES_CSV_HEADER, figuresCsvLines } from '../../../register/register-csv.ts';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const now = new Date();
  const access = await registerAccess(context.cookies, now);
  if (access.kind !== 'ok') return context.rewrite(`${import.meta.env.BASE_URL}obsluga/rejestr/brak-dostepu/`);
  const parsed = parseRegisterFilters(context.url.searchParams, await filterContext(now, FIGURES_MAX_DAYS));
  if (!parsed.ok) return context.rewrite(registerHref.figures(context.url.searchParams.toString()));
  const figures = periodFigures(figureCounts(database(), parsed.filters, now), await registerContentLabels());
  return csvResponse(csvLines(FIGURES_CSV_HEADER, figuresCsvLines(figures), (line) => line), `liczby-${parsed.filters.from}-${parsed.filters.to}.csv`);
};
