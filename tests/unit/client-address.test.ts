import { describe, expect, it } from 'vitest';
import { clientAddress, forwardedClient, normaliseAddress } from '../../src/guards/client-address.ts';

describe('client address', () => {
  it('behind a trusted proxy takes the entry the proxy added (rightmost), never what the client wrote', () => {
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.7', true, 1)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', ['1.1.1.1', '203.0.113.7'], true, 1)).toBe('203.0.113.7');
    expect(forwardedClient('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(forwardedClient('203.0.113.7', 3), 'fewer entries than hops: the leftmost').toBe('203.0.113.7');
    expect(forwardedClient(' , ', 1)).toBeUndefined();
  });

  it('without TRUST_PROXY, or with no header, uses the socket address', () => {
    expect(clientAddress('198.51.100.9', '203.0.113.7', false, 1)).toBe('198.51.100.9');
    expect(clientAddress('198.51.100.9', undefined, true, 1)).toBe('198.51.100.9');
    expect(clientAddress(undefined, undefined, false, 1)).toBe('unknown');
  });

  it('writes one address one way: mapped IPv6, ports, brackets, leading zeros', () => {
    for (const spelling of ['203.0.113.7', '::ffff:203.0.113.7', '::FFFF:203.0.113.7', '[::ffff:203.0.113.7]:443', '203.0.113.7:51234', '203.000.113.007', '::ffff:cb00:7107']) {
      expect(normaliseAddress(spelling), spelling).toBe('203.0.113.7');
    }
  });

  it('counts an IPv6 client per /64', () => {
    const a = normaliseAddress('2001:db8:1234:5678::1');
    expect(a).toBe('2001:db8:1234:5678::/64');
    for (const same of ['2001:0db8:1234:5678:ffff:ffff:ffff:ffff', '[2001:DB8:1234:5678::abcd]:8080', '2001:db8:1234:5678:0:0:0:1%eth0']) expect(normaliseAddress(same), same).toBe(a);
    expect(normaliseAddress('2001:db8:1234:5679::1')).not.toBe(a);
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64');
  });

  it('refuses what is not an address', () => {
    for (const bad of ['', 'unknown', 'evil.example', '999.1.1.1', '1.2.3', '1.2.3.4.5', 'gggg::1']) expect(normaliseAddress(bad), bad).toBeUndefined();
  });
});
