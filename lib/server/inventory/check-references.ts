import type { Tx } from "@/lib/server/db/create-client";
import { ValidationError, type FieldErrors } from "@/lib/server/errors";

interface References {
  /** field → ISO alpha-2 code that must exist in the jurisdictions table */
  countries?: Record<string, string | null | undefined>;
  /** field → vendor id that must exist and not be archived */
  vendors?: Record<string, string | null | undefined>;
  /** field → model id that must exist and not be archived */
  models?: Record<string, string | null | undefined>;
}

/**
 * Checks that the rows an input refers to exist (and are not archived), reporting each problem
 * against its own field so the form can show it there.
 */
export async function checkReferences(tx: Tx, refs: References): Promise<void> {
  const errors: FieldErrors = {};
  for (const [field, code] of Object.entries(refs.countries ?? {})) {
    if (!code) continue;
    const found = await tx.jurisdiction.findUnique({ where: { code }, select: { code: true } });
    if (!found) errors[field] = [`Unknown country code "${code}".`];
  }
  for (const [field, id] of Object.entries(refs.vendors ?? {})) {
    if (!id) continue;
    const vendor = await tx.vendor.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!vendor) errors[field] = ["This vendor does not exist."];
    else if (vendor.archivedAt) errors[field] = ["This vendor is archived; restore it first."];
  }
  for (const [field, id] of Object.entries(refs.models ?? {})) {
    if (!id) continue;
    const model = await tx.aiModel.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!model) errors[field] = ["This model does not exist."];
    else if (model.archivedAt) errors[field] = ["This model is archived; restore it first."];
  }
  if (Object.keys(errors).length) throw new ValidationError("Some fields need attention.", errors);
}

/** A unique-name clash as a field error, so the form shows it under the field. */
export function clash(field: string, message: string): ValidationError {
  return new ValidationError(message, { [field]: [message] });
}

/** "DEP-1, DEP-2, DEP-3 and 4 more" */
export function nameSome(names: string[], total: number, shown = 5): string {
  const head = names.slice(0, shown).join(", ");
  return total > shown ? `${head} and ${total - shown} more` : head;
}
