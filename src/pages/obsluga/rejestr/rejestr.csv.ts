/**
 * The register as CSV, with the filters of the register page. Not signed in,
 * or a unit's clerk: the 403 page. Bad filters: the register page with its
 * Polish messages (400), never an empty file that looks like data.
 */
import type { APIRoute } from 'astro';
import { database } from '../../../site/callback-runtime.ts';
import { csvLines, csvResponse } from '../../../site/csv-response.ts';
import { filterContext, registerAccess, registerContentLabels, registerHref } from '../../../site/register-runtime.ts';
import { iterateRegister } from '../../../db/register-store.ts';
import { parseRegisterFilters } from '../../../register/register-filters.ts';
import { REGISTER_CSV_HEADER, registerCsvLine } from '../../../register/register-csv.ts';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const now = new Date();
  const access = await registerAccess(context.cookies, now);
  if (access.kind !== 'ok') return context.rewrite(`${import.meta.env.BASE_URL}obsluga/rejestr/brak-dostepu/`);
  const parsed = parseRegisterFilters(context.url.searchParams, await filterContext(now));
  if (!parsed.ok) return context.rewrite(registerHref.register(context.url.searchParams.toString()));
  const labels = await registerContentLabels();
  const f = parsed.filters;
  return csvResponse(csvLines(REGISTER_CSV_HEADER, iterateRegister(database(), f, now), (r) => registerCsvLine(r, labels, now)), `rejestr-${f.from}-${f.to}.csv`);
};
