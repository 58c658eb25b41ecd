import { describe, expect, it } from 'vitest';
import type { StaffListRow } from '../../src/db/staff-store.ts';
import { escapeHtml, staffListRowsHtml } from '../../src/site/staff-list-rows.ts';

const row = (over: Partial<StaffListRow> = {}): StaffListRow => ({
  id: 7,
  reference: 'K7M-4PX',
  unit_id: 'finanse',
  deadline_at: '2026-12-01T10:00:00.000Z',
  state: 'new',
  deadline_label: 'wtorek, 1 grudnia, do godz. 11:00',
  topic_name: 'Podatki <i>i</i> opłaty',
  ...over,
});
const view = { now: new Date('2026-12-01T09:59:59.999Z'), everyUnit: false, unitName: (id: string) => `Wydział ${id} & spółka`, link: (r: StaffListRow) => `/obsluga/prosba/${r.id}"x/` };

describe('the rows of a staff list', () => {
  it('show the reference as a link, the deadline, the state and the topic, every text escaped', () => {
    expect(staffListRowsHtml([row()], view)).toBe(
      '<tr><td><a href="/obsluga/prosba/7&quot;x/">K7M-4PX</a></td><td>wtorek, 1 grudnia, do godz. 11:00</td><td>nowa</td><td>Podatki &lt;i&gt;i&lt;/i&gt; opłaty</td></tr>',
    );
  });

  it('mark a deadline from the moment it passes, and add the unit for POM and the coordinator', () => {
    const html = staffListRowsHtml([row(), row({ id: 8, deadline_at: '2026-12-01T10:00:00.001Z' })], { ...view, now: new Date('2026-12-01T10:00:00.000Z'), everyUnit: true });
    const [first, second] = html.split('</tr>');
    expect(first).toContain('<td><strong>Po terminie: wtorek, 1 grudnia, do godz. 11:00</strong></td>');
    expect(second).not.toContain('Po terminie');
    expect(first).toContain('<td>Wydział finanse &amp; spółka</td>');
  });

  it('are nothing for no rows, and escape all five characters', () => {
    expect(staffListRowsHtml([], view)).toBe('');
    // A payload without the labels gives SQL NULL: an empty cell, not a 500.
    const broken = row({ deadline_label: null as unknown as string, topic_name: null as unknown as string });
    expect(staffListRowsHtml([broken], view)).toContain('</a></td><td></td><td>nowa</td><td></td></tr>');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
