/** What the clock's e-mails say about one open request: no resident's data, only what finds the request. */

/** One open request in a reminder, escalation or digest. */
export interface RequestSummary {
  reference: string;
  topic: string;
  unitName: string;
  /** State in words ("w toku"). */
  state: string;
  /** "we wtorek, 1 grudnia 2026 r., do godz. 15:30". */
  deadlineLabel: string;
  overdue: boolean;
  /** Failed attempts so far. */
  attempts: number;
  /** Absolute signed link to the request's page. */
  link: string;
}

/** One line about a request, the same in the text and the HTML part. */
export function summaryLine(r: RequestSummary): string {
  const attempts = r.attempts > 0 ? `, nieudane próby: ${r.attempts}` : '';
  return `${r.reference} – ${r.topic} (${r.unitName}) – ${r.overdue ? 'TERMIN MINĄŁ ' : 'termin '}${r.deadlineLabel} – stan: ${r.state}${attempts}`;
}
