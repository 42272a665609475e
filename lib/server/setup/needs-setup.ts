import type { Db } from "@/lib/server/db/create-client";

/** A database without users is waiting for its first administrator (/setup). */
export async function needsSetup(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}
