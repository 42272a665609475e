import { z } from "zod";

/** One text filter from the URL: trimmed, empty = no filter, a repeated parameter takes the first. */
const text = (max: number) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z
      .string()
      .trim()
      .max(max)
      .optional()
      .transform((s) => s || undefined)
      .catch(undefined),
  );

const day = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
    .optional()
    .catch(undefined),
);

/**
 * Audit log filters as they arrive in the URL (the page's state). Anything malformed is dropped
 * rather than refused: a hand-edited link still opens the log.
 */
export const auditLogFiltersSchema = z.object({
  entityType: text(50),
  actorId: text(100),
  action: text(100),
  entityId: text(100),
  requestId: text(100),
  from: day,
  to: day,
  page: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.coerce.number().int().min(1).max(100_000).catch(1),
  ),
});
export type AuditLogFilters = z.output<typeof auditLogFiltersSchema>;
