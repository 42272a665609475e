-- Rows written before these keys existed may point at nothing: drop treatments of deployments
-- that no longer exist, and clear owners, approvers and alternatives that no longer exist, so the
-- keys below can be added on any existing database.
DELETE FROM "DeploymentTreatment" t
 WHERE NOT EXISTS (SELECT 1 FROM "Deployment" d WHERE d."id" = t."deploymentId");
UPDATE "DeploymentTreatment" t SET "ownerId" = NULL
 WHERE "ownerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = t."ownerId");
UPDATE "DeploymentTreatment" t SET "approverId" = NULL
 WHERE "approverId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = t."approverId");
UPDATE "DeploymentTreatment" t SET "alternativeModelId" = NULL
 WHERE "alternativeModelId" IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM "AiModel" m WHERE m."id" = t."alternativeModelId");

-- CreateIndex
CREATE INDEX "DeploymentTreatment_ownerId_idx" ON "DeploymentTreatment"("ownerId");

-- CreateIndex
CREATE INDEX "DeploymentTreatment_approverId_idx" ON "DeploymentTreatment"("approverId");

-- CreateIndex
CREATE INDEX "DeploymentTreatment_alternativeModelId_idx" ON "DeploymentTreatment"("alternativeModelId");

-- AddForeignKey
ALTER TABLE "DeploymentTreatment" ADD CONSTRAINT "DeploymentTreatment_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentTreatment" ADD CONSTRAINT "DeploymentTreatment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentTreatment" ADD CONSTRAINT "DeploymentTreatment_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentTreatment" ADD CONSTRAINT "DeploymentTreatment_alternativeModelId_fkey" FOREIGN KEY ("alternativeModelId") REFERENCES "AiModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;
