import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/server/db/migrate";
import { pgliteRunner } from "@/lib/server/db/runners";

const pglite = new PGlite();
afterAll(() => pglite.close());

describe("migration treatment_foreign_keys", () => {
  it("applies on a database whose treatments point at deleted rows, keeping what still fits", async () => {
    const all = readMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_treatment_foreign_keys"));
    expect(at).toBeGreaterThan(0);
    const runner = pgliteRunner(pglite);
    await applyMigrations(runner, all.slice(0, at));
    // Before the keys, nothing stopped these rows from naming what does not exist.
    await pglite.exec(`
      INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt")
        VALUES ('u-kept', 'kept@example.test', 'Kept', 'COMPLIANCE', 'x', now());
      INSERT INTO "DeploymentTreatment" ("deploymentId", "ownerId", "approverId", "updatedAt")
        VALUES ('gone-deployment', 'u-kept', 'u-kept', now());
    `);
    await pglite.exec(`
      INSERT INTO "Jurisdiction" ("code", "alpha3", "name", "region") VALUES ('JP', 'JPN', 'Japan', 'Asia');
      INSERT INTO "Vendor" ("id", "name", "updatedAt") VALUES ('v', 'Vendor', now());
      INSERT INTO "AiModel" ("id", "vendorId", "name", "capabilityClass", "updatedAt")
        VALUES ('m', 'v', 'Model', 'GENERAL', now());
      INSERT INTO "Deployment" ("id", "ref", "modelId", "jurisdictionCode", "cloudProvider",
          "cloudRegion", "processingScope", "businessUnit", "useCase", "dataSensitivity",
          "businessCriticality", "users", "updatedAt")
        VALUES ('d', 'DEP-1', 'm', 'JP', 'AWS', 'ap-northeast-1', 'REGIONAL', 'HR', 'Chat', 3, 3, 10, now());
      INSERT INTO "DeploymentTreatment" ("deploymentId", "ownerId", "approverId", "alternativeModelId", "updatedAt")
        VALUES ('d', 'u-gone', 'u-kept', 'm-gone', now());
    `);
    await applyMigrations(runner, all);
    const rows = await runner.query<Record<string, string | null>>(
      `SELECT "deploymentId", "ownerId", "approverId", "alternativeModelId" FROM "DeploymentTreatment"`,
    );
    expect(rows).toEqual([
      { deploymentId: "d", ownerId: null, approverId: "u-kept", alternativeModelId: null },
    ]);
    // Replaying every migration on PGlite takes tens of seconds on a busy machine.
  }, 120_000);
});
