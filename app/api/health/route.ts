import { NextResponse } from "next/server";
import { db } from "@/lib/server/db/client";
import { databaseKind } from "@/lib/server/db/create-client";

export const dynamic = "force-dynamic";

/** Liveness and database check, open to monitoring without a session. */
export async function GET() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({
      status: "ok",
      database: databaseKind(),
      dbLatencyMs: Math.round((performance.now() - started) * 10) / 10,
    });
  } catch (error) {
    console.error("health check failed", error);
    return NextResponse.json(
      { status: "error", database: databaseKind(), message: "Database unreachable" },
      { status: 503 },
    );
  }
}
