import { afterAll, beforeAll, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/parse-csv";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { ConflictError } from "@/lib/server/errors";
import { runImport } from "./run-import";

let t: TestDb;
let actorId: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  actorId = (await t.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
}, 180_000);
afterAll(async () => t?.close());

it("two simultaneous imports of the same new rows create them once; the loser is told why", async () => {
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
    Array.from({ length: 500 }, (_, i) => [
      `RACE-${i}`,
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
  const input = {
    entity: "deployments" as const,
    text,
    fileName: "race.csv",
    mode: "commit" as const,
    actorId,
  };
  const results = await Promise.allSettled([runImport(t.db, input), runImport(t.db, input)]);
  const created = results.filter((r) => r.status === "fulfilled" && r.value.counts.create === 500);
  expect(created).toHaveLength(1);
  for (const r of results) {
    if (r.status === "rejected") {
      expect(r.reason).toBeInstanceOf(ConflictError);
      expect(String(r.reason.message)).toContain("Nothing was imported");
    } else if (r.value.counts.create !== 500) expect(r.value.counts.unchanged).toBe(500);
  }
  expect(await t.db.deployment.count({ where: { ref: { startsWith: "RACE-" } } })).toBe(500);
}, 120_000);
