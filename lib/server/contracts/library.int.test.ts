import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { clauseCoverage, listClauses, parseClauseFilters } from "./list-clauses";
import { countRenewals, listRenewals } from "./list-renewals";

let t: TestDb;
let db: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedDemo(db, { password: "integration-test-password" });
}, 120_000);
afterAll(async () => t?.close());

describe("clause library", () => {
  it("filters by type, counterparty and search, and pages", async () => {
    const microsoft = await db.vendor.findUniqueOrThrow({ where: { name: "Microsoft" } });
    const residency = await listClauses(
      db,
      parseClauseFilters({ type: "DATA_RESIDENCY", counterparty: microsoft.id }),
    );
    expect(residency.rows.map((r) => r.heading)).toEqual([
      "Product Terms — Processing location by deployment type",
    ]);
    const searched = await listClauses(db, parseClauseFilters({ q: "data zone" }));
    expect(searched.rows.every((r) => r.counterparty === "Microsoft")).toBe(true);
    const all = await listClauses(db, parseClauseFilters({}));
    expect(all.rows).toHaveLength(25);
    const second = await listClauses(db, parseClauseFilters({ page: "2" }));
    expect(second.rows[0].id).not.toBe(all.rows[0].id);
    const none = await listClauses(db, parseClauseFilters({ annotations: "OPEN" }));
    expect(none.total).toBe(0);
  });

  it("shows each counterparty's coverage of the clause types that matter", async () => {
    const rows = await clauseCoverage(db);
    const microsoft = rows.find((r) => r.name === "Microsoft")!;
    expect(microsoft.cells.DATA_RESIDENCY).toBe("ADEQUATE");
    expect(microsoft.cells.EXPORT_CONTROL).toBe("MISSING");
  });
});

describe("renewal and review", () => {
  it("lists contracts expiring within 90 days and clauses never reviewed, and counts them", async () => {
    const data = await listRenewals(db);
    expect(data.contracts.length).toBeGreaterThan(0);
    for (const c of data.contracts) expect(c.daysLeft).toBeLessThanOrEqual(90);
    expect(data.clauseCount).toBeGreaterThan(0);
    expect(await countRenewals(db)).toBe(data.contracts.length + data.clauseCount);
  });
});
