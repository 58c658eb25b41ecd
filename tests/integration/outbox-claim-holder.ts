/**
 * A second worker process for tests/integration/outbox-processes.test.ts:
 * opens the database in the folder given as argument, claims what is due and
 * stays in the middle of sending it (the transport never answers) until it
 * is killed. Prints "sending" when the transport got the first message.
 */
import { openDatabase } from '../../src/db/database.ts';
import { runOutboxOnce } from '../../src/mail/outbox-worker.ts';

const db = openDatabase(process.argv[2]!);
const transport = {
  description: 'never answers',
  send: () => {
    console.log('sending');
    return new Promise<undefined>(() => {});
  },
  close() {},
};
void runOutboxOnce({ db, transport, retryWindowMs: 3600_000 });
setInterval(() => {}, 60_000); // stay alive: a pending send alone does not keep Node running
