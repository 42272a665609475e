import { parseAsOf } from "@/lib/as-of";
import { z } from "zod";

/** Query of GET /api/matrix/cell: one cell of one scenario's matrix. */
export const cellQuerySchema = z.object({
  scenario: z.string().trim().min(1, "Name a scenario."),
  model: z.string().trim().min(1, "Name a model."),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code.")
    .transform((code) => code.toUpperCase()),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
    .refine((value) => parseAsOf(value) !== null, "Use a real calendar date.")
    .optional(),
});
export type CellQuery = z.output<typeof cellQuerySchema>;

/** Query of GET /api/compare/csv: the two scenarios to compare. */
export const compareQuerySchema = z.object({
  a: z.string().trim().min(1, "Pick the first scenario."),
  b: z.string().trim().min(1, "Pick the second scenario."),
});
