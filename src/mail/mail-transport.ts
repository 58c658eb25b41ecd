/**
 * Where mail goes: real SMTP when `SMTP_URL` is set, otherwise `.eml` files
 * in the data folder (the embedded default: open them with any mail client).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { MailDelivery, MailMessage } from './mail-message.ts';

/** Sends one message or throws. */
export interface MailTransport {
  /** Human-readable description for the start-up log (no secrets). */
  readonly description: string;
  /** Resolves with what the receiving side reported, if it reports anything. */
  send(message: MailMessage): Promise<MailDelivery | undefined>;
  close(): void;
}

/** The settings that choose where mail goes (a subset of the server's settings). */
export interface MailSettings {
  SMTP_URL?: string | undefined;
  MAIL_FROM: string;
  DATA_DIR: string;
}

/** The transport the settings name: SMTP when `SMTP_URL` is set, else `.eml` files in `DATA_DIR/outbox-eml/`. */
export function transportFromSettings(settings: MailSettings): MailTransport {
  return settings.SMTP_URL
    ? smtpTransport(settings.SMTP_URL, settings.MAIL_FROM)
    : emlFileTransport(join(settings.DATA_DIR, 'outbox-eml'), settings.MAIL_FROM);
}

/** nodemailer options for a stored message. */
export function toMailOptions(message: MailMessage, from: string): Mail.Options {
  const options: Mail.Options = {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    headers: message.headers,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  if (message.replyTo) options.replyTo = message.replyTo;
  if (message.ics) options.icalEvent = { method: 'REQUEST', filename: 'termin-kontaktu.ics', content: message.ics };
  return options;
}

/** Render the raw MIME text of a message (also used by tests). */
export async function buildMime(message: MailMessage, from: string): Promise<Buffer> {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await builder.sendMail(toMailOptions(message, from));
  return info.message as Buffer;
}

/** Writes each message to `dir/<message-id>.eml`; a retry overwrites the same file. */
export function emlFileTransport(dir: string, from: string): MailTransport {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    description: `pliki .eml w ${dir}`,
    async send(message) {
      const name = message.messageId.replace(/[^A-Za-z0-9.@-]/g, '_').replace(/^_|_$/g, '');
      const target = join(dir, `${name}.eml`);
      writeFileSync(`${target}.tmp`, await buildMime(message, from), { mode: 0o600 });
      renameSync(`${target}.tmp`, target);
      return { kind: 'file', path: target };
    },
    close() {},
  };
}

/** Timeouts (ms) of an SMTP connection; a server that hangs fails the attempt after these. */
export interface SmtpTimeouts {
  connectionTimeout?: number;
  greetingTimeout?: number;
  socketTimeout?: number;
}

/** Sends through an SMTP server given as `smtp://user:pass@host:port` (or `smtps://`). */
export function smtpTransport(url: string, from: string, extra: SmtpTimeouts = {}): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    ...extra,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  const host = new URL(url).host;
  return {
    description: `serwer SMTP ${host}`,
    async send(message) {
      const info = await transporter.sendMail(toMailOptions(message, from));
      const addresses = (list: (string | { address: string })[] | undefined) => (list ?? []).map((a) => (typeof a === 'string' ? a : a.address));
      return { kind: 'smtp', response: info.response, accepted: addresses(info.accepted), rejected: addresses(info.rejected) };
    },
    close() {
      transporter.close();
    },
  };
}
