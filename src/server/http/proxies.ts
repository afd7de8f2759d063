import { BlockList, isIP } from 'node:net';

/**
 * The reverse proxies whose X-Forwarded-For we believe (TRUSTED_PROXIES: addresses or CIDR ranges).
 * The client is the rightmost address of the chain that is not one of them: every hop to its left was
 * written by whoever connected to that proxy, so a client can put anything there but not on the right.
 */
export type TrustedProxies = { readonly list: BlockList; readonly source: readonly string[] };

export const DEFAULT_TRUSTED_PROXIES = ['127.0.0.0/8', '::1'];

/** One entry of TRUSTED_PROXIES is an IPv4/IPv6 address or CIDR range; null when it is not. */
function parseEntry(entry: string): { address: string; prefix: number | null; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', bits, ...rest] = entry.trim().split('/');
  const kind = isIP(address);
  if (!kind || rest.length > 0) return null;
  const family = kind === 4 ? 'ipv4' : 'ipv6';
  if (bits === undefined) return { address, prefix: null, family };
  if (!/^\d{1,3}$/.test(bits)) return null;
  const prefix = Number(bits);
  return prefix <= (kind === 4 ? 32 : 128) ? { address, prefix, family } : null;
}

/** The entries that are not addresses or ranges (for the configuration's error message). */
export function invalidProxyEntries(entries: readonly string[]): string[] {
  return entries.filter((e) => parseEntry(e) === null);
}

export function trustedProxies(entries: readonly string[] = DEFAULT_TRUSTED_PROXIES): TrustedProxies {
  const list = new BlockList();
  for (const e of entries) {
    const p = parseEntry(e);
    if (!p) throw new Error(`TRUSTED_PROXIES: "${e}" không phải địa chỉ IP hoặc dải CIDR`);
    if (p.prefix === null) list.addAddress(p.address, p.family);
    else list.addSubnet(p.address, p.prefix, p.family);
  }
  return { list, source: entries };
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is 10.0.0.1; `[::1]:443` and `1.2.3.4:80` lose the port. */
export function normalizeAddress(raw: string): string | null {
  let a = raw.trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracket?.[1]) a = bracket[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  if (mapped?.[1]) a = mapped[1];
  return isIP(a) ? a.toLowerCase() : null;
}

export function isTrusted(proxies: TrustedProxies, address: string): boolean {
  const kind = isIP(address);
  return kind !== 0 && proxies.list.check(address, kind === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the socket's peer unless that peer is a trusted proxy, then the rightmost
 * X-Forwarded-For hop that is not a trusted proxy. A request without a socket (app.request in tests)
 * counts as coming through a trusted proxy. A malformed hop ends the walk: it is where the client's
 * own text begins, so the hop to its right (a proxy we trust wrote it) is the best we know.
 */
export function resolveClientIp(
  peer: string | null,
  forwardedFor: string | undefined,
  proxies: TrustedProxies,
): string | null {
  const socket = peer === null ? null : normalizeAddress(peer);
  if (socket !== null && !isTrusted(proxies, socket)) return socket;
  let client = socket;
  const hops = (forwardedFor ?? '').split(',').reverse();
  for (const hop of hops) {
    if (!hop.trim()) continue;
    const address = normalizeAddress(hop);
    if (address === null) break;
    client = address;
    if (!isTrusted(proxies, address)) break;
  }
  return client;
}
