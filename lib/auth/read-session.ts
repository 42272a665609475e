/**
 * Who signed in, from the session cookie alone: shared by the proxy and the server guards, which
 * both read it on every request. Auth.js's `auth()` would run its whole session endpoint for the
 * same answer; decoding the JWT directly is enough because sessions are not rolled (they end 8 h
 * after sign-in, decision 0003). Decoded tokens are remembered by cookie until they expire, so a
 * signed-in user's requests skip the key derivation and decryption after the first.
 */
import { getToken, type JWT } from "next-auth/jwt";

const SECURE_COOKIE = "__Secure-authjs.session-token";
const MAX_REMEMBERED = 500;
const remembered = new Map<string, JWT>();

function unexpired(token: JWT): boolean {
  return typeof token.exp === "number" && token.exp * 1000 > Date.now();
}

/** The user id in a valid, unexpired session cookie; null otherwise. */
export async function sessionUserId(cookieHeader: string | null): Promise<string | null> {
  return (await sessionClaims(cookieHeader))?.uid ?? null;
}

/** Who (uid) and which server-side session (sid) a valid, unexpired session cookie names. */
export async function sessionClaims(
  cookieHeader: string | null,
): Promise<{ uid: string; sid: string | null } | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret || !cookieHeader) return null;
  let token = remembered.get(cookieHeader) ?? null;
  if (!token) {
    token = await getToken({
      req: { headers: { cookie: cookieHeader } },
      secret,
      secureCookie: cookieHeader.includes(SECURE_COOKIE),
    });
    if (!token || !unexpired(token)) return null;
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(cookieHeader, token);
  } else if (!unexpired(token)) {
    remembered.delete(cookieHeader);
    return null;
  }
  if (typeof token.uid !== "string") return null;
  return { uid: token.uid, sid: typeof token.sid === "string" ? token.sid : null };
}
