/**
 * Who a request comes from, as the submission limit counts it. Pure.
 *
 * Behind a trusted proxy the address is the one the proxy added to
 * `X-Forwarded-For`: the rightmost entry, or with several proxies in a row
 * the entry `hops` places from the right. Entries to its left were written
 * by the client and prove nothing. Addresses are normalised (IPv4-mapped
 * IPv6, ports, brackets, leading zeros) and an IPv6 client counts per /64,
 * the block one household or phone gets.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The address `hops` entries from the right of `X-Forwarded-For`, or `undefined` when the header is missing or empty. */
export function forwardedClient(header: string | string[] | undefined, hops: number): string | undefined {
  const list = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.length === 0) return undefined;
  return list[Math.max(0, list.length - hops)];
}

/** The client's address for this server: the trusted proxy's entry when `trustProxy`, else the socket's peer. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean, hops: number): string {
  const forwarded = trustProxy ? forwardedClient(forwardedFor, hops) : undefined;
  return normaliseAddress(forwarded ?? socketAddress ?? '') ?? 'unknown';
}

/** An IPv4 address in dotted form without leading zeros, or `undefined`. */
function ipv4(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const numbers = parts.map(Number);
  if (numbers.some((n) => n > 255)) return undefined;
  return numbers.join('.');
}

/** Eight 16-bit groups of an IPv6 address (an embedded IPv4 tail included), or `undefined`. */
function ipv6Groups(text: string): number[] | undefined {
  if (!isIPv6(text)) return undefined;
  let s = text.toLowerCase();
  const tail = /:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const v4 = ipv4(tail[1]!)!.split('.').map(Number);
    s = `${s.slice(0, tail.index)}:${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const [head, rest] = s.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = [...left, ...(s.includes('::') ? Array<string>(missing).fill('0') : []), ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 ? groups : undefined;
}

/**
 * The address in one spelling: IPv4 dotted without leading zeros (also when
 * written as IPv4-mapped IPv6 or with a port), IPv6 as its /64 prefix.
 * `undefined` for something that is not an address.
 */
export function normaliseAddress(raw: string): string | undefined {
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  s = s.replace(/%.*$/, ''); // zone id
  const v4 = ipv4(s);
  if (v4) return v4;
  if (isIPv4(s)) return s;
  const groups = ipv6Groups(s);
  if (!groups) return undefined;
  // ::ffff:a.b.c.d is an IPv4 client.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
