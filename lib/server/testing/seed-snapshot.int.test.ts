import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { dataRevision } from "@/lib/server/engine/data-revision";
import { partsChangedSince } from "@/lib/server/engine/parts-changed-since";
import { tableChecksums } from "@/lib/server/db/table-checksums";
import { createTestDb, type TestDb } from "./test-db";
import {
  hasSeedSnapshot,
  inTransaction,
  restoreSeedSnapshot,
  takeSeedSnapshot,
} from "./seed-snapshot";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "snapshot-test-password" });
}, 180_000);
afterAll(async () => t?.close());

const checksums = () =>
  inTransaction(t.db, async (runner) =>
    (await tableChecksums(runner)).filter(
      (c) => c.table !== "DataRevision" && c.table !== "DataRevisionPart",
    ),
  );

it("a reset puts every seeded row back, drops what was added, and moves the data revision on", async () => {
  expect(await inTransaction(t.db, hasSeedSnapshot)).toBe(false);
  await inTransaction(t.db, takeSeedSnapshot);
  const seeded = await checksums();
  const scenario = await t.db.policyScenario.findFirstOrThrow({
    where: { name: "G7 trusted partners" },
  });
  await t.db.policyScenario.update({
    where: { id: scenario.id },
    data: { name: "Renamed by a journey" },
  });
  await t.db.vendor.create({ data: { name: "Added by a journey" } });
  await t.db.deployment.deleteMany({ where: { ref: "DEP-0001" } });
  expect(await checksums()).not.toEqual(seeded);
  const revisionBefore = BigInt(await dataRevision(t.db));

  const started = performance.now();
  await inTransaction(t.db, restoreSeedSnapshot);
  console.log(`seed snapshot reset: ${Math.round(performance.now() - started)} ms (${t.kind})`);

  expect(await checksums()).toEqual(seeded);
  expect(
    await t.db.policyScenario.findFirst({ where: { name: "G7 trusted partners" } }),
  ).not.toBeNull();
  expect(await t.db.vendor.count({ where: { name: "Added by a journey" } })).toBe(0);
  expect(BigInt(await dataRevision(t.db))).toBeGreaterThan(revisionBefore);
  // Every part the server may have cached is stamped as changed (decision 0020), so its next
  // request reads the restored rows.
  const { changed } = await partsChangedSince(t.db, String(revisionBefore));
  for (const part of ["deployments", "vendors", "scenarios", "contracts", "models"])
    expect(changed).toContain(part);
  // New rows after a reset take new ids, never one of the restored rows'.
  await t.db.vendor.create({ data: { name: "Added after the reset" } });
}, 60_000);
