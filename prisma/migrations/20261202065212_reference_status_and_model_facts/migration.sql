-- CreateEnum
CREATE TYPE "ReferenceStatus" AS ENUM ('IN_FORCE', 'ANNOUNCED', 'PROPOSED', 'RESCINDED', 'WHAT_IF', 'COMPANY_POLICY', 'REFERENCE_LIST');

-- CreateEnum
CREATE TYPE "ModelLicence" AS ENUM ('OPEN', 'OPEN_NON_COMMERCIAL', 'CUSTOM_RESTRICTIONS', 'PROPRIETARY');

-- AlterTable
ALTER TABLE "AiModel" ADD COLUMN     "licence" "ModelLicence",
ADD COLUMN     "licenceName" TEXT,
ADD COLUMN     "trainingComputeMaxFlop" DOUBLE PRECISION,
ADD COLUMN     "trainingComputeMinFlop" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "CountryGroup" ADD COLUMN     "checkedOn" DATE,
ADD COLUMN     "legalStatus" "ReferenceStatus" NOT NULL DEFAULT 'COMPANY_POLICY';

-- AlterTable
ALTER TABLE "PolicyScenario" ADD COLUMN     "checkedOn" DATE,
ADD COLUMN     "legalStatus" "ReferenceStatus" NOT NULL DEFAULT 'WHAT_IF',
ADD COLUMN     "sourceUrls" TEXT[],
ADD COLUMN     "sources" TEXT NOT NULL DEFAULT '';

-- Existing databases: say what each built-in group and scenario is, name the rescinded diffusion
-- rule as such, and list Hong Kong wherever D:5 (China) applies (US export rules have treated HK as
-- China since 23 Dec 2020, EO 13936; 85 FR 83765). Rows users created or renamed are left alone.
UPDATE "CountryGroup" SET "legalStatus" = 'REFERENCE_LIST'
  WHERE "name" IN ('G7', 'Five Eyes', 'NATO', 'EU-27');
UPDATE "CountryGroup" SET "legalStatus" = 'IN_FORCE' WHERE "name" = 'US arms-embargoed (D:5)';
UPDATE "CountryGroup" SET "legalStatus" = 'RESCINDED', "name" = 'AI diffusion Tier 1 (rescinded 2025 rule)'
  WHERE "name" = 'AI diffusion Tier 1';
UPDATE "CountryGroup" SET "legalStatus" = 'RESCINDED', "name" = 'AI diffusion Tier 3 (rescinded 2025 rule)'
  WHERE "name" = 'AI diffusion Tier 3 (D:5 + Macau)';
INSERT INTO "CountryGroupMember" ("groupId", "jurisdictionCode")
  SELECT g."id", 'HK' FROM "CountryGroup" g
  WHERE g."name" IN ('US arms-embargoed (D:5)', 'AI diffusion Tier 3 (rescinded 2025 rule)')
    AND EXISTS (SELECT 1 FROM "Jurisdiction" WHERE "code" = 'HK')
  ON CONFLICT DO NOTHING;
UPDATE "PolicyScenario" SET "legalStatus" = 'IN_FORCE' WHERE "name" = 'Status quo';
UPDATE "PolicyScenario" SET "legalStatus" = 'RESCINDED', "name" = 'AI diffusion rule 2025 (rescinded, what-if)'
  WHERE "name" = 'AI diffusion tiers (2025 rule)';
