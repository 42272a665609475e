import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { listAssignedAnnotations } from "@/lib/server/annotations/list-assigned-annotations";
import { replyToAnnotation } from "@/lib/server/annotations/reply-to-annotation";
import { setAnnotationStatus } from "@/lib/server/annotations/set-annotation-status";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import {
  annotationCreateSchema,
  clauseAssessSchema,
  clauseImportSchema,
  clauseUpdateSchema,
} from "@/lib/validation/legal";
import { assessClause } from "./assess-clause";
import { getClause } from "./get-clause";
import { importClauses } from "./import-clauses";
import { updateClause } from "./update-clause";

let t: TestDb;
let db: PrismaClient;
let legalId: string;
let complianceId: string;
let contractId: string;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedDemo(db, { password: "integration-test-password" });
  legalId = (await db.user.findFirstOrThrow({ where: { role: "LEGAL" } })).id;
  complianceId = (await db.user.findFirstOrThrow({ where: { role: "COMPLIANCE" } })).id;
  contractId = (await db.contract.findFirstOrThrow({ where: { archivedAt: null } })).id;
}, 120_000);
afterAll(async () => t?.close());

const TEXT =
  "The Provider shall notify the Customer of any change in export rules. " +
  "The Customer may terminate without penalty on 30 days' notice. " +
  "The Provider shall notify the Customer of any suspension for legal reasons.";

async function newClause() {
  const [row] = await importClauses(
    db,
    legalId,
    clauseImportSchema.parse({
      contractId,
      clauses: [{ type: "EXPORT_CONTROL", heading: "9 Export rules", text: TEXT }],
    }),
  );
  return row;
}

describe("the places of a residency commitment", () => {
  it("are kept for a data-residency clause, dropped for other types, and must be known countries", async () => {
    const clause = await newClause();
    const edit = (type: "DATA_RESIDENCY" | "EXPORT_CONTROL", places: string[], version: number) =>
      updateClause(
        db,
        legalId,
        clauseUpdateSchema.parse({
          id: clause.id,
          version,
          type,
          heading: "9",
          text: TEXT,
          places,
        }),
      );
    const residency = await edit("DATA_RESIDENCY", ["sg", "DE", "SG"], clause.version);
    expect(residency.clause.places).toEqual(["DE", "SG"]);
    const other = await edit("EXPORT_CONTROL", ["DE"], residency.clause.version);
    expect(other.clause.places).toEqual([]);
    await expect(edit("DATA_RESIDENCY", ["XX"], other.clause.version)).rejects.toThrow(
      ValidationError,
    );
    expect((await getClause(db, clause.id))!.places).toEqual([]);
  });
});

describe("assessing a clause", () => {
  it("sets the assessment, keeps the history with who and when, and audits it", async () => {
    const clause = await newClause();
    const first = await assessClause(
      db,
      legalId,
      clauseAssessSchema.parse({
        clauseId: clause.id,
        version: clause.version,
        assessment: "WEAK",
        note: "No termination right on export changes.",
      }),
    );
    expect(first.assessment).toBe("WEAK");
    await assessClause(db, complianceId, {
      clauseId: clause.id,
      version: first.version,
      assessment: "ADEQUATE",
      note: "Amended by side letter.",
    });
    const ws = (await getClause(db, clause.id))!;
    expect(ws.assessment).toBe("ADEQUATE");
    expect(ws.assessments.map((a) => [a.assessment, a.assessor.id])).toEqual([
      ["ADEQUATE", complianceId],
      ["WEAK", legalId],
    ]);
    const audits = await db.auditEvent.count({
      where: { entityId: clause.id, action: "clause.assess" },
    });
    expect(audits).toBe(2);
  });

  it("refuses a stale assessment with a plain message and writes nothing", async () => {
    const clause = await newClause();
    const input = { clauseId: clause.id, version: clause.version, note: "fine" } as const;
    await assessClause(db, legalId, { ...input, assessment: "WEAK" });
    await expect(
      assessClause(db, complianceId, { ...input, assessment: "ADEQUATE" }),
    ).rejects.toThrow(ConflictError);
    const ws = (await getClause(db, clause.id))!;
    expect(ws.assessment).toBe("WEAK");
    expect(ws.assessments).toHaveLength(1);
  });

  it("requires a note", () => {
    expect(
      clauseAssessSchema.safeParse({ clauseId: "x", version: 1, assessment: "WEAK", note: " " })
        .success,
    ).toBe(false);
  });
});

