import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/server/db/client";
import { embeddedPGliteOf } from "@/lib/server/db/create-client";
import { writeBackup } from "@/lib/server/db/backup";
import { hasLocalToken } from "@/lib/server/db/local-server";

export const dynamic = "force-dynamic";

/**
 * A backup of the embedded database taken by the server that holds it, for `npm run db:backup`
 * on the same machine (lib/server/db/local-server.ts). Only with the start script's local token;
 * a 404 on PostgreSQL (the script connects itself) or without a token configured. The backup runs
 * in one PGlite transaction: one consistent snapshot, other requests wait until it is written.
 */
export async function GET(request: NextRequest) {
  const pglite = embeddedPGliteOf(db);
  if (!pglite || !process.env.TIERSCOPE_LOCAL_TOKEN) return new NextResponse(null, { status: 404 });
  if (!hasLocalToken(request))
    return NextResponse.json({ error: "The local token is missing or wrong." }, { status: 401 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-backup-"));
  const file = path.join(dir, "backup.jsonl.gz");
  try {
    await pglite.transaction((tx) =>
      writeBackup(
        {
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <T>(sql: string, params?: unknown[]) =>
            (await tx.query<T>(sql, params)).rows,
        },
        file,
        "embedded",
        { inTransaction: true },
      ),
    );
    return new NextResponse(fs.readFileSync(file), {
      headers: { "Content-Type": "application/gzip", "Cache-Control": "no-store" },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
