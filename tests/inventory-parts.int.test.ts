/**
 * After a change, the engine reloads only the parts of the inventory the change wrote, and keeps
 * its evaluations when nothing they read changed (lib/server/engine/get-inventory.ts), while every
 * change still shows on the next request.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/server/db/create-client";
import { recordAudit } from "@/lib/server/audit";
import { startApp, type App } from "./harness/app";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => (await import("./harness/next-headers")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let app: App;
let db: Db;
let engine: typeof import("@/lib/server/engine/get-evaluation");
let inventoryOf: typeof import("@/lib/server/engine/get-inventory").getInventory;
let activeId: string;

beforeAll(async () => {
  app = await startApp();
  db = app.db;
  engine = await import("@/lib/server/engine/get-evaluation");
  inventoryOf = (await import("@/lib/server/engine/get-inventory")).getInventory;
  activeId = (await db.policyScenario.findFirstOrThrow({ where: { isActive: true } })).id;
}, 120_000);
afterAll(async () => app?.close());

/** A change as the app makes it: the write and its audit event in one transaction. */
async function change(
  entityType: string,
  write: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<unknown>,
  auditFirst = false,
) {
  await db.$transaction(async (tx) => {
    const audit = () =>
      recordAudit(tx, { actorId: null, action: `${entityType}.update`, entityType, entityId: "x" });
    if (auditFirst) await audit();
    await write(tx);
    if (!auditFirst) await audit();
  });
}

describe("reloading after a change", () => {
  it("a clause assessment reloads the contracts only, and the residual follows it", async () => {
    const before = await inventoryOf();
    const evaluation = await engine.getEvaluation(activeId);
    const clause = await db.contractClause.findFirstOrThrow({
      where: { assessment: "ADEQUATE" },
      select: { id: true },
    });
    await change("clause", (tx) =>
      tx.contractClause.update({ where: { id: clause.id }, data: { assessment: "MISSING" } }),
    );
    const after = await inventoryOf();
    expect(after.revision).not.toBe(before.revision);
    expect(after.inventory.deployments).toBe(before.inventory.deployments);
    expect(after.inventory.models).toBe(before.inventory.models);
    expect(after.inventory.contracts).not.toBe(before.inventory.contracts);
    const assessed = after.inventory.contracts
      .flatMap((c) => c.clauses)
      .find((c) => c.id === clause.id);
    expect(assessed?.assessment).toBe("MISSING");
    expect(await engine.getEvaluation(activeId)).not.toBe(evaluation);
  });

  it("a change nothing in the engine reads keeps the inventory and every evaluation", async () => {
    const before = await inventoryOf();
    const evaluation = await engine.getEvaluation(activeId);
    const user = await db.user.findFirstOrThrow({ select: { id: true } });
    await change("user", (tx) =>
      tx.user.update({ where: { id: user.id }, data: { name: "Renamed in a test" } }),
    );
    const after = await inventoryOf();
    expect(after.revision).not.toBe(before.revision);
    expect(after.inventory).toBe(before.inventory);
    expect(await engine.getEvaluation(activeId)).toBe(evaluation);
  });

  it("a rule change keeps the inventory but re-evaluates", async () => {
    const before = await inventoryOf();
    const evaluation = await engine.getEvaluation(activeId);
    const rule = await db.policyRule.findFirstOrThrow({
      where: { scenarioId: activeId },
      select: { id: true, name: true },
    });
    await change("scenario", (tx) =>
      tx.policyRule.update({ where: { id: rule.id }, data: { name: `${rule.name} (renamed)` } }),
    );
    expect((await inventoryOf()).inventory).toBe(before.inventory);
    const again = await engine.getEvaluation(activeId);
    expect(again).not.toBe(evaluation);
    expect(again?.scenario.rules.some((r) => r.name === `${rule.name} (renamed)`)).toBe(true);
  });

  it("a write after its audit event in the same transaction is reloaded too", async () => {
    const before = await inventoryOf();
    const deployment = await db.deployment.findFirstOrThrow({ select: { id: true, users: true } });
    await change(
      "deployment",
      (tx) =>
        tx.deployment.update({
          where: { id: deployment.id },
          data: { users: deployment.users + 7 },
        }),
      true,
    );
    const after = await inventoryOf();
    expect(after.inventory.deployments).not.toBe(before.inventory.deployments);
    expect(after.inventory.contracts).toBe(before.inventory.contracts);
    expect(after.inventory.deployments.find((d) => d.id === deployment.id)?.users).toBe(
      deployment.users + 7,
    );
  });

  it("archiving a model leaves its deployments out at once", async () => {
    const model = await db.aiModel.findFirstOrThrow({
      where: { deployments: { some: {} } },
      select: { id: true },
    });
    await change("model", (tx) =>
      tx.aiModel.update({ where: { id: model.id }, data: { archivedAt: new Date() } }),
    );
    const { inventory } = await inventoryOf();
    expect(inventory.models.some((m) => m.id === model.id)).toBe(false);
    expect(inventory.deployments.some((d) => d.modelId === model.id)).toBe(false);
    await change("model", (tx) =>
      tx.aiModel.update({ where: { id: model.id }, data: { archivedAt: null } }),
    );
    expect((await inventoryOf()).inventory.deployments.some((d) => d.modelId === model.id)).toBe(
      true,
    );
  });

  it("a rolled-back write stamps nothing", async () => {
    const before = await inventoryOf();
    await expect(
      db.$transaction(async (tx) => {
        await tx.vendor.updateMany({ data: { notes: "rolled back" } });
        await recordAudit(tx, {
          actorId: null,
          action: "vendor.update",
          entityType: "vendor",
          entityId: "x",
        });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    await change("user", (tx) => tx.user.updateMany({ data: { name: "Again" } }));
    expect((await inventoryOf()).inventory).toBe(before.inventory);
  });
});
