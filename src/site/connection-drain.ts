/**
 * Backpressure for streamed responses. Astro's Node adapter writes a
 * streamed body to the connection without waiting when its buffer is full,
 * so a fast producer (a CSV export from SQLite) would pile the whole file up
 * in memory for a slow reader. The server entry (`src/server/start.ts`) runs
 * each request inside {@link withConnection}; a stream asks
 * {@link connectionFull} before it makes its next chunk. The entry and the
 * Astro bundle are separate module graphs: the storage is shared through a
 * global symbol, as src/db/shared-database.ts shares the database.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';

const KEY = Symbol.for('oddzwonimy.connection');
type Holder = { [KEY]?: AsyncLocalStorage<ServerResponse> };

const storage = (): AsyncLocalStorage<ServerResponse> => ((globalThis as Holder)[KEY] ??= new AsyncLocalStorage<ServerResponse>());

/** Run `work` (the request's handling, with everything it starts) with `res` as its connection. */
export function withConnection<T>(res: ServerResponse, work: () => T): T {
  return storage().run(res, work);
}

/** How long a full connection may take nothing before it is closed: a reader that stopped reading (with the socket still open) would otherwise hold the export's reader and memory for ever. */
export const STALLED_CONNECTION_MS = 60_000;

/**
 * While the current request's connection has a full buffer: a promise that
 * settles when it drains or closes; a connection that takes nothing for
 * `stalledMs` is closed (the stream is then cancelled). Otherwise (or
 * outside a request, as in `astro dev`) `undefined`.
 */
export function connectionFull(stalledMs = STALLED_CONNECTION_MS): Promise<void> | undefined {
  const res = storage().getStore();
  if (!res || !res.writableNeedDrain || res.destroyed) return undefined;
  return new Promise((resolve) => {
    const stalled = setTimeout(() => res.destroy(), stalledMs);
    const done = (): void => {
      clearTimeout(stalled);
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
