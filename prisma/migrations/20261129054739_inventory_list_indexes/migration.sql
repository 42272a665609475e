-- CreateIndex
CREATE INDEX "Deployment_cloudProvider_cloudRegion_idx" ON "Deployment"("cloudProvider", "cloudRegion");

-- CreateIndex
CREATE INDEX "Deployment_fallbackModelId_idx" ON "Deployment"("fallbackModelId");
