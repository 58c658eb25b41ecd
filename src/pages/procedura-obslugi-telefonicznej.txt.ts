/** The procedure as a plain-text file, generated from the same content as the page. */
import type { APIRoute } from 'astro';
import { getProcedure } from '../site/office-data.ts';
import { procedureToText } from '../procedure/procedure-text.ts';

export const GET: APIRoute = async () =>
  new Response(procedureToText(await getProcedure()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
