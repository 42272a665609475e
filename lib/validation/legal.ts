import { z } from "zod";
import { CLAUSE_TYPES } from "@/lib/domain/types";
import { countryCodeSchema, idSchema, versioned, versionSchema } from "./inventory";

/**
 * Legal work on clauses: adding and editing clauses, assessing them, bringing in an agreement, and
 * annotations. Shared by the forms, the server actions and the REST API.
 */

export const ASSESSMENT_CHOICES = ["ADEQUATE", "WEAK", "MISSING"] as const;
export const ANNOTATION_TAGS = ["gap", "risk", "mitigation", "question", "ok"] as const;
export type AnnotationTag = (typeof ANNOTATION_TAGS)[number];

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Use at most ${max} characters.`);

export const clauseFieldsSchema = z.object({
  type: z.enum(CLAUSE_TYPES, { error: "Choose the clause type." }),
  heading: text("a heading", 200),
  text: text("the clause text", 20_000),
  /** Where a data-residency commitment keeps data; ignored for other types (see ContractClause). */
  places: z.array(countryCodeSchema).max(300, "Name at most 300 places.").default([]),
});
export type ClauseFields = z.output<typeof clauseFieldsSchema>;

export const clauseCreateSchema = clauseFieldsSchema.extend({ contractId: idSchema });
export const clauseUpdateSchema = clauseFieldsSchema.extend(versioned.shape);

/** Clauses split from an agreement, reviewed by the user, saved together. */
export const clauseImportSchema = z.object({
  contractId: idSchema,
  clauses: z
    .array(clauseFieldsSchema)
    .min(1, "Keep at least one clause.")
    .max(300, "Bring in at most 300 clauses at a time."),
});

export const clauseAssessSchema = z.object({
  clauseId: idSchema,
  /** the clause version the assessor read */
  version: versionSchema,
  assessment: z.enum(ASSESSMENT_CHOICES, { error: "Choose adequate, weak or missing." }),
  note: text("a note saying why", 4000).refine((s) => s.length >= 3, "Say why in a few words."),
});

const bodySchema = text("a comment", 10_000);
const mentionsSchema = z.array(idSchema).max(20).default([]);

export const annotationCreateSchema = z
  .object({
    clauseId: idSchema,
    /** the clause version the selection was made on: offsets mean nothing on another text */
    clauseVersion: versionSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    tag: z.enum(ANNOTATION_TAGS, { error: "Choose a tag." }),
    body: bodySchema,
    mentions: mentionsSchema,
  })
  .refine((a) => a.end > a.start, { message: "Select some text first.", path: ["start"] });

export const annotationReplySchema = z.object({
  parentId: idSchema,
  body: bodySchema,
  mentions: mentionsSchema,
});

export const annotationStatusSchema = versioned.extend({
  status: z.enum(["OPEN", "RESOLVED"]),
});
