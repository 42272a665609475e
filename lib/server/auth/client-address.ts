/**
 * The address a request really came from, for the sign-in throttle. The server stamps the socket's
 * address on every request (scripts/peer-address.mjs); X-Forwarded-For is believed only when that
 * socket is one of TIERSCOPE_TRUSTED_PROXIES (comma-separated addresses of your reverse proxies),
 * and then read from the right, skipping the trusted hops, so a client cannot pick its own address.
 */
export const PEER_HEADER = "x-tierscope-peer";

export function trustedProxies(value = process.env.TIERSCOPE_TRUSTED_PROXIES ?? ""): Set<string> {
  return new Set(
    value
      .split(",")
      .map((s) => normalise(s.trim()))
      .filter(Boolean),
  );
}

/** "::ffff:10.0.0.1" (IPv4 on an IPv6 socket) is 10.0.0.1. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").toLowerCase();
}

export function clientAddress(headers: Headers, trusted = trustedProxies()): string {
  const peer = normalise(headers.get(PEER_HEADER) ?? "");
  if (!peer) return "unknown";
  if (!trusted.has(peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => normalise(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i])) return hops[i];
  return hops[0] ?? peer;
}
