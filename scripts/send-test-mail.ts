/**
 * `npm run mail:test -- adres@example.org`: sends one test e-mail through the
 * transport the server would use (same settings reader, same transport
 * module) and says in Polish what happened. Runs with
 * `tsx-hooks.ts` preloaded (the message is a component). Exit 0 when the SMTP server
 * accepted it or the file was written, 1 when sending failed, 2 for a wrong
 * address or wrong settings.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { readServerSettings, type ServerSettings } from '../src/config/server-settings.ts';
import { describeDelivery, explainSendError } from '../src/mail/delivery-report.ts';
import { testMailMessage } from '../src/mail/operator-test-mail.tsx';
import { transportFromSettings } from '../src/mail/mail-transport.ts';

const USAGE = 'Użycie: npm run mail:test -- adres@example.org';

const args = process.argv.slice(2);
const to = args[0];
if (args.length !== 1 || to === undefined) {
  console.error(`Podaj jeden adres, na który wysłać wiadomość próbną.\n${USAGE}`);
  process.exit(2);
}
if (!z.email().safeParse(to).success) {
  console.error(`„${to}” nie jest adresem e-mail${to.includes('@') ? '' : ' (brak znaku @)'}.\n${USAGE}`);
  process.exit(2);
}

let settings: ServerSettings;
try {
  settings = readServerSettings(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const transport = transportFromSettings(settings);
const host = /@([^>\s]+)>?\s*$/.exec(settings.MAIL_FROM)?.[1] ?? 'localhost';
const message = testMailMessage({
  to,
  messageIdHost: host,
  id: `${Date.now()}.${randomBytes(4).toString('hex')}`,
  now: new Date(),
  transportDescription: transport.description,
});

console.log(`Wysyłam wiadomość próbną do ${to} przez: ${transport.description} (nadawca: ${settings.MAIL_FROM}).`);
try {
  const delivery = await transport.send(message);
  console.log(describeDelivery(delivery, to, transport.description));
  process.exitCode = 0;
} catch (error) {
  console.error(explainSendError(error, settings.SMTP_URL));
  process.exitCode = 1;
} finally {
  transport.close();
}
