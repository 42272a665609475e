-- Caches in a running server key on the revision value alone. Counting from 0 in every database,
-- a database dropped and recreated under a running server would soon reach values the server had
-- already cached data for (users included). Start, and restart after a deleted row, at a random
-- point in a range no database will count through.
UPDATE "DataRevision" SET "value" = "value" + floor(random() * 1e15)::bigint WHERE "id" = 1;

CREATE OR REPLACE FUNCTION "bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DataRevision" ("id", "value") VALUES (1, floor(random() * 1e15)::bigint)
    ON CONFLICT ("id") DO UPDATE SET "value" = "DataRevision"."value" + 1;
  RETURN NULL;
END;
$$;
