import { z } from "zod";
import { REFERENCE_STATUSES } from "@/lib/domain/types";
import { isoDateSchema } from "./scenario";

/** Country group input, shared by the group forms and their server actions. */
const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (v) => v === "" || /^https?:\/\/\S+$/.test(v),
    "Enter a web address starting with https://.",
  )
  .transform((v) => (v === "" ? null : v));

export const groupFieldsSchema = z.object({
  name: z.string().trim().min(1, "Give the group a name.").max(120, "Use at most 120 characters."),
  description: z.string().trim().max(2000).default(""),
  source: z.string().trim().max(2000).default(""),
  sourceUrl: optionalUrl.default(""),
  /** The day the membership was last checked; "" = not stated. */
  asOf: z.union([z.literal(""), isoDateSchema]).default(""),
  /** What the group is: law in force, rescinded, company policy, a public reference list… */
  legalStatus: z.enum(REFERENCE_STATUSES, "Say what this group is.").default("COMPANY_POLICY"),
  /** The day someone last checked the membership against its source; "" = not stated. */
  checkedOn: z.union([z.literal(""), isoDateSchema]).default(""),
  members: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Z]{2}$/, "Country codes are two capital letters."),
    )
    .max(300)
    .default([]),
});

export const createGroupSchema = groupFieldsSchema;
export const updateGroupSchema = groupFieldsSchema.extend({
  id: z.string().min(1),
  version: z.number().int().positive(),
});
export const deleteGroupSchema = z.object({ id: z.string().min(1) });

export type GroupFormValues = z.input<typeof groupFieldsSchema>;
export type GroupFields = z.output<typeof groupFieldsSchema>;
export type UpdateGroupInput = z.output<typeof updateGroupSchema>;
