/**
 * A methodology as JSON (stored versions, the admin editor, import and export), checked for shape
 * by zod and for sense by methodologyProblems(). One definition for every reader.
 */
import { z } from "zod";
import { BAND_IDS, type Band } from "@/lib/domain/bands";
import { methodologyProblems, type Methodology } from "@/lib/domain/methodology/methodology";
import { CLAUSE_ASSESSMENTS, CLAUSE_TYPES, type ClauseType } from "@/lib/domain/types";

const band = z.enum(BAND_IDS as [Band, ...Band[]], {
  error: "Choose one of LOW, MEDIUM, HIGH, CRITICAL.",
});
const points = z.number({ error: "Enter a number." }).int("Use whole numbers.").min(-5).max(5);
const label = z.string().trim().min(1, "A label cannot be empty.").max(60);
const steps = z.object({ likelihood: points, impact: points });
const byOutcome = z.object({
  ALLOWED: points,
  LICENCE_REQUIRED: points,
  RESTRICTED: points,
  PROHIBITED: points,
});
const clauseRow = z.object(
  Object.fromEntries(CLAUSE_ASSESSMENTS.map((a) => [a, steps])) as Record<
    (typeof CLAUSE_ASSESSMENTS)[number],
    typeof steps
  >,
);

export const methodologyBodySchema = z
  .object({
    id: z.string().trim().min(1).max(80),
    version: z.number().int().min(0),
    name: z.string().trim().min(1, "Give the methodology a name.").max(120),
    likelihoodLabels: z.array(label),
    impactLabels: z.array(label),
    bands: z
      .array(
        z.object({
          id: band,
          label,
          colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #d55e00."),
        }),
      )
      .length(BAND_IDS.length, `List all ${BAND_IDS.length} bands.`),
    grid: z.array(z.array(band)),
    likelihood: z.object({
      accessPoints: byOutcome,
      upcomingPoints: byOutcome,
      originDependencePoints: points,
    }),
    impact: z.object({
      criticalityPoints: z.array(points),
      sensitivityPoints: z.array(points),
      userTiers: z
        .array(z.object({ minUsers: z.number().int().min(0), points }))
        .min(1)
        .max(10),
      modelDependencePoints: points,
    }),
    controls: z.object({
      clauses: z.object(
        Object.fromEntries(CLAUSE_TYPES.map((t) => [t, clauseRow])) as Record<
          ClauseType,
          typeof clauseRow
        >,
      ),
      fallback: steps,
      licence: steps,
      maxReduction: steps,
    }),
    accessBandFloor: z.object({ LICENCE_REQUIRED: band, RESTRICTED: band, PROHIBITED: band }),
    appetite: band,
  })
  .superRefine((m, ctx) => {
    for (const problem of methodologyProblems(m as Methodology))
      ctx.addIssue({ code: "custom", message: problem });
  });

/** Plain-words list of what is wrong with a methodology body, or the methodology itself. */
export function parseMethodology(
  body: unknown,
): { ok: true; methodology: Methodology } | { ok: false; problems: string[] } {
  const parsed = methodologyBodySchema.safeParse(body);
  if (parsed.success) return { ok: true, methodology: parsed.data as Methodology };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) =>
      i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message,
    ),
  };
}

export const saveMethodologySchema = z.object({
  methodology: z.unknown(),
  reason: z.string().trim().min(3, "Say why the methodology changes.").max(2000),
  /** The active version the editor started from (0 = the built-in default); stale ⇒ 409. */
  baseVersion: z.number().int().min(0),
});

export const activateMethodologySchema = z.object({
  reason: z.string().trim().min(3, "Say why this version is re-applied.").max(2000),
  baseVersion: z.number().int().min(0),
});
