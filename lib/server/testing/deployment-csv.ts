/**
 * A deployment CSV of `count` rows against the models in the database, for the import's
 * integration test and benchmark. Deterministic: row i always gets the same values.
 */
import { IMPORT_COLUMNS } from "@/lib/import/columns";
import { toCsv } from "@/lib/csv/parse-csv";
import { CLOUD_PROVIDERS, regionsOf } from "@/lib/reference/cloud-regions";
import type { Db } from "@/lib/server/db/create-client";

export async function buildDeploymentCsv(
  db: Db,
  count: number,
  refPrefix = "IMP",
): Promise<string> {
  const models = await db.aiModel.findMany({
    select: { name: true, vendor: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const placements = CLOUD_PROVIDERS.flatMap((p) =>
    regionsOf(p.id).map((r) => ({
      provider: p.id,
      region: r.id,
      country: r.country,
      zoned: p.id === "ON_PREM" || r.zones.length > 0,
    })),
  );
  const headers = IMPORT_COLUMNS.deployments.map((c) => c.header);
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const m = models[i % models.length];
    const place = placements[i % placements.length];
    const fallback = i % 5 === 0 ? models[(i + 1) % models.length] : null;
    const cells: Record<string, string> = {
      ref: `${refPrefix}-${String(i + 1).padStart(6, "0")}`,
      vendor: m.vendor.name,
      model: m.name,
      country: place.country,
      cloud_provider: place.provider,
      cloud_region: place.region,
      // the three scopes in equal parts, as in the scale data (ZONE only where the region has one)
      processing_scope: ["REGIONAL", place.zoned ? "ZONE" : "REGIONAL", "GLOBAL"][i % 3],
      business_unit: ["Retail Banking", "Group Risk", "Engineering"][i % 3],
      use_case: "Document summarisation",
      data_sensitivity: String(1 + (i % 5)),
      business_criticality: String(1 + ((i * 7) % 5)),
      users: String(10 + ((i * 37) % 5000)),
      status: ["PLANNED", "LIVE", "RETIRED"][i % 3],
      go_live_date: i % 4 === 0 ? "" : `2026-${String(1 + (i % 12)).padStart(2, "0")}-15`,
      fallback_vendor: fallback?.vendor.name ?? "",
      fallback_model: fallback?.name ?? "",
    };
    rows.push(headers.map((h) => cells[h]));
  }
  return toCsv(headers, rows);
}
