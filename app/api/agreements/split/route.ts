import { splitAgreement } from "@/lib/domain/contracts/split-agreement";
import { readAgreement } from "@/lib/server/contracts/read-agreement";
import { ValidationError } from "@/lib/server/errors";
import { defineRoute } from "@/lib/server/route";

/**
 * Splits an uploaded agreement (multipart field "file") into clauses for review. Nothing is saved:
 * the user confirms the clauses and their types, then the import action saves them.
 */
export const POST = defineRoute({ permission: ["create", "clause"] }, async ({ request }) => {
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new ValidationError("Choose a file to upload.");
  const text = await readAgreement(file.name, new Uint8Array(await file.arrayBuffer()));
  return { text, ...splitAgreement(text) };
});
