import type { Tx } from "@/lib/server/db/create-client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { GroupFields } from "@/lib/validation/group";
import { inForceOn } from "./member-periods";

export async function readGroup(tx: Tx, id: string) {
  const group = await tx.countryGroup.findUnique({
    where: { id },
    include: {
      members: {
        where: inForceOn(),
        select: { jurisdictionCode: true },
        orderBy: { jurisdictionCode: "asc" },
      },
    },
  });
  if (!group) throw new NotFoundError("This country group no longer exists.");
  return { ...group, members: group.members.map((m) => m.jurisdictionCode) };
}

/** Unique name and known, de-duplicated member codes; the error names the field to fix. */
export async function checkGroupFields(tx: Tx, fields: GroupFields, exceptId?: string) {
  const clash = await tx.countryGroup.findFirst({
    where: { name: fields.name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash)
    throw new ConflictError(`A country group named “${fields.name}” already exists.`, {
      field: "name",
    });
  const members = [...new Set(fields.members)].sort();
  const known = await tx.jurisdiction.findMany({
    where: { code: { in: members } },
    select: { code: true },
  });
  if (known.length !== members.length) {
    const knownSet = new Set(known.map((j) => j.code));
    const unknown = members.filter((c) => !knownSet.has(c));
    throw new ValidationError(`Unknown country codes: ${unknown.join(", ")}.`, {
      members: [`Unknown country codes: ${unknown.join(", ")}.`],
    });
  }
  return members;
}

const day = (iso: string) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export function groupData(fields: GroupFields) {
  return {
    name: fields.name,
    description: fields.description,
    source: fields.source,
    sourceUrl: fields.sourceUrl,
    asOf: day(fields.asOf),
    legalStatus: fields.legalStatus,
    checkedOn: day(fields.checkedOn),
  };
}
