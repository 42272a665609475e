import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReferenceStatus } from "@/lib/domain/types";
import { flagOf } from "@/lib/reference/flags";
import { inForceOn } from "@/lib/server/groups/member-periods";

export interface EditorOptions {
  countries: { code: string; name: string; region: string; flag: string }[];
  groups: { id: string; name: string; members: string[]; legalStatus: ReferenceStatus }[];
  vendors: { id: string; name: string; archived: boolean }[];
  models: { id: string; name: string; vendorName: string; archived: boolean }[];
}

/** What the rule builder and the group editor offer; the same set the server validates against. */
export async function loadEditorOptions(db: PrismaClient): Promise<EditorOptions> {
  const [jurisdictions, groups, vendors, models] = await Promise.all([
    db.jurisdiction.findMany({ orderBy: [{ region: "asc" }, { name: "asc" }] }),
    db.countryGroup.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        legalStatus: true,
        members: { where: inForceOn(), select: { jurisdictionCode: true } },
      },
    }),
    db.vendor.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, archivedAt: true },
    }),
    db.aiModel.findMany({
      orderBy: [{ vendor: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, archivedAt: true, vendor: { select: { name: true } } },
    }),
  ]);
  return {
    countries: jurisdictions.map((j) => ({
      code: j.code,
      name: j.name,
      region: j.region,
      flag: flagOf(j.code),
    })),
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      members: g.members.map((m) => m.jurisdictionCode),
      legalStatus: g.legalStatus,
    })),
    vendors: vendors.map((v) => ({ id: v.id, name: v.name, archived: v.archivedAt !== null })),
    models: models.map((m) => ({
      id: m.id,
      name: m.name,
      vendorName: m.vendor.name,
      archived: m.archivedAt !== null,
    })),
  };
}
