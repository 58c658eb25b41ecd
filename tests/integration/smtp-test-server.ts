/** A real SMTP server (smtp-server) on loopback that records what it receives, with switchable faults. */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A received message with its envelope. */
export interface Received {
  raw: string;
  parsed: ParsedMail;
  rcptTo: string[];
}

/** Start the server; `port` 0 picks a free one. */
export async function startSmtpServer(port = 0) {
  const received: Received[] = [];
  const faults = { rcptCode: 0, hangOnData: false };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (faults.rcptCode) return callback(Object.assign(new Error(`Fault ${faults.rcptCode}`), { responseCode: faults.rcptCode }));
      callback();
      return undefined;
    },
    onData(stream, session, callback) {
      if (faults.hangOnData) {
        stream.resume(); // read the message, never answer
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((parsed) => {
          received.push({ raw, parsed, rcptTo: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    received,
    faults,
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Wait until `check` is true or fail after `ms`. */
export async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
