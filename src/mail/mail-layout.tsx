/**
 * The shared pieces of every e-mail: small Preact components for the HTML
 * part and matching helpers for the text part, so both parts of a message
 * show the same facts in the same order.
 *
 * How to add a message (one file per message, named for what it is, e.g.
 * `src/mail/deadline-reminder-mail.tsx`):
 * 1. A view type and one function that computes it from the domain data:
 *    every fact as a finished Polish string, computed once.
 * 2. A text function over the view, built from `section`, `factLines`,
 *    `bulletLines`, ….
 * 3. A component over the same view, built from `MailDocument`, `Section`,
 *    `Facts`, `Bullets`, …. preact-render-to-string escapes every value:
 *    never escape by hand, never pass HTML strings.
 * 4. A render function returning a `MailMessage`: a stable Message-ID
 *    (`messageIdFor`), a subject through `headerSafe` with no personal data,
 *    `html: renderMailHtml(<Component view={view} />)`.
 * 5. A case in `tests/unit/mail-parts.test.ts`: every line of the text part
 *    must be in the HTML part (Outlook shows the HTML).
 * A short notice (the staff side's reminders, sign-in links, the resident's
 * updates) can instead be a list of `MailBlock`s: `renderBlockMail` makes
 * both parts from the same blocks, inside the same `MailDocument`.
 * Code outside Astro (the outbox worker, clocks) can import `.tsx`: the
 * build compiles them into the server bundle (`src/server/server-bundle.ts`),
 * and scripts run from the sources preload `src/server/tsx-hooks.ts`.
 */
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { LabelledValue } from '../callback/request-wording.ts';
import type { ChecklistItem } from './procedure-checklist.ts';

/** The HTML part of a message: a complete document. */
export function renderMailHtml(document: VNode): string {
  return `<!doctype html>${renderToString(document)}`;
}

const h2Style = { fontSize: '18px', margin: '24px 0 8px' };

/** The `<html>` of a message, readable at a glance: a sans-serif face at 16–18 px, short lines. */
export function MailDocument({ title, large = false, children }: { title: string; large?: boolean; children: ComponentChildren }) {
  return (
    <html lang="pl">
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
      </head>
      <body style={{ fontFamily: 'Arial, sans-serif', fontSize: large ? '18px' : '16px', lineHeight: '1.5', color: '#1b1b1b', maxWidth: large ? '36em' : '40em' }}>{children}</body>
    </html>
  );
}

/** The first heading of a message. */
export function MailTitle({ children }: { children: ComponentChildren }) {
  return <h1 style={{ fontSize: '22px', margin: '0 0 12px' }}>{children}</h1>;
}

/** A sentence that must not be missed (the deadline). */
export function Lead({ children }: { children: ComponentChildren }) {
  return (
    <p style={{ fontSize: '18px' }}>
      <strong>{children}</strong>
    </p>
  );
}

/** A boxed warning (for example, where a reply goes). */
export function Notice({ children }: { children: ComponentChildren }) {
  return <p style={{ border: '2px solid #1b1b1b', padding: '8px 12px' }}>{children}</p>;
}

/** A titled part of a message. */
export function Section({ heading, children }: { heading: string; children: ComponentChildren }) {
  return (
    <>
      <h2 style={h2Style}>{heading}</h2>
      {children}
    </>
  );
}

/** Label–value rows, e.g. "Telefon: +48 600 100 200". */
export function Facts({ rows }: { rows: readonly LabelledValue[] }) {
  return (
    <table role="presentation" style={{ borderCollapse: 'collapse' }}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr>
            <th scope="row" style={{ textAlign: 'left', padding: '4px 12px 4px 0', verticalAlign: 'top' }}>{label}:</th>
            <td style={{ padding: '4px 0', whiteSpace: 'pre-wrap' }}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A bulleted list. */
export function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li style={{ whiteSpace: 'pre-wrap' }}>{item}</li>
      ))}
    </ul>
  );
}

/** Standards to tick off, each citation linked to its place in the procedure. */
export function Checklist({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <ul style={{ listStyle: 'none', paddingLeft: '0' }}>
      {items.map((item) => (
        <li style={{ margin: '0 0 6px' }}>
          ☐ <a href={item.url}>{item.cite}</a>: {item.text}
        </li>
      ))}
    </ul>
  );
}

/** Links, each on its own line, its words as the link text. */
export function Links({ items }: { items: readonly { text: string; href: string }[] }) {
  return (
    <>
      {items.map((link) => (
        <p>
          <a href={link.href}>{link.text}</a>
        </p>
      ))}
    </>
  );
}

/** Paragraphs of running text. */
export function Paragraphs({ items }: { items: readonly string[] }) {
  return (
    <>
      {items.map((p) => (
        <p style={{ whiteSpace: 'pre-wrap' }}>{p}</p>
      ))}
    </>
  );
}

/** A titled part of the text part: a blank line, the heading in capitals, the lines. */
export function section(heading: string, lines: readonly string[]): string[] {
  return ['', heading.toLocaleUpperCase('pl'), ...lines];
}

/** "Label: value" lines. */
export function factLines(rows: readonly LabelledValue[]): string[] {
  return rows.map(([label, value]) => `${label}: ${value}`);
}

/** "- item" lines. */
export function bulletLines(items: readonly string[]): string[] {
  return items.map((item) => `- ${item}`);
}

/** "[ ] § 4 ust. 1 lit. l: …" lines, each followed by its link. */
export function checklistLines(items: readonly ChecklistItem[]): string[] {
  return items.flatMap((item) => [`[ ] ${item.cite}: ${item.text}`, `    ${item.url}`]);
}

/** A link's words, its address indented on the next line. */
export function linkLines(items: readonly { text: string; href: string }[]): string[] {
  return items.flatMap((link) => [link.text, `    ${link.href}`]);
}

/** One block of a short message: a paragraph, a heading, a list, or a link with its words. */
export type MailBlock =
  | { kind: 'p'; text: string; strong?: boolean }
  | { kind: 'h'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'link'; text: string; href: string };

/** The blocks of a short message, in order. */
export function Blocks({ blocks }: { blocks: readonly MailBlock[] }) {
  return (
    <>
      {blocks.map((b) => {
        switch (b.kind) {
          case 'h':
            return <h2 style={h2Style}>{b.text}</h2>;
          case 'list':
            return <Bullets items={b.items} />;
          case 'link':
            return <Links items={[b]} />;
          default:
            return <p>{b.strong ? <strong>{b.text}</strong> : b.text}</p>;
        }
      })}
    </>
  );
}

/** The text part of a short message: its heading, then each block (headings in capitals, "- " items, a link's words and address). */
export function blockLines(heading: string, blocks: readonly MailBlock[]): string {
  const lines: string[] = [heading, ''];
  for (const b of blocks) {
    if (b.kind === 'h') lines.push(b.text.toLocaleUpperCase('pl'));
    else if (b.kind === 'list') lines.push(...bulletLines(b.items), '');
    else if (b.kind === 'link') lines.push(`${b.text}:`, b.href, '');
    else lines.push(b.text, '');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Both parts of a short message made of blocks: the document titled `title`, its first heading `heading`. */
export function renderBlockMail(title: string, heading: string, blocks: readonly MailBlock[]): { text: string; html: string } {
  return {
    text: blockLines(heading, blocks),
    html: renderMailHtml(
      <MailDocument title={title}>
        <MailTitle>{heading}</MailTitle>
        <Blocks blocks={blocks} />
      </MailDocument>,
    ),
  };
}
