-- CreateTable
CREATE TABLE "DataRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataRevision_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DataRevision" ("id", "value") VALUES (1, 0);

-- Every statement that inserts audit events (one per mutation, or one bulk insert per import)
-- raises the revision in the same transaction. The row lock orders concurrent writers, so a reader
-- sees a new value exactly when a change has committed. The upsert recreates a deleted row.
CREATE FUNCTION "bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DataRevision" ("id", "value") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "value" = "DataRevision"."value" + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AuditEvent_bump_data_revision"
  AFTER INSERT ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_revision"();
