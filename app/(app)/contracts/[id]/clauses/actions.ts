"use server";

import { revalidatePath } from "next/cache";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { replyToAnnotation } from "@/lib/server/annotations/reply-to-annotation";
import { setAnnotationStatus } from "@/lib/server/annotations/set-annotation-status";
import { defineAction } from "@/lib/server/action";
import { assessClause } from "@/lib/server/contracts/assess-clause";
import { createClause } from "@/lib/server/contracts/create-clause";
import { importClauses } from "@/lib/server/contracts/import-clauses";
import { updateClause } from "@/lib/server/contracts/update-clause";
import { db } from "@/lib/server/db/client";
import {
  annotationCreateSchema,
  annotationReplySchema,
  annotationStatusSchema,
  clauseAssessSchema,
  clauseCreateSchema,
  clauseImportSchema,
  clauseUpdateSchema,
} from "@/lib/validation/legal";

function refresh(contractId?: string) {
  revalidatePath("/contracts");
  if (contractId) revalidatePath(`/contracts/${contractId}`, "layout");
  revalidatePath("/assigned");
}

export const assessClauseAction = defineAction(
  { permission: ["update", "clause"], schema: clauseAssessSchema },
  async (input, actor) => {
    const row = await assessClause(db, actor.id, input);
    refresh(row.contractId);
    return { version: row.version };
  },
);

export const createClauseAction = defineAction(
  { permission: ["create", "clause"], schema: clauseCreateSchema },
  async (input, actor) => {
    const row = await createClause(db, actor.id, input);
    refresh(row.contractId);
    return { id: row.id };
  },
);

export const updateClauseAction = defineAction(
  { permission: ["update", "clause"], schema: clauseUpdateSchema },
  async (input, actor) => {
    const { clause, annotations } = await updateClause(db, actor.id, input);
    refresh(clause.contractId);
    return {
      id: clause.id,
      version: clause.version,
      detached: annotations.filter((a) => a.anchor === "DETACHED").length,
    };
  },
);

export const importClausesAction = defineAction(
  { permission: ["create", "clause"], schema: clauseImportSchema },
  async (input, actor) => {
    const rows = await importClauses(db, actor.id, input);
    refresh(input.contractId);
    return { count: rows.length };
  },
);

export const createAnnotationAction = defineAction(
  { permission: ["create", "annotation"], schema: annotationCreateSchema },
  async (input, actor) => {
    const row = await createAnnotation(db, actor.id, input);
    refresh();
    return { id: row.id };
  },
);

export const replyToAnnotationAction = defineAction(
  { permission: ["create", "annotation"], schema: annotationReplySchema },
  async (input, actor) => {
    const row = await replyToAnnotation(db, actor.id, input);
    refresh();
    return { id: row.id };
  },
);

export const setAnnotationStatusAction = defineAction(
  { permission: ["resolve", "annotation"], schema: annotationStatusSchema },
  async (input, actor) => {
    const row = await setAnnotationStatus(db, actor.id, input);
    refresh();
    return { version: row.version };
  },
);
