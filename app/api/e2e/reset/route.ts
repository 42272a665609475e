import { NextResponse } from "next/server";
import { db } from "@/lib/server/db/client";
import {
  hasSeedSnapshot,
  inTransaction,
  resetEnabled,
  restoreSeedSnapshot,
} from "@/lib/server/testing/seed-snapshot";

export const dynamic = "force-dynamic";

/**
 * The browser journeys' reset to the seeded demo data (e2e/README.md). Exists only on the e2e
 * server: everywhere else (no TIERSCOPE_E2E_RESET=1, or no snapshot taken) it is a 404.
 */
export async function POST() {
  if (!resetEnabled()) return new NextResponse(null, { status: 404 });
  const started = performance.now();
  const done = await inTransaction(db, async (runner) => {
    if (!(await hasSeedSnapshot(runner))) return false;
    await restoreSeedSnapshot(runner);
    return true;
  });
  if (!done) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ ms: Math.round(performance.now() - started) });
}
