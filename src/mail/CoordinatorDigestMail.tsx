/**
 * To the accessibility coordinator on a working-day morning, when there is
 * something to do: every open request past its deadline across the units
 * (callbacks and accessibility requests alike), and from 1 March, until the
 * statement has been reviewed this year, the yearly review reminder.
 * References only: no resident's data.
 */
import { headerSafe } from './mail-escape.ts';
import { renderBlockMail, type MailBlock } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** One overdue request in the digest. */
export interface OverdueLine {
  /** Reference, or `undefined` when its data is already purged. */
  reference?: string;
  kind: string;
  unitName: string;
  /** "02.12.2026, 15:30". */
  due: string;
}

/** What the coordinator's digest says. */
export interface CoordinatorDigestData {
  dayLabel: string;
  overdue: { total: number; byUnit: readonly { unitName: string; n: number }[]; lines: readonly OverdueLine[] };
  /** Present when the statement's yearly review is due: its last review (words) and the last day for it. */
  review?: { lastReview: string; dueLabel: string; statementLink: string };
  to: readonly string[];
  /** The register filtered to what is overdue now. */
  registerLink: string;
  messageId: string;
}

/** The blocks of the digest (HTML and text are built from them). */
export function coordinatorDigestBlocks(d: CoordinatorDigestData): MailBlock[] {
  const blocks: MailBlock[] = [];
  if (d.overdue.total > 0) {
    blocks.push({ kind: 'p', text: `Po terminie w całym urzędzie: ${d.overdue.total}.`, strong: true });
    blocks.push({ kind: 'list', items: d.overdue.byUnit.map((u) => `${u.unitName}: ${u.n}`) });
    blocks.push({ kind: 'h', text: 'Najdawniej po terminie' });
    blocks.push({ kind: 'list', items: d.overdue.lines.map((l) => `${l.reference ?? 'dane usunięte'} – ${l.kind} – ${l.unitName} – termin minął ${l.due}`) });
    if (d.overdue.total > d.overdue.lines.length) blocks.push({ kind: 'p', text: `Pokazano ${d.overdue.lines.length} z ${d.overdue.total}; resztę pokazuje rejestr.` });
    blocks.push({ kind: 'link', text: 'Rejestr: otwarte po terminie', href: d.registerLink });
  }
  if (d.review) {
    blocks.push({ kind: 'h', text: 'Przegląd deklaracji dostępności' });
    const sentence = (t: string) => (t.endsWith('.') ? t : `${t}.`);
    blocks.push({ kind: 'p', text: `Deklarację dostępności trzeba przejrzeć co najmniej raz w roku, ${sentence(`do ${d.review.dueLabel}`)} Ostatni przegląd: ${sentence(d.review.lastReview)} Po przeglądzie zmień datę przeglądu (data_przegladu w content/deklaracja.yaml).` });
    blocks.push({ kind: 'link', text: 'Deklaracja dostępności', href: d.review.statementLink });
  }
  return blocks;
}

/** The rendered digest. */
export function renderCoordinatorDigestMail(d: CoordinatorDigestData): MailMessage {
  const what = [d.overdue.total > 0 ? `po terminie: ${d.overdue.total}` : '', d.review ? 'przegląd deklaracji' : ''].filter(Boolean).join(', ');
  const subject = headerSafe(`Koordynator: ${what} – ${d.dayLabel}`);
  const heading = `Zestawienie dla koordynatora – ${d.dayLabel}`;
  const blocks = coordinatorDigestBlocks(d);
  return { messageId: d.messageId, to: [...d.to], subject, ...renderBlockMail(subject, heading, blocks), headers: {} };
}
