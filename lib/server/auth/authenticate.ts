import { db } from "@/lib/server/db/client";
import { startSession } from "./sessions";
import { verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { backoffMs, clearFailures, isThrottled, recordFailure, throttleKeys } from "./throttle";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sid: string } }
  | { ok: false; code: "invalid" | "rate_limited" | "disabled" };

// A fixed hash to verify against when the email is unknown, so timing does not reveal accounts.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$quc5000Vzmn9fRSU0lakcg$lbJYsHfzvYNfFVHDghGhyhVTjm6fWOsHvd/RUbPd8qA";

export async function authenticate(
  email: string,
  password: string,
  address: string,
): Promise<AuthenticateResult> {
  const keys = throttleKeys(email, address);
  if (await isThrottled(db, [keys.pair, keys.address])) return { ok: false, code: "rate_limited" };
  const wait = await backoffMs(db, keys.account);
  if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid) {
    await recordFailure(db, [keys.pair, keys.address, keys.account]);
    return { ok: false, code: "invalid" };
  }
  if (user.disabledAt) return { ok: false, code: "disabled" };
  await clearFailures(db, [keys.pair, keys.account]);
  const sid = await startSession(db, user.id);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sid },
  };
}
