import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "./migrate";
import { pgliteRunner, pgRunner } from "./runners";
import { createTempDatabase } from "@/lib/server/testing/test-db";

const EXPECTED_TABLES = [
  "AiModel",
  "Annotation",
  "AnnotationMention",
  "AuditEvent",
  "ClauseAssessmentEntry",
  "Contract",
  "ContractClause",
  "CountryGroup",
  "CountryGroupMember",
  "DataRevision",
  "DataRevisionPart",
  "Deployment",
  "DeploymentReach",
  "DeploymentTreatment",
  "Jurisdiction",
  "LoginThrottle",
  "MethodologyVersion",
  "PolicyRule",
  "PolicyScenario",
  "RiskSnapshot",
  "User",
  "UserSession",
  "Vendor",
  "_prisma_migrations",
];
const TABLES = `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
const names = readMigrations().map((m) => m.name);

describe("migrations", () => {
  it("apply to an empty embedded PGlite folder, survive a reopen, and re-apply as a no-op", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-mig-"));
    try {
      const first = new PGlite(dir);
      expect(await applyMigrations(pgliteRunner(first))).toEqual(names);
      await first.close();
      const again = new PGlite(dir);
      expect(await applyMigrations(pgliteRunner(again))).toEqual([]);
      const tables = (await again.query<{ table_name: string }>(TABLES)).rows.map(
        (r) => r.table_name,
      );
      await again.close();
      expect(tables).toEqual(EXPECTED_TABLES);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Opens fresh embedded databases and applies every migration: slow on a loaded machine.
  }, 120_000);

  it("refuse to run when an applied migration file was edited afterwards", async () => {
    const db = new PGlite();
    await applyMigrations(pgliteRunner(db));
    const edited = readMigrations().map((m, i) =>
      i === 0 ? { ...m, checksum: "0".repeat(64) } : m,
    );
    await expect(applyMigrations(pgliteRunner(db), edited)).rejects.toThrow(
      /was changed after it was applied/,
    );
    await db.close();
  });

  it("roll back a failing migration completely and say which one failed", async () => {
    const db = new PGlite();
    const broken = [
      {
        name: "29990101000000_broken",
        sql: `CREATE TABLE "Half" (id int); SELECT no_such_function();`,
        checksum: "x".repeat(64),
      },
    ];
    await expect(applyMigrations(pgliteRunner(db), broken)).rejects.toThrow(
      /29990101000000_broken failed/,
    );
    expect(
      (await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).rows,
    ).toHaveLength(0);
    await db.close();
  });

  it.skipIf(!process.env.DATABASE_URL)(
    "apply to an empty PostgreSQL database, with the active-scenario index",
    async () => {
      const temp = await createTempDatabase(process.env.DATABASE_URL!, "tierscope_mig");
      const c = new pg.Client({ connectionString: temp.url });
      try {
        await c.connect();
        expect(await applyMigrations(pgRunner(c), undefined, { lock: true })).toEqual(names);
        expect(await applyMigrations(pgRunner(c), undefined, { lock: true })).toEqual([]);
        const tables = (await c.query<{ table_name: string }>(TABLES)).rows.map(
          (r) => r.table_name,
        );
        expect(tables).toEqual(EXPECTED_TABLES);
        await c.query(
          `INSERT INTO "PolicyScenario" (id, name, "isActive", "updatedAt") VALUES ('a', 'A', true, now())`,
        );
        await expect(
          c.query(
            `INSERT INTO "PolicyScenario" (id, name, "isActive", "updatedAt") VALUES ('b', 'B', true, now())`,
          ),
        ).rejects.toThrow(/unique/);
      } finally {
        await c.end();
        await temp.drop();
      }
    },
  );
});
