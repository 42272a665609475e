/**
 * An import that validated its rows, then finds some of the keys it creates taken by the time it
 * writes: the conflict path. Forced at the exact moment (runImport's beforeWrite hook), on both
 * databases, rather than hoped for from two racing imports (which PGlite, one connection, always
 * runs one after the other).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/parse-csv";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { ConflictError } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/db/create-client";
import { runImport, type RunImportInput } from "./run-import";

const ROWS = 500;
let t: TestDb;
let actorId: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  actorId = (await t.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
}, 180_000);
afterAll(async () => t?.close());

function raceImport(prefix: string): RunImportInput {
  const text = toCsv(
    [
      "ref",
      "vendor",
      "model",
      "country",
      "cloud_provider",
      "cloud_region",
      "processing_scope",
      "business_unit",
      "use_case",
      "data_sensitivity",
      "business_criticality",
      "users",
      "status",
    ],
    Array.from({ length: ROWS }, (_, i) => [
      `${prefix}-${i}`,
      "OpenAI",
      "GPT-4o",
      "SE",
      "AZURE",
      "swedencentral",
      "REGIONAL",
      "Risk",
      "Triage",
      "3",
      "3",
      "10",
      "LIVE",
    ]),
  );
  return { entity: "deployments", text, fileName: "race.csv", mode: "commit", actorId };
}

const rowsWith = (prefix: string) =>
  t.db.deployment.count({ where: { ref: { startsWith: `${prefix}-` } } });
const importEvents = () => t.db.auditEvent.count({ where: { entityType: "import" } });

/** What another writer does: adds one deployment with a key the import validated as new. */
async function addDeployment(tx: Tx, ref: string) {
  const seeded = await tx.deployment.findFirstOrThrow({ orderBy: { ref: "asc" } });
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = seeded;
  await tx.deployment.create({ data: { ...fields, ref } });
}

it("a key taken between validation and the write: the import is refused whole and says why", async () => {
  const eventsBefore = await importEvents();
  const outcome = runImport(t.db, {
    ...raceImport("TAKEN"),
    beforeWrite: (tx) => addDeployment(tx, "TAKEN-250"),
  });
  await expect(outcome).rejects.toBeInstanceOf(ConflictError);
  await expect(outcome).rejects.toThrow(
    "Someone else added some of these rows while this import ran. Nothing was imported",
  );
  expect(await rowsWith("TAKEN")).toBe(0);
  expect(await importEvents()).toBe(eventsBefore);

  // Uploading the file again then imports every row.
  const again = await runImport(t.db, raceImport("TAKEN"));
  expect(again.committed).toBe(true);
  expect(again.counts.create).toBe(ROWS);
  expect(await rowsWith("TAKEN")).toBe(ROWS);
}, 120_000);

// PGlite runs one transaction at a time: the second import could not validate before the first
// wrote, and the meeting below would wait forever.
it.runIf(process.env.TEST_DB === "postgresql" && Boolean(process.env.DATABASE_URL))(
  "two imports of the same new rows, both validated before either writes: one creates them, the other is refused",
  async () => {
    // Both transactions validate (each sees none of the rows), then meet here; only then do
    // they write, so the second one's inserts must collide with the first's.
    let arrived = 0;
    let release!: () => void;
    const bothValidated = new Promise<void>((resolve) => (release = resolve));
    const meet = async () => {
      if (++arrived === 2) release();
      await bothValidated;
    };
    const eventsBefore = await importEvents();
    const results = await Promise.allSettled([
      runImport(t.db, { ...raceImport("RACE"), beforeWrite: meet }),
      runImport(t.db, { ...raceImport("RACE"), beforeWrite: meet }),
    ]);
    expect(arrived).toBe(2);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(won[0].value.counts.create).toBe(ROWS);
    expect(won[0].value.committed).toBe(true);
    expect(lost[0].reason).toBeInstanceOf(ConflictError);
    expect(String(lost[0].reason.message)).toContain("Nothing was imported");
    expect(await rowsWith("RACE")).toBe(ROWS);
    expect(await importEvents()).toBe(eventsBefore + 1);
  },
  120_000,
);
