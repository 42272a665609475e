import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The parts stamped after `revision`, and the database's epoch (a random number written when its
 * tables were created): a different epoch means another database, whose parts all count as changed.
 */
export async function partsChangedSince(
  client: PrismaClient,
  revision: string,
): Promise<{ changed: Set<string>; epoch: string | null }> {
  const rows = await client.$queryRaw<{ part: string; value: bigint }[]>`
    SELECT "part", "value" FROM "DataRevisionPart"
    WHERE "part" = 'epoch' OR "value" > ${/^\d+$/.test(revision) ? BigInt(revision) : -1n}`;
  const epoch = rows.find((r) => r.part === "epoch");
  return {
    changed: new Set(rows.filter((r) => r.part !== "epoch").map((r) => r.part)),
    epoch: epoch ? String(epoch.value) : null,
  };
}
