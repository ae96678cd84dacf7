import { isIP } from 'node:net';

/**
 * Which proxy hops Express may believe about the client's address (`X-Forwarded-For`,
 * `X-Forwarded-Proto`): `false` trusts none (the socket's address is the client), a number trusts
 * that many hops nearest the app, a list trusts proxies at those addresses or subnets.
 */
export type TrustProxy = false | number | string[];

/** Express's names for well-known ranges (see proxy-addr). */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];
const NONE = ['', 'false', 'none', '0'];
const MAX_HOPS = 10;

export const TRUST_PROXY_RULE =
  'must be none, a hop count (1–10), or a comma list of proxy addresses, subnets (CIDR) or loopback, linklocal, uniquelocal';

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/** The setting read from TRUST_PROXY, or undefined when the text is not one (see TRUST_PROXY_RULE). */
export function parseTrustProxy(text: string | undefined): TrustProxy | undefined {
  const value = (text ?? '').trim();
  if (NONE.includes(value.toLowerCase())) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_HOPS ? hops : undefined;
  }
  // `true` (trust every hop) is refused on purpose: it lets any client choose its own address.
  const entries = value.split(',').map((entry) => entry.trim());
  const valid = entries.every(
    (entry) => NAMED_RANGES.includes(entry.toLowerCase()) || isAddressOrSubnet(entry),
  );
  return valid
    ? entries.map((e) => (NAMED_RANGES.includes(e.toLowerCase()) ? e.toLowerCase() : e))
    : undefined;
}
