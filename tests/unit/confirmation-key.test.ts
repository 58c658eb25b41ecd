import { describe, expect, it } from 'vitest';
import { DETAILS_FOR_MS, detailsVisible, sameKey } from '../../src/callback/confirmation-key.ts';

const row = { view_token: 'Gw_DLqOhnwGVKtP6NhJ9Hg', created_at: '2026-12-01T08:00:00.000Z' };
const sent = Date.parse(row.created_at);

describe('confirmation key', () => {
  it('shows the details with the right key within the hour, and never without it', () => {
    expect(detailsVisible(row, row.view_token, sent + 1000)).toBe(true);
    expect(detailsVisible(row, undefined, sent + 1000), 'no key').toBe(false);
    expect(detailsVisible(row, 'Gw_DLqOhnwGVKtP6NhJ9Hh', sent + 1000), 'a wrong key').toBe(false);
    expect(detailsVisible(row, row.view_token, sent + DETAILS_FOR_MS), 'an expired key').toBe(false);
    expect(detailsVisible(row, row.view_token, sent - 60_000), 'a clock before the request').toBe(false);
  });

  it('compares keys of any length and any characters without throwing', () => {
    for (const given of ['', 'x', 'ż'.repeat(11), '\u0000', '🙂'.repeat(100), 'a'.repeat(100_000), row.view_token.slice(0, -1) + 'ą']) {
      expect(() => sameKey(row.view_token, given), JSON.stringify(given.slice(0, 20))).not.toThrow();
      expect(sameKey(row.view_token, given)).toBe(false);
    }
    expect(sameKey(row.view_token, row.view_token)).toBe(true);
  });
});
