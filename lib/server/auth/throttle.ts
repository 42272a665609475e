/**
 * Sign-in rate limiting kept in the database, so it holds across server processes. Keys:
 * - `acct:<email>|<address>`: one account from one address; locked for LOCK_MS after MAX_FAILURES
 *   failures within WINDOW_MS. Someone guessing from elsewhere cannot lock the owner out.
 * - `addr:<address>`: one client address, whatever the account; locked after 4 × MAX_FAILURES.
 * - `email:<email>`: one account from anywhere; never locked, but each attempt beyond MAX_FAILURES
 *   waits longer (backoffMs), which slows guessing spread over many addresses.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
// A shared address (an office proxy) gets more room than a single account.
const ADDRESS_FACTOR = 4;

const MAX_BACKOFF_MS = 4_000;

function limitFor(key: string): number {
  if (key.startsWith("email:")) return Infinity;
  return key.startsWith("addr:") ? MAX_FAILURES * ADDRESS_FACTOR : MAX_FAILURES;
}

export function throttleKeys(email: string, address: string) {
  return {
    pair: `acct:${email}|${address}`,
    address: `addr:${address}`,
    account: `email:${email}`,
  };
}

/** How long to wait before checking a password for an account with recent failures. */
export async function backoffMs(db: PrismaClient, accountKey: string, now = new Date()) {
  const row = await db.loginThrottle.findUnique({ where: { key: accountKey } });
  if (!row || now.getTime() - row.windowStart.getTime() > WINDOW_MS) return 0;
  const excess = row.failures - MAX_FAILURES;
  return excess < 0 ? 0 : Math.min(MAX_BACKOFF_MS, 250 * 2 ** excess);
}

export async function isThrottled(
  db: PrismaClient,
  keys: string[],
  now = new Date(),
): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  return rows.some((r) => r.lockedUntil !== null && r.lockedUntil > now);
}

export async function recordFailure(
  db: PrismaClient,
  keys: string[],
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const key of keys) {
      const row = await tx.loginThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil =
        failures >= limitFor(key)
          ? new Date(now.getTime() + LOCK_MS)
          : fresh
            ? null
            : (row.lockedUntil ?? null);
      await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: now, lockedUntil },
        update: { failures, windowStart: fresh ? now : row.windowStart, lockedUntil },
      });
    }
  });
}

export async function clearFailures(db: PrismaClient, keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
