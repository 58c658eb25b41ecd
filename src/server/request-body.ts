/**
 * Reading a request body in the server entry, bounded in bytes and in time,
 * so that every body over the limit gets the 413 page in full: a body that is
 * too long is read to its end (up to `drainBytes`) before the answer, since a
 * server that answers and closes while the client is still sending makes the
 * client's system reset the connection, and the page is lost.
 */
import type { IncomingMessage } from 'node:http';

/** Limits of {@link readBody}. */
export interface BodyLimits {
  /** Largest body accepted (bytes). */
  maxBytes: number;
  /** Most bytes read from a body that is too long before giving up on it. */
  drainBytes: number;
  /** Longest time for the whole body (ms). */
  timeoutMs: number;
}

/** What reading the body gave. */
export type BodyResult =
  | { kind: 'ok'; body: Buffer }
  /** Over `maxBytes`; `drained` when it was read to its end (the answer will reach the client). */
  | { kind: 'too-large'; drained: boolean }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

/** Whether the request carries a body (a Content-Length above 0 or a chunked transfer). */
export function hasBody(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && length !== '0';
}

/** Read the whole body of `req` within `limits`. */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    let over = Number.isFinite(declared) && declared > limits.maxBytes;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      resolve(result);
    };
    const timer = setTimeout(() => {
      finish(over ? { kind: 'too-large', drained: false } : { kind: 'timeout' });
      req.pause();
    }, limits.timeoutMs);
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (!over && size > limits.maxBytes) {
        over = true;
        chunks.length = 0;
      }
      if (over) {
        if (size > limits.drainBytes) {
          req.pause();
          finish({ kind: 'too-large', drained: false });
        }
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish(over ? { kind: 'too-large', drained: true } : { kind: 'ok', body: Buffer.concat(chunks) }));
    req.once('error', () => finish({ kind: 'aborted' }));
    req.once('aborted', () => finish({ kind: 'aborted' }));
  });
}
