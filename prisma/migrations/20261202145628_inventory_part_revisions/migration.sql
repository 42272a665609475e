-- CreateTable
CREATE TABLE "DataRevisionPart" (
    "part" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataRevisionPart_pkey" PRIMARY KEY ("part")
);

-- Which database this is: a reader holding parts of another database (dropped and recreated under
-- a running server) reloads everything.
INSERT INTO "DataRevisionPart" ("part", "value") VALUES ('epoch', floor(random() * 1e15)::bigint);

-- Which parts of what the engine reads a transaction wrote, noted by statement triggers on their
-- tables whatever writes them, without taking a lock: the note is transaction-local. The audit
-- trigger below stamps the noted parts with the new data revision while it holds the revision
-- row's lock, so stamps are ordered like the revisions and no new lock order (no deadlock) arises.
-- Once a transaction has raised the revision (an audit event written before the data), later
-- writes of that transaction stamp their part at once.
CREATE FUNCTION "note_data_revision_part"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  stamped TEXT := current_setting('tierscope.revision', true);
BEGIN
  IF stamped IS NOT NULL AND stamped <> '' THEN
    INSERT INTO "DataRevisionPart" ("part", "value") VALUES (TG_ARGV[0], stamped::BIGINT)
      ON CONFLICT ("part") DO UPDATE SET "value" = GREATEST("DataRevisionPart"."value", EXCLUDED."value");
  ELSE
    PERFORM set_config('tierscope.parts',
      coalesce(current_setting('tierscope.parts', true), '') || ',' || TG_ARGV[0], true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  revision BIGINT;
  parts TEXT := coalesce(current_setting('tierscope.parts', true), '');
BEGIN
  INSERT INTO "DataRevision" ("id", "value") VALUES (1, floor(random() * 1e15)::bigint)
    ON CONFLICT ("id") DO UPDATE SET "value" = "DataRevision"."value" + 1
    RETURNING "value" INTO revision;
  PERFORM set_config('tierscope.revision', revision::TEXT, true);
  IF parts <> '' THEN
    INSERT INTO "DataRevisionPart" ("part", "value")
      SELECT DISTINCT p, revision FROM unnest(string_to_array(substr(parts, 2), ',')) AS p
      ON CONFLICT ("part") DO UPDATE SET "value" = GREATEST("DataRevisionPart"."value", EXCLUDED."value");
    PERFORM set_config('tierscope.parts', '', true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Jurisdiction_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Jurisdiction"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('jurisdictions');
CREATE TRIGGER "CountryGroup_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CountryGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('groups');
CREATE TRIGGER "CountryGroupMember_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CountryGroupMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('groups');
CREATE TRIGGER "Vendor_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Vendor"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('vendors');
CREATE TRIGGER "AiModel_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AiModel"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('models');
CREATE TRIGGER "Deployment_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Deployment"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('deployments');
CREATE TRIGGER "DeploymentReach_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DeploymentReach"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('deployments');
CREATE TRIGGER "Contract_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Contract"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('contracts');
CREATE TRIGGER "ContractClause_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ContractClause"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('contracts');
CREATE TRIGGER "PolicyScenario_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolicyScenario"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('scenarios');
CREATE TRIGGER "PolicyRule_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolicyRule"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('scenarios');
CREATE TRIGGER "MethodologyVersion_note_part" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MethodologyVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "note_data_revision_part"('methodology');
