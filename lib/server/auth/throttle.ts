/**
 * Sign-in rate limiting kept in the database, so it holds across server processes: after
 * MAX_FAILURES failed attempts within WINDOW_MS for one key (an email or a client address), that key
 * is locked for LOCK_MS.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
// A shared address (an office proxy) gets more room than a single account.
const ADDRESS_FACTOR = 4;

function limitFor(key: string): number {
  return key.startsWith("addr:") ? MAX_FAILURES * ADDRESS_FACTOR : MAX_FAILURES;
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
      const lockedUntil = failures >= limitFor(key) ? new Date(now.getTime() + LOCK_MS) : null;
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
