import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTempDatabase, createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { embeddedPGliteOf } from "./create-client";
import { readBackupHeader, restoreBackup, writeBackup } from "./backup";
import type { SqlRunner } from "./migrate";
import { pgliteRunner, pgRunner } from "./runners";
import { tableChecksums, type TableChecksum } from "./table-checksums";

const postgresUrl = process.env.DATABASE_URL;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-backup-"));
let source: TestDb;
let sourceRunner: SqlRunner;
let closeRunner = async () => {};
let before: TableChecksum[];
const file = path.join(dir, "backup.jsonl.gz");

beforeAll(async () => {
  source = await createTestDb();
  await seedDemo(source.db, { password: "backup-test-password" });
  // Text that quoting gets wrong, and a reply whose id sorts before its parent's (the backup must
  // still load the parent first).
  await source.db.vendor.create({
    data: { name: `Ünïcode "quoted" 'single' \\ back\nslash ✓ 🚀`, notes: "tab\there" },
  });
  const clause = await source.db.contractClause.findFirstOrThrow();
  const author = await source.db.user.findFirstOrThrow();
  await source.db.annotation.create({
    data: { id: "zz-parent", clauseId: clause.id, authorId: author.id, body: "first" },
  });
  await source.db.annotation.create({
    data: {
      id: "aa-reply",
      clauseId: clause.id,
      authorId: author.id,
      body: "reply",
      parentId: "zz-parent",
    },
  });
  if (source.kind === "embedded") {
    sourceRunner = pgliteRunner(embeddedPGliteOf(source.db)!);
  } else {
    const client = new pg.Client({ connectionString: source.url });
    await client.connect();
    sourceRunner = pgRunner(client);
    closeRunner = () => client.end();
  }
  before = await tableChecksums(sourceRunner);
  await writeBackup(sourceRunner, file, source.kind);
}, 180_000);

afterAll(async () => {
  await closeRunner();
  await source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function restoreIntoFreshPGlite(): Promise<TableChecksum[]> {
  const target = new PGlite();
  try {
    await restoreBackup(pgliteRunner(target), file);
    return await tableChecksums(pgliteRunner(target));
  } finally {
    await target.close();
  }
}

async function restoreIntoFreshPostgres(baseUrl: string): Promise<TableChecksum[]> {
  const temp = await createTempDatabase(baseUrl, "tierscope_restore");
  const client = new pg.Client({ connectionString: temp.url });
  await client.connect();
  try {
    await restoreBackup(pgRunner(client), file);
    return await tableChecksums(pgRunner(client));
  } finally {
    await client.end();
    await temp.drop();
  }
}

describe("backup and restore", () => {
  it("record every table's row count and checksum in the file's header", async () => {
    const header = await readBackupHeader(file);
    expect(header.source).toBe(source.kind);
    expect(header.tables).toEqual(before);
    const rows = Object.fromEntries(before.map((t) => [t.table, t.rows]));
    expect(rows.Deployment).toBeGreaterThanOrEqual(150);
    expect(rows.Annotation).toBeGreaterThanOrEqual(2);
    expect(rows.User).toBe(5);
  });

  it("restore every row of the seeded database into a fresh embedded database", async () => {
    expect(await restoreIntoFreshPGlite()).toEqual(before);
  }, 180_000);

  it.skipIf(!postgresUrl)(
    "restore every row into a fresh PostgreSQL database",
    async () => {
      expect(await restoreIntoFreshPostgres(postgresUrl!)).toEqual(before);
    },
    180_000,
  );

  it("refuse a backup from a newer app version, and a target that already has tables", async () => {
    const target = new PGlite();
    try {
      await expect(restoreBackup(pgliteRunner(target), file, [])).rejects.toThrow(
        /migrations this version of the app does not have/,
      );
      await target.exec(`CREATE TABLE "Keep" (id int); INSERT INTO "Keep" VALUES (1)`);
      await expect(restoreBackup(pgliteRunner(target), file)).rejects.toThrow(
        /new, empty database/,
      );
      expect((await target.query(`SELECT * FROM "Keep"`)).rows).toEqual([{ id: 1 }]);
    } finally {
      await target.close();
    }
  });
});
