-- CreateEnum
CREATE TYPE "ContractCoverage" AS ENUM ('ALL_SERVICES', 'MODEL_SERVICE', 'LISTED_MODELS');

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "coverage" "ContractCoverage" NOT NULL DEFAULT 'ALL_SERVICES',
ADD COLUMN     "coveredModelIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "cloudProviderCode" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_cloudProviderCode_key" ON "Vendor"("cloudProviderCode");

-- Data: the demo's cloud providers deliver the deployments on their clouds, and the agreements
-- that only cover a model service or listed models say so (decision 00NN).
UPDATE "Vendor" SET "cloudProviderCode" = 'AZURE' WHERE "name" = 'Microsoft';
UPDATE "Vendor" SET "cloudProviderCode" = 'AWS' WHERE "name" = 'Amazon';
UPDATE "Vendor" SET "cloudProviderCode" = 'GCP' WHERE "name" = 'Google';
UPDATE "Contract" c SET "coverage" = 'MODEL_SERVICE'
  FROM "Vendor" v WHERE v.id = c."vendorId" AND v."cloudProviderCode" IS NOT NULL;
UPDATE "Contract" c SET "coverage" = 'LISTED_MODELS',
  "coveredModelIds" = ARRAY(SELECT m.id FROM "AiModel" m WHERE m."vendorId" = c."vendorId" AND m."name" LIKE 'Llama%' ORDER BY m.id)
  FROM "Vendor" v WHERE v.id = c."vendorId" AND v."name" = 'Meta';
UPDATE "Contract" c SET "coverage" = 'LISTED_MODELS',
  "coveredModelIds" = ARRAY(SELECT m.id FROM "AiModel" m WHERE m."vendorId" = c."vendorId" AND m."name" LIKE 'Luminous%' ORDER BY m.id)
  FROM "Vendor" v WHERE v.id = c."vendorId" AND v."name" = 'Aleph Alpha';
