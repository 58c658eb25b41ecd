/**
 * A CSV download streamed from an iterator of lines: read a batch only when
 * the reader asks for more (constant memory whatever the number of rows),
 * UTF-8 with the byte-order mark, never cached.
 */
import { CSV_BOM } from '../register/csv.ts';

/** Lines put into one chunk. */
const BATCH = 500;

/** The response for `lines` (the header first), saved as `fileName`. */
export function csvResponse(lines: Iterator<string>, fileName: string): Response {
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let chunk = started ? '' : CSV_BOM;
        started = true;
        for (let i = 0; i < BATCH; i++) {
          const next = lines.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value;
        }
        controller.enqueue(encoder.encode(chunk));
      },
      cancel() {
        lines.return?.();
      },
    },
    { highWaterMark: 1 },
  );
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}

/** Lines: the header, then each item mapped. */
export function* csvLines<T>(header: string, items: Iterable<T>, line: (item: T) => string): Generator<string> {
  yield header;
  for (const item of items) yield line(item);
}
