import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine, icsText, type IcsEvent } from '../../src/mail/ics.ts';

function event(changes: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'K7M-4PX@lomza.example',
    stamp: new Date('2026-12-01T08:05:00.000Z'),
    start: new Date('2026-12-02T09:00:00.000Z'),
    end: new Date('2026-12-02T11:00:00.000Z'),
    summary: 'Kontakt z mieszkańcem – prośba K7M-4PX (Rozmowa telefoniczna)',
    description: 'Prośba o priorytetowy kontakt nr K7M-4PX: Podatki i opłaty lokalne. Szczegóły w wiadomości e-mail.',
    organizerEmail: 'oddzwonimy@lomza.example',
    organizerName: 'Urząd Miejski w Łomży',
    attendees: ['podatki@lomza.example', 'naczelnik.finanse@lomza.example'],
    showAs: 'free',
    alarms: [{ minutesBefore: 15, relatedTo: 'start', description: 'Za 15 minut' }],
    ...changes,
  };
}

/** The physical lines (without the final CRLF). */
const physicalLines = (ics: string) => ics.replace(/\r\n$/, '').split('\r\n');
/** The content lines after unfolding (RFC 5545 §3.1). */
const contentLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').replace(/\r\n$/, '').split('\r\n');

const POLISH = 'Zażółć gęślą jaźń – źdźbło żółtej łąki, ćma i ńma; ';

describe('buildIcs: structure', () => {
  const ics = buildIcs(event());

  it('ends every line with CRLF and has no bare CR or LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('opens and closes the calendar and the event, as a request', () => {
    const lines = contentLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines.indexOf('BEGIN:VEVENT')).toBeGreaterThan(lines.indexOf('METHOD:REQUEST'));
    expect(lines.indexOf('END:VEVENT')).toBe(lines.length - 2);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('writes the times in UTC as YYYYMMDDTHHMMSSZ', () => {
    const lines = contentLines(ics);
    expect(lines).toContain('DTSTAMP:20261201T080500Z');
    expect(lines).toContain('DTSTART:20261202T090000Z');
    expect(lines).toContain('DTEND:20261202T110000Z');
  });

  it('names the unit’s addresses as attendees and the office as organiser', () => {
    const lines = contentLines(ics);
    expect(lines).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:podatki@lomza.example');
    expect(lines).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:naczelnik.finanse@lomza.example');
    expect(lines.find((l) => l.startsWith('ORGANIZER'))).toMatch(/^ORGANIZER;CN=(?:"Urząd Miejski w Łomży"|Urząd Miejski w Łomży):mailto:oddzwonimy@lomza\.example$/);
  });

  it('keeps the summary and description word for word once unfolded', () => {
    const lines = contentLines(ics);
    expect(lines).toContain('SUMMARY:Kontakt z mieszkańcem – prośba K7M-4PX (Rozmowa telefoniczna)');
    expect(lines).toContain('DESCRIPTION:Prośba o priorytetowy kontakt nr K7M-4PX: Podatki i opłaty lokalne. Szczegóły w wiadomości e-mail.');
  });
});

