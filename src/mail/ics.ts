/** A minimal iCalendar (RFC 5545) invitation: one event, how it shows in a calendar, its reminders. */

/** The event to put in the calendar. */
export interface IcsEvent {
  uid: string;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  organizerEmail: string;
  organizerName: string;
  attendees: readonly string[];
  /**
   * How the time shows in the attendee's calendar. `free`: TRANSP:TRANSPARENT
   * and Outlook's busy and intended status FREE, so a window the resident
   * prefers never blocks a clerk's day.
   */
  showAs: 'free' | 'busy';
  /** Display reminders, in minutes before the event's start or end. */
  alarms: readonly IcsAlarm[];
}

/** A display reminder. */
export interface IcsAlarm {
  minutesBefore: number;
  relatedTo: 'start' | 'end';
  description: string;
}

/** Escape a TEXT value (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** A parameter value (RFC 5545 §3.2): quoted, no quotes or control characters inside. */
export function icsParam(value: string): string {
  return `"${value.replace(/["\u0000-\u001F\u007F]/g, '')}"`;
}

function trigger(a: IcsAlarm): string {
  return `TRIGGER${a.relatedTo === 'end' ? ';RELATED=END' : ''}:${a.minutesBefore > 0 ? '-' : ''}PT${Math.abs(Math.round(a.minutesBefore))}M`;
}

function utc(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Fold a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The VCALENDAR text (METHOD:REQUEST) with CRLF line ends. */
export function buildIcs(e: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Oddzwonimy//Prośby o kontakt//PL',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${icsText(e.uid)}`,
    `DTSTAMP:${utc(e.stamp)}`,
    `DTSTART:${utc(e.start)}`,
    `DTEND:${utc(e.end)}`,
    `SUMMARY:${icsText(e.summary)}`,
    `DESCRIPTION:${icsText(e.description)}`,
    `ORGANIZER;CN=${icsParam(e.organizerName)}:mailto:${e.organizerEmail}`,
    ...e.attendees.map((a) => `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${a}`),
    'PRIORITY:1',
    'STATUS:CONFIRMED',
    ...(e.showAs === 'free' ? ['TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE'] : ['TRANSP:OPAQUE']),
    ...e.alarms.flatMap((a) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(a.description)}`, trigger(a), 'END:VALARM']),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
