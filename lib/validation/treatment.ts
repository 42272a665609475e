import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2027-03-31.");
const optionalDate = z.preprocess((v) => (v === "" ? null : v), isoDate.nullable());
const optionalId = z.preprocess((v) => (v === "" ? null : v), z.string().max(100).nullable());
const text = (message: string) => z.string().trim().min(3, message).max(4000);

/** Treatments that accept a risk may be approved only by these roles. */
export const ACCEPTING_ROLES = ["ADMIN", "COMPLIANCE"] as const;

const common = {
  /** The version the form was opened at (0 = no treatment recorded yet); stale ⇒ 409. */
  version: z.number().int().min(0),
  ownerId: optionalId,
  reviewDate: optionalDate,
};

export const treatmentInputSchema = z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("NONE") }),
  z.object({
    ...common,
    kind: z.literal("MITIGATE"),
    plan: text("Describe the mitigation plan."),
    dueDate: isoDate,
  }),
  z.object({
    ...common,
    kind: z.literal("TRANSFER"),
    reason: text("Say how the risk is transferred."),
  }),
  z.object({
    ...common,
    kind: z.literal("AVOID"),
    alternativeModelId: z.string().min(1, "Choose the alternative model."),
    reason: z.preprocess((v) => v ?? "", z.string().trim().max(4000)),
  }),
  z.object({
    ...common,
    kind: z.literal("ACCEPT"),
    approverId: z.string().min(1, "Choose who approves the acceptance."),
    reason: text("Say why the risk is accepted."),
    expiresAt: isoDate,
  }),
]);
export type TreatmentInput = z.infer<typeof treatmentInputSchema>;
