import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_METHODOLOGY, type Methodology } from "@/lib/domain/methodology/methodology";
import type { Tx } from "@/lib/server/db/create-client";
import { parseMethodology } from "@/lib/validation/methodology";

/**
 * The methodology scores use now: the active stored version, else the built-in default. A stored
 * body that no longer validates (a later release tightened the rules) falls back to the default
 * rather than scoring with something unusable; the admin page says so.
 */
export async function loadActiveMethodology(client: PrismaClient | Tx): Promise<Methodology> {
  const row = await client.methodologyVersion.findFirst({
    where: { isActive: true },
    select: { version: true, body: true },
  });
  if (!row) return DEFAULT_METHODOLOGY;
  const parsed = parseMethodology(row.body);
  return parsed.ok ? { ...parsed.methodology, version: row.version } : DEFAULT_METHODOLOGY;
}

/** The version number the active methodology carries (the default's when none is stored). */
export async function activeMethodologyVersion(client: PrismaClient | Tx): Promise<number> {
  const row = await client.methodologyVersion.findFirst({
    where: { isActive: true },
    select: { version: true },
  });
  return row?.version ?? DEFAULT_METHODOLOGY.version;
}
