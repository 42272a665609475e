import { today } from "@/lib/clock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, InUseError, ValidationError } from "@/lib/server/errors";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { createGroup } from "./create-group";
import { deleteGroup } from "./delete-group";
import { findGroupUsage } from "./find-group-usage";
import { updateGroup } from "./update-group";

let t: TestDb;
let actorId: string;
const fields = {
  description: "",
  source: "",
  sourceUrl: null,
  asOf: "",
  legalStatus: "COMPANY_POLICY",
  checkedOn: "",
} as const;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { password: "integration-password" });
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: "admin@tierscope.local" } })).id;
}, 120_000);
afterAll(async () => t?.close());

describe("country groups", () => {
  it("are created and their members edited with an audit event each, sorted and de-duplicated", async () => {
    const group = await createGroup(t.db, actorId, {
      ...fields,
      name: "Trusted partners v2",
      members: ["US", "GB", "JP"],
    });
    expect(group.members).toEqual(["GB", "JP", "US"]);
    expect(group.legalStatus).toBe("COMPANY_POLICY");
    const updated = await updateGroup(t.db, actorId, {
      ...fields,
      id: group.id,
      version: group.version,
      name: "Trusted partners v2",
      members: ["US", "GB", "KR", "KR"],
    });
    expect(updated.members).toEqual(["GB", "KR", "US"]);
    expect(updated.version).toBe(group.version + 1);
    const japan = await t.db.countryGroupMember.findFirstOrThrow({
      where: { groupId: group.id, jurisdictionCode: "JP" },
    });
    expect(japan.validTo?.toISOString().slice(0, 10)).toBe(today());
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: group.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["countryGroup.create", "countryGroup.update"]);
    expect(audit[1].before).toMatchObject({ members: ["GB", "JP", "US"] });
  });

  it("refuse unknown countries and stale versions, changing nothing", async () => {
    const group = await t.db.countryGroup.findUniqueOrThrow({
      where: { name: "Trusted partners v2" },
    });
    await expect(
      updateGroup(t.db, actorId, {
        ...fields,
        id: group.id,
        version: group.version,
        name: group.name,
        members: ["ZZ"],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updateGroup(t.db, actorId, {
        ...fields,
        id: group.id,
        version: group.version - 1,
        name: group.name,
        members: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    // GB, KR, US in force and Japan's membership, closed by the edit, kept as history.
    expect(await t.db.countryGroupMember.count({ where: { groupId: group.id } })).toBe(4);
  });

  it("in use by a scenario cannot be deleted, and the refusal names the scenarios", async () => {
    const g7 = await t.db.countryGroup.findUniqueOrThrow({ where: { name: "G7" } });
    const usage = await findGroupUsage(t.db, g7.id);
    expect(usage.map((u) => u.scenarioName)).toEqual(["G7 trusted partners"]);
    const refusal = deleteGroup(t.db, actorId, g7.id);
    await expect(refusal).rejects.toBeInstanceOf(InUseError);
    await expect(refusal).rejects.toThrow("“G7 trusted partners”");
    expect(await t.db.countryGroup.count({ where: { id: g7.id } })).toBe(1);

    const unused = await t.db.countryGroup.findUniqueOrThrow({
      where: { name: "Trusted partners v2" },
    });
    await deleteGroup(t.db, actorId, unused.id);
    expect(await t.db.countryGroup.count({ where: { id: unused.id } })).toBe(0);
  });
});