describe("annotations", () => {
  function annotate(clause: { id: string; version: number }, quote: string, n = 0) {
    let start = -1;
    for (let i = 0; i <= n; i++) start = TEXT.indexOf(quote, start + 1);
    return createAnnotation(
      db,
      legalId,
      annotationCreateSchema.parse({
        clauseId: clause.id,
        clauseVersion: clause.version,
        start,
        end: start + quote.length,
        tag: "gap",
        body: "Needs a **termination** right. @Compliance",
        mentions: [complianceId],
      }),
    );
  }

  it("stores the quote with its context, threads replies, lists it for the mentioned user", async () => {
    const clause = await newClause();
    const note = await annotate(clause, "The Provider shall notify the Customer", 1);
    expect(note.quote).toBe("The Provider shall notify the Customer");
    expect(note.prefix).toBe("out penalty on 30 days' notice. ");
    expect(note.suffix.startsWith(" of any suspension")).toBe(true);
    const reply = await replyToAnnotation(db, complianceId, {
      parentId: note.id,
      body: "Agreed.",
      mentions: [],
    });
    const ws = (await getClause(db, clause.id))!;
    expect(ws.annotations[0].replies.map((r) => r.id)).toEqual([reply.id]);
    expect((await listAssignedAnnotations(db, complianceId)).map((a) => a.id)).toContain(note.id);
    expect((await listAssignedAnnotations(db, legalId)).map((a) => a.id)).not.toContain(note.id);

    const resolved = await setAnnotationStatus(db, complianceId, {
      id: note.id,
      version: note.version,
      status: "RESOLVED",
    });
    expect((await listAssignedAnnotations(db, complianceId)).map((a) => a.id)).not.toContain(
      note.id,
    );
    await expect(
      setAnnotationStatus(db, legalId, { id: note.id, version: note.version, status: "OPEN" }),
    ).rejects.toThrow(ConflictError);
    await setAnnotationStatus(db, legalId, {
      id: note.id,
      version: resolved.version,
      status: "OPEN",
    });
    const actions = await db.auditEvent.findMany({
      where: { entityType: "annotation", entityId: { in: [note.id, reply.id] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "annotation.create",
      "annotation.reply",
      "annotation.resolve",
      "annotation.reopen",
    ]);
  });

  it("refuses a selection made on text that has changed since", async () => {
    const clause = await newClause();
    await updateClause(db, legalId, clauseUpdateSchema.parse({ ...clause, text: TEXT + " More." }));
    await expect(annotate(clause, "terminate")).rejects.toThrow(ConflictError);
    await expect(
      createAnnotation(db, legalId, {
        clauseId: clause.id,
        clauseVersion: clause.version + 1,
        start: 10,
        end: 99_999,
        tag: "ok",
        body: "x",
        mentions: [],
      }),
    ).rejects.toThrow(ValidationError);
  });

  it("editing the clause keeps a remaining quote anchored and detaches a removed one", async () => {
    const clause = await newClause();
    const kept = await annotate(clause, "The Provider shall notify the Customer", 1);
    const removed = await annotate(clause, "terminate without penalty on 30 days' notice");
    const text =
      "Scope: this clause applies to all Services. " +
      TEXT.replace("The Customer may terminate without penalty on 30 days' notice. ", "");
    const { annotations } = await updateClause(db, legalId, {
      id: clause.id,
      version: clause.version,
      type: clause.type,
      heading: clause.heading,
      text,
      places: [],
    });
    expect(annotations).toHaveLength(2);
    const after = await db.annotation.findMany({ where: { clauseId: clause.id } });
    const k = after.find((a) => a.id === kept.id)!;
    const r = after.find((a) => a.id === removed.id)!;
    expect(k.anchor).toBe("ANCHORED");
    expect(text.slice(k.startOffset!, k.endOffset! + 15)).toBe(
      "The Provider shall notify the Customer of any suspens",
    );
    expect(r.anchor).toBe("DETACHED");
    expect(r.quote).toBe("terminate without penalty on 30 days' notice");
  });
});
