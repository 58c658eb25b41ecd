/**
 * A CSV export waits for a slow reader: written by Astro's own Node writer
 * (which does not wait when the connection is full), the stream makes no
 * more chunks while the client reads nothing, and the whole file arrives
 * once it reads.
 */
import { get, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeResponse } from 'astro/app/node';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionFull, withConnection } from '../../src/site/connection-drain.ts';
import { csvLines, csvResponse } from '../../src/site/csv-response.ts';

const ROWS = 100_000;
let server: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const limit = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > limit) throw new Error(`czekano na: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('csvResponse', () => {
  it('makes no more of the file while the connection is full, and all of it once the reader reads', async () => {
    let made = 0;
    const rows = function* () {
      for (let i = 0; i < ROWS; i++) {
        made++;
        yield i;
      }
    };
    let serverSide: ServerResponse | undefined;
    server = createServer((_req, res) => {
      serverSide = res;
      withConnection(res, () => void writeResponse(csvResponse(csvLines('numer;tekst\r\n', rows(), (i) => `${i};${'zażółć gęślą jaźń '.repeat(10)}\r\n`), 'a.csv'), res));
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const response = await new Promise<IncomingMessage>((r) => get(`http://127.0.0.1:${port}/`, r));
    response.pause();

    await until(() => serverSide?.writableNeedDrain === true, 'pełne połączenie');
    // Without waiting, Astro's writer would have read the whole generator in one go by now.
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(ROWS / 2);

    let lines = 0;
    response.on('data', (chunk: Buffer) => {
      for (const b of chunk) if (b === 10) lines++;
    });
    response.resume();
    await new Promise((r) => response.on('end', r));
    expect(lines).toBe(ROWS + 1);
    expect(made).toBe(ROWS);
  });

  it('closes a connection that takes nothing for the stalled time, and stops waiting', async () => {
    let waited: Promise<void> | undefined;
    let serverSide: ServerResponse | undefined;
    server = createServer((_req, res) => {
      serverSide = res;
      withConnection(res, () => {
        res.writeHead(200, { 'content-type': 'text/csv' });
        // More than the kernel's socket buffers hold, so the connection stays full while the client reads nothing.
        for (let i = 0; i < 512; i++) res.write('x'.repeat(64 * 1024));
        waited = connectionFull(50);
      });
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const response = await new Promise<IncomingMessage>((r) => get(`http://127.0.0.1:${port}/`, r).on('error', () => {}));
    response.on('error', () => {});
    response.pause();
    await until(() => waited !== undefined, 'czekanie na połączenie');
    await waited;
    expect(serverSide!.destroyed).toBe(true);
  });

  it('outside a request (as in astro dev) never waits', () => {
    expect(connectionFull()).toBeUndefined();
  });
});
