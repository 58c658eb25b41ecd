/**
 * The frame of the staff side's e-mails: a Preact component rendered to an
 * HTML string (escaping by default), with the text part built from the same
 * blocks, so both parts always say the same.
 */
import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';

/** One block of an e-mail: a paragraph, a list, or a link with its words. */
export type MailBlock =
  | { kind: 'p'; text: string; strong?: boolean }
  | { kind: 'h'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'link'; text: string; href: string };

function Block({ block }: { block: MailBlock }) {
  switch (block.kind) {
    case 'h':
      return <h2 style="font-size:18px">{block.text}</h2>;
    case 'list':
      return <ul>{block.items.map((i) => <li>{i}</li>)}</ul>;
    case 'link':
      return <p><a href={block.href}>{block.text}</a></p>;
    default:
      return <p>{block.strong ? <strong>{block.text}</strong> : block.text}</p>;
  }
}

function MailDocument({ title, heading, blocks }: { title: string; heading: string; blocks: readonly MailBlock[] }): ComponentChildren {
  return (
    <html lang="pl">
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
      </head>
      <body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;max-width:40em">
        <h1 style="font-size:22px">{heading}</h1>
        {blocks.map((b) => <Block block={b} />)}
      </body>
    </html>
  );
}

/** The HTML part. */
export function renderMailHtml(title: string, heading: string, blocks: readonly MailBlock[]): string {
  return `<!doctype html>\n${render(<MailDocument title={title} heading={heading} blocks={blocks} />)}`;
}

/** The text part, from the same blocks. */
export function renderMailText(heading: string, blocks: readonly MailBlock[]): string {
  const lines: string[] = [heading, ''];
  for (const b of blocks) {
    if (b.kind === 'h') lines.push(b.text.toUpperCase());
    else if (b.kind === 'list') lines.push(...b.items.map((i) => `- ${i}`), '');
    else if (b.kind === 'link') lines.push(`${b.text}:`, b.href, '');
    else lines.push(b.text, '');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
