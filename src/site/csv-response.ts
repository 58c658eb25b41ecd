/**
 * A CSV download streamed from an iterator of lines: the next chunk is made
 * only when the reader asks for more and the connection has taken the last
 * one (src/site/connection-drain.ts), so memory stays constant whatever the
 * number of rows and however slow the client. UTF-8 with the byte-order
 * mark, never cached.
 */
import { CSV_BOM } from '../register/csv.ts';
import { connectionFull } from './connection-drain.ts';

/** Characters put into one chunk, about (it ends with the line that passes this): near the connection's 16 KiB buffer, so little waits beyond it. */
const CHUNK_CHARS = 16_384;

/** The response for `lines` (the header first), saved as `fileName`. */
export function csvResponse(lines: Iterator<string>, fileName: string): Response {
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        await connectionFull();
        let chunk = started ? '' : CSV_BOM;
        started = true;
        while (chunk.length < CHUNK_CHARS) {
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
