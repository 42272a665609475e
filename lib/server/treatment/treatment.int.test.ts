import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@/lib/clock";
import { evaluateScenario } from "@/lib/domain";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { treatmentInputSchema } from "@/lib/validation/treatment";
import { listNeedsAttention } from "./list-needs-attention";
import { saveTreatment } from "./save-treatment";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
}, 120_000);
afterAll(async () => t?.close());

async function attention() {
  const row = await t.db.policyScenario.findFirstOrThrow({ where: { name: "Status quo" } });
  const evaluation = evaluateScenario(
    await loadInventory(t.db),
    (await loadScenario(t.db, row.id))!,
    { asOf: today() },
  );
  return listNeedsAttention(t.db, evaluation);
}

describe("treatment", () => {
  it("an accepted risk with an approver and a future expiry leaves the list; an expired one returns", async () => {
    const before = await attention();
    const item = before.find((i) => i.reason === "FINDING_UNTREATED")!;
    expect(item).toBeDefined();
    const compliance = await t.db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } });
    const input = treatmentInputSchema.parse({
      version: 0,
      kind: "ACCEPT",
      ownerId: compliance.id,
      reviewDate: "",
      approverId: compliance.id,
      reason: "Exit planned with the vendor",
      expiresAt: "2027-03-31",
    });
    await saveTreatment(t.db, compliance.id, item.deploymentId, input);
    const after = await attention();
    expect(after.some((i) => i.deploymentId === item.deploymentId)).toBe(false);
    expect(after).toHaveLength(before.length - 1);
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityType: "treatment", entityId: item.deploymentId },
    });
    expect(audit.action).toBe("treatment.create");

    await saveTreatment(
      t.db,
      compliance.id,
      item.deploymentId,
      treatmentInputSchema.parse({ ...input, version: 1, expiresAt: "2026-11-01" }),
    );
    expect((await attention()).find((i) => i.deploymentId === item.deploymentId)?.reason).toBe(
      "ACCEPTANCE_EXPIRED",
    );
  });

  it("refuses an approver whose role may not accept, and a stale version (409)", async () => {
    const item = (await attention()).find((i) => i.reason.endsWith("_UNTREATED"))!;
    const legal = await t.db.user.findFirstOrThrow({ where: { role: "LEGAL" } });
    const admin = await t.db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const input = treatmentInputSchema.parse({
      version: 0,
      kind: "ACCEPT",
      ownerId: null,
      reviewDate: null,
      approverId: legal.id,
      reason: "Legal says fine",
      expiresAt: "2027-01-31",
    });
    await expect(saveTreatment(t.db, admin.id, item.deploymentId, input)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("administrator or a compliance officer"),
    });
    const plan = treatmentInputSchema.parse({
      version: 0,
      kind: "MITIGATE",
      ownerId: admin.id,
      reviewDate: null,
      plan: "Move processing to an allowed region",
      dueDate: "2027-02-28",
    });
    await saveTreatment(t.db, admin.id, item.deploymentId, plan);
    await expect(saveTreatment(t.db, admin.id, item.deploymentId, plan)).rejects.toMatchObject({
      status: 409,
    });
  });

  it("a treatment goes with its deployment; an approver stays while an acceptance names them", async () => {
    const item = (await attention()).find((i) => i.reason.endsWith("_UNTREATED"))!;
    const admin = await t.db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const person = (role: "COMPLIANCE" | "VIEWER", name: string) =>
      t.db.user.create({
        data: { email: `${name}@keys.test`, name, role, passwordHash: "x" },
      });
    const owner = await person("VIEWER", "owner");
    const approver = await person("COMPLIANCE", "approver");
    await saveTreatment(
      t.db,
      admin.id,
      item.deploymentId,
      treatmentInputSchema.parse({
        version: 0,
        kind: "ACCEPT",
        ownerId: owner.id,
        reviewDate: null,
        approverId: approver.id,
        reason: "Accepted until the vendor's regional endpoint opens",
        expiresAt: "2027-06-30",
      }),
    );
    // The approver of an acceptance cannot be removed from under it.
    await expect(t.db.user.delete({ where: { id: approver.id } })).rejects.toThrow();
    // A removed owner leaves the treatment without an owner.
    await t.db.user.delete({ where: { id: owner.id } });
    const kept = await t.db.deploymentTreatment.findUniqueOrThrow({
      where: { deploymentId: item.deploymentId },
    });
    expect(kept.ownerId).toBeNull();
    expect(kept.approverId).toBe(approver.id);
    // No treatment can name a deployment that does not exist.
    await expect(
      t.db.deploymentTreatment.create({ data: { deploymentId: "no-such-deployment" } }),
    ).rejects.toThrow();
    // Deleting the deployment (outside the app, which archives) takes its treatment along.
    await t.db.deployment.delete({ where: { id: item.deploymentId } });
    expect(
      await t.db.deploymentTreatment.findUnique({ where: { deploymentId: item.deploymentId } }),
    ).toBeNull();
    await t.db.user.delete({ where: { id: approver.id } });
  });

  it("asks for what each treatment needs, in plain words", () => {
    const result = treatmentInputSchema.safeParse({ version: 0, kind: "MITIGATE", plan: "" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain("Describe the mitigation plan.");
  });
});
