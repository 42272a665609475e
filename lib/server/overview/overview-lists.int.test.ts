import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateScenario, type Evaluation } from "@/lib/domain";
import { summarizeOverview } from "@/lib/domain/overview/summarize-overview";
import { cellAt, formatCell } from "@/lib/domain/overview/risk-cells";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { listDeployments } from "@/lib/server/inventory/list-deployments";
import { listVendors } from "@/lib/server/inventory/list-vendors";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { deploymentList, vendorList } from "@/lib/validation/inventory-lists";

let t: TestDb;
let evaluation: Evaluation;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "integration-test-password" });
  const scenario = await t.db.policyScenario.findFirstOrThrow({
    where: { name: "Five Eyes only" },
  });
  evaluation = evaluateScenario(
    await loadInventory(t.db),
    (await loadScenario(t.db, scenario.id))!,
    {
      asOf: "2026-12-01",
    },
  );
}, 120_000);
afterAll(async () => t?.close());

const count = async (params: Record<string, string | string[]>) =>
  (
    await listDeployments(
      t.db,
      deploymentList.parse({ status: ["PLANNED", "LIVE"], ...params }),
      evaluation,
    )
  ).total;

describe("the lists the overview links to hold exactly what it counts", () => {
  it("per heatmap cell, access, band and country", async () => {
    const summary = summarizeOverview(evaluation);
    for (const kind of ["inherent", "residual"] as const) {
      const grid = kind === "inherent" ? summary.inherentGrid : summary.residualGrid;
      for (let i = 0; i < grid.length; i++)
        if (grid[i]) expect(await count({ [kind]: formatCell(cellAt(i)) })).toBe(grid[i]);
    }
    expect(await count({ access: ["LICENCE_REQUIRED", "RESTRICTED", "PROHIBITED"] })).toBe(
      summary.notAllowed,
    );
    expect(await count({ band: "CRITICAL" })).toBe(summary.bands.CRITICAL);
    for (const c of summary.countries.slice(0, 5))
      expect(await count({ touches: c.code })).toBe(c.deployments);
    for (const c of summary.unitRegion.slice(0, 5))
      expect(
        await count({
          unit: c.unit,
          region: c.region,
          band: ["LOW", "MEDIUM", "HIGH", "CRITICAL"],
        }),
      ).toBe(c.deployments);
  });

  it("vendors with clause gaps", async () => {
    const summary = summarizeOverview(evaluation);
    const { rows, total } = await listVendors(
      t.db,
      vendorList.parse({ gaps: "yes" }),
      false,
      evaluation,
    );
    expect(total).toBe(summary.vendorsWithClauseGaps.length);
    expect(rows.map((r) => r.id).sort()).toEqual([...summary.vendorsWithClauseGaps].sort());
    expect((await listVendors(t.db, vendorList.parse({ gaps: "yes" }))).total).toBe(0);
  });
});
