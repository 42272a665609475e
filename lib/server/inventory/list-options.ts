import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every jurisdiction by name, for country pickers. */
export function listCountries(db: PrismaClient) {
  return db.jurisdiction.findMany({
    orderBy: { name: "asc" },
    select: { code: true, name: true, region: true },
  });
}

/**
 * Choices for list filters and form selects: small tables read whole (jurisdictions, groups,
 * vendors, models), business units as distinct values.
 */
export async function listOptions(db: PrismaClient) {
  const [countries, groups, vendors, models, units] = await Promise.all([
    listCountries(db),
    db.countryGroup.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.vendor.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.aiModel.findMany({
      where: { archivedAt: null },
      orderBy: [{ vendor: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, vendor: { select: { name: true } } },
    }),
    // groupBy runs GROUP BY in SQL (findMany's distinct would read every row).
    db.deployment.groupBy({ by: ["businessUnit"], orderBy: { businessUnit: "asc" } }),
  ]);
  return {
    countries,
    regions: [...new Set(countries.map((c) => c.region))].sort(),
    groups,
    vendors,
    models: models.map((m) => ({ id: m.id, name: `${m.name} (${m.vendor.name})` })),
    units: units.map((u) => u.businessUnit),
  };
}
export type ListOptions = Awaited<ReturnType<typeof listOptions>>;
