-- Memberships become periods (validFrom inclusive, validTo exclusive; null = open). Existing rows
-- keep their meaning: valid from the group's start (null), still in force (null).
ALTER TABLE "CountryGroupMember"
ADD COLUMN "id" TEXT,
ADD COLUMN "validFrom" DATE,
ADD COLUMN "validTo" DATE;

UPDATE "CountryGroupMember" SET "id" = 'm_' || "groupId" || '_' || "jurisdictionCode";

ALTER TABLE "CountryGroupMember" ALTER COLUMN "id" SET NOT NULL,
DROP CONSTRAINT "CountryGroupMember_pkey",
ADD CONSTRAINT "CountryGroupMember_pkey" PRIMARY KEY ("id");

-- CreateIndex
CREATE INDEX "CountryGroupMember_groupId_jurisdictionCode_idx" ON "CountryGroupMember"("groupId", "jurisdictionCode");

-- D:5's history as an example: Cambodia was added on 9 Dec 2021 (BIS, 86 FR 70015) and removed
-- on 3 Feb 2026 (BIS conforming change for Cambodia).
INSERT INTO "CountryGroupMember" ("id", "groupId", "jurisdictionCode", "validFrom", "validTo")
SELECT 'm_' || g."id" || '_KH_2021', g."id", 'KH', DATE '2021-12-09', DATE '2026-02-03'
FROM "CountryGroup" g
WHERE g."name" = 'US arms-embargoed (D:5)'
  AND EXISTS (SELECT 1 FROM "Jurisdiction" WHERE "code" = 'KH')
  AND NOT EXISTS (
    SELECT 1 FROM "CountryGroupMember" m WHERE m."groupId" = g."id" AND m."jurisdictionCode" = 'KH'
  );