describe('buildIcs: line length and UTF-8', () => {
  const ics = buildIcs(event({ summary: POLISH.repeat(6) + '😀😀😀', description: 'ą'.repeat(100) + POLISH.repeat(4) }));

  it('has no line longer than 75 octets', () => {
    for (const line of physicalLines(ics)) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it('folds without splitting a character: every physical line is valid UTF-8 on its own', () => {
    for (const line of physicalLines(ics)) expect(Buffer.from(line).toString()).toBe(line);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const bytes = Buffer.from(ics);
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        expect(() => decoder.decode(bytes.subarray(start, i))).not.toThrow();
        start = i + 2;
      }
    }
    expect(start).toBe(bytes.length);
  });

  it('gives back the long Polish text unchanged after unfolding (escaped comma and semicolon aside)', () => {
    const escaped = (s: string) => s.replace(/,/g, '\\,').replace(/;/g, '\\;');
    expect(contentLines(ics)).toContain(`SUMMARY:${escaped(POLISH.repeat(6))}😀😀😀`);
    expect(contentLines(ics)).toContain(`DESCRIPTION:${'ą'.repeat(100)}${escaped(POLISH.repeat(4))}`);
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'DESCRIPTION:' + 'a'.repeat(63);
    expect(foldLine(line)).toBe(line);
  });

  it('breaks an ASCII line after 75 octets and continues with one space', () => {
    expect(foldLine('DESCRIPTION:' + 'a'.repeat(100))).toBe(`DESCRIPTION:${'a'.repeat(63)}\r\n ${'a'.repeat(37)}`);
  });

  it('breaks before a two-byte letter that would cross octet 75', () => {
    // "SUMMARY:" is 8 octets; 33 × "ż" makes 74, a 34th would make 76.
    expect(foldLine('SUMMARY:' + 'ż'.repeat(40))).toBe(`SUMMARY:${'ż'.repeat(33)}\r\n ${'ż'.repeat(7)}`);
  });

  it('breaks before a four-byte emoji that would cross octet 75', () => {
    // 8 + 16 × 4 = 72 octets; a 17th emoji would make 76.
    expect(foldLine('SUMMARY:' + '😀'.repeat(20))).toBe(`SUMMARY:${'😀'.repeat(16)}\r\n ${'😀'.repeat(4)}`);
  });

  it('keeps continuation lines at 75 octets including the leading space', () => {
    // 2 + 36 × 2 = 74 octets first; then 37 × "ł" (74) + the space = 75 per line; 16 × "ł" are left for the last.
    const folded = foldLine('X:' + 'ł'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([74, 75, 75, 75, 75, 33]);
  });
});

describe('icsText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(icsText('Podatki, opłaty; C:\\dane\nlinia 2\r\nlinia 3')).toBe('Podatki\\, opłaty\\; C:\\\\dane\\nlinia 2\\nlinia 3');
  });

  it('drops other control characters', () => {
    expect(icsText('a\u0000b\u0007c\u001Bd\u007Fe\tf')).toBe('abcde\tf');
  });

  it('keeps a newline in a value from starting a new property', () => {
    const ics = buildIcs(event({ summary: 'Prośba\r\nATTENDEE:mailto:evil@example.com' }));
    expect(contentLines(ics)).toContain('SUMMARY:Prośba\\nATTENDEE:mailto:evil@example.com');
    expect(contentLines(ics).filter((l) => l.startsWith('ATTENDEE'))).toHaveLength(2);
  });
});

describe('buildIcs: organiser name with separators', () => {
  it('writes a CN containing a comma or semicolon as a quoted parameter value (RFC 5545 §3.2), not with backslashes', () => {
    const ics = buildIcs(event({ organizerName: 'Urząd Miejski w Łomży, Wydział Finansowy; POM' }));
    const organizer = contentLines(ics).find((l) => l.startsWith('ORGANIZER'));
    expect(organizer).toMatch(/^ORGANIZER;CN=(?:"[^"\\]*"|[^";:,\\]*):mailto:oddzwonimy@lomza\.example$/);
    expect(organizer).toContain('Wydział Finansowy');
  });
});

describe('buildIcs: free time and reminders', () => {
  it('marks a free event as transparent and free for Outlook, and a busy one as opaque', () => {
    const free = contentLines(buildIcs(event({ showAs: 'free' })));
    expect(free).toEqual(expect.arrayContaining(['TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE']));
    expect(free).not.toContain('TRANSP:OPAQUE');
    const busy = contentLines(buildIcs(event({ showAs: 'busy' })));
    expect(busy).toContain('TRANSP:OPAQUE');
    expect(busy.filter((l) => l.startsWith('X-MICROSOFT-CDO'))).toEqual([]);
  });

  it('writes one VALARM per reminder, before the start or before the end', () => {
    const lines = contentLines(buildIcs(event({ alarms: [{ minutesBefore: 15, relatedTo: 'start', description: 'a' }, { minutesBefore: 30, relatedTo: 'end', description: 'b' }] })));
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines).toContain('TRIGGER:-PT15M');
    expect(lines).toContain('TRIGGER;RELATED=END:-PT30M');
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  it('writes no VALARM without reminders', () => {
    expect(contentLines(buildIcs(event({ alarms: [] })))).not.toContain('BEGIN:VALARM');
  });
});
