import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { ParleyError } from '../model/index.js';

/** Address ranges a server-side fetch must not reach unless the operator allows it (RFC 6890 and kin). */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** True for an address anyone on the internet could reach: not loopback, private, link-local or reserved. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  const family = isIP(address);
  if (family === 0) return false;
  return !PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** How a host name becomes addresses; tests pass their own. */
export type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

/**
 * Checks a url a client asked the server to fetch: http or https only, and a host whose every address is
 * public, so the API cannot be used to reach the server's own network. Throws `E_USAGE` (a 400) naming
 * the url and why. The check is made when the job is submitted; a redirect to a private address later is
 * not caught here (see src/server/README.md).
 */
export async function checkPublicUrl(url: string, resolve: Resolve = resolveAll): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ParleyError('E_USAGE', `url ${JSON.stringify(url)} is not a valid url`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ParleyError('E_USAGE', `url ${url} is not http or https`);
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    throw new ParleyError('E_USAGE', `url ${url}: the host ${host} does not resolve`);
  }
  const blocked = addresses.find((address) => !isPublicAddress(address));
  if (addresses.length === 0 || blocked !== undefined) {
    throw new ParleyError(
      'E_USAGE',
      `url ${url}: ${host} resolves to ${blocked ?? 'nothing'}, which is not a public address`,
      { hint: 'the operator can allow private addresses with parley serve --allow-private-urls' },
    );
  }
}
