import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import { inForceOn } from "@/lib/server/groups/member-periods";
import type { KnownReferences } from "@/lib/validation/scenario";

/**
 * Everything a rule may refer to. Archived vendors and models are included: a rule naming one is
 * still meaningful (it matches nothing until the record returns) and must not block saving.
 */
export async function loadKnownReferences(client: PrismaClient | Tx): Promise<KnownReferences> {
  const [jurisdictions, groups, vendors, models] = await Promise.all([
    client.jurisdiction.findMany({ select: { code: true } }),
    client.countryGroup.findMany({
      select: { id: true, members: { where: inForceOn(), select: { jurisdictionCode: true } } },
    }),
    client.vendor.findMany({ select: { id: true } }),
    client.aiModel.findMany({ select: { id: true } }),
  ]);
  return {
    countryCodes: jurisdictions.map((j) => j.code),
    groupIds: groups.map((g) => g.id),
    vendorIds: vendors.map((v) => v.id),
    modelIds: models.map((m) => m.id),
    groupMembers: Object.fromEntries(
      groups.map((g) => [g.id, g.members.map((m) => m.jurisdictionCode)]),
    ),
  };
}
