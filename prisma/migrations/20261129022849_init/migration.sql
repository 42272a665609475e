-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COMPLIANCE', 'LEGAL', 'EXECUTIVE', 'VIEWER');

-- CreateEnum
CREATE TYPE "VendorStatus" AS ENUM ('ACTIVE', 'UNDER_REVIEW', 'OFFBOARDED');

-- CreateEnum
CREATE TYPE "Weights" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CapabilityClass" AS ENUM ('NARROW', 'GENERAL', 'FRONTIER');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('TEXT', 'MULTIMODAL', 'CODE', 'EMBEDDING', 'IMAGE', 'AUDIO');

-- CreateEnum
CREATE TYPE "ProcessingScope" AS ENUM ('REGIONAL', 'ZONE', 'GLOBAL');

-- CreateEnum
CREATE TYPE "DeploymentStatus" AS ENUM ('PLANNED', 'LIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "ClauseType" AS ENUM ('EXPORT_CONTROL', 'SANCTIONS_SCREENING', 'DATA_RESIDENCY', 'SUBPROCESSOR_LOCATIONS', 'CHANGE_OF_LAW', 'SUSPENSION_FOR_LEGAL_REASONS', 'DEPRECATION_NOTICE', 'AUDIT_RIGHTS', 'REGULATORY_INDEMNITY', 'GOVERNING_LAW', 'TERMINATION_ASSISTANCE');

-- CreateEnum
CREATE TYPE "ClauseAssessment" AS ENUM ('ADEQUATE', 'WEAK', 'MISSING', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "AnnotationStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ScenarioStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('ALLOWED', 'LICENCE_REQUIRED', 'RESTRICTED', 'PROHIBITED');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "numericCode" CHAR(3),
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "subRegion" TEXT,

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CountryGroup" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT,
    "asOf" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountryGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryGroupMember" (
    "groupId" TEXT NOT NULL,
    "jurisdictionCode" CHAR(2) NOT NULL,

    CONSTRAINT "CountryGroupMember_pkey" PRIMARY KEY ("groupId","jurisdictionCode")
);

-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hqCode" CHAR(2),
    "website" TEXT,
    "status" "VendorStatus" NOT NULL DEFAULT 'ACTIVE',
    "owner" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiModel" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL DEFAULT '',
    "originCode" CHAR(2),
    "weights" "Weights",
    "trainingComputeFlop" DOUBLE PRECISION,
    "computeSource" TEXT,
    "capabilityClass" "CapabilityClass" NOT NULL,
    "modality" "Modality" NOT NULL DEFAULT 'TEXT',
    "releaseDate" DATE,
    "exportClassification" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "jurisdictionCode" CHAR(2) NOT NULL,
    "cloudProvider" TEXT NOT NULL,
    "cloudRegion" TEXT NOT NULL,
    "processingScope" "ProcessingScope" NOT NULL,
    "businessUnit" TEXT NOT NULL,
    "useCase" TEXT NOT NULL,
    "dataSensitivity" INTEGER NOT NULL,
    "businessCriticality" INTEGER NOT NULL,
    "users" INTEGER NOT NULL,
    "status" "DeploymentStatus" NOT NULL DEFAULT 'PLANNED',
    "goLiveDate" DATE,
    "fallbackModelId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeploymentReach" (
    "deploymentId" TEXT NOT NULL,
    "jurisdictionCode" CHAR(2) NOT NULL,

    CONSTRAINT "DeploymentReach_pkey" PRIMARY KEY ("deploymentId","jurisdictionCode")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "expiryDate" DATE,
    "governingLawCode" CHAR(2),
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractClause" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "type" "ClauseType" NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "assessment" "ClauseAssessment" NOT NULL DEFAULT 'NOT_ASSESSED',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContractClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "quote" TEXT NOT NULL DEFAULT '',
    "startOffset" INTEGER,
    "endOffset" INTEGER,
    "body" TEXT NOT NULL,
    "tag" TEXT,
    "status" "AnnotationStatus" NOT NULL DEFAULT 'OPEN',
    "parentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyScenario" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ScenarioStatus" NOT NULL DEFAULT 'DRAFT',
    "isActive" BOOLEAN NOT NULL DEFAULT false,
    "defaultOutcome" "Outcome" NOT NULL DEFAULT 'ALLOWED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyRule" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "groupIds" TEXT[],
    "countries" TEXT[],
    "allOthers" BOOLEAN NOT NULL DEFAULT false,
    "excludeGroupIds" TEXT[],
    "excludeCountries" TEXT[],
    "allModels" BOOLEAN NOT NULL DEFAULT false,
    "originCodes" TEXT[],
    "vendorIds" TEXT[],
    "weights" "Weights",
    "minTrainingComputeFlop" DOUBLE PRECISION,
    "capabilityClasses" "CapabilityClass"[],
    "modelIds" TEXT[],
    "outcome" "Outcome" NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "effectiveDate" DATE,

    CONSTRAINT "PolicyRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskSnapshot" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "figures" JSONB NOT NULL,

    CONSTRAINT "RiskSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_alpha3_key" ON "Jurisdiction"("alpha3");

-- CreateIndex
CREATE INDEX "Jurisdiction_region_idx" ON "Jurisdiction"("region");

-- CreateIndex
CREATE UNIQUE INDEX "CountryGroup_name_key" ON "CountryGroup"("name");

-- CreateIndex
CREATE INDEX "CountryGroupMember_jurisdictionCode_idx" ON "CountryGroupMember"("jurisdictionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_name_key" ON "Vendor"("name");

-- CreateIndex
CREATE INDEX "Vendor_status_idx" ON "Vendor"("status");

-- CreateIndex
CREATE INDEX "AiModel_capabilityClass_idx" ON "AiModel"("capabilityClass");

-- CreateIndex
CREATE UNIQUE INDEX "AiModel_vendorId_name_key" ON "AiModel"("vendorId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_ref_key" ON "Deployment"("ref");

-- CreateIndex
CREATE INDEX "Deployment_modelId_idx" ON "Deployment"("modelId");

-- CreateIndex
CREATE INDEX "Deployment_jurisdictionCode_idx" ON "Deployment"("jurisdictionCode");

-- CreateIndex
CREATE INDEX "Deployment_businessUnit_idx" ON "Deployment"("businessUnit");

-- CreateIndex
CREATE INDEX "Deployment_status_idx" ON "Deployment"("status");

-- CreateIndex
CREATE INDEX "DeploymentReach_jurisdictionCode_idx" ON "DeploymentReach"("jurisdictionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_vendorId_title_key" ON "Contract"("vendorId", "title");

-- CreateIndex
CREATE INDEX "ContractClause_contractId_idx" ON "ContractClause"("contractId");

-- CreateIndex
CREATE INDEX "ContractClause_type_idx" ON "ContractClause"("type");

-- CreateIndex
CREATE INDEX "Annotation_clauseId_idx" ON "Annotation"("clauseId");

-- CreateIndex
CREATE INDEX "Annotation_parentId_idx" ON "Annotation"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyScenario_name_key" ON "PolicyScenario"("name");

-- CreateIndex
CREATE INDEX "PolicyRule_scenarioId_idx" ON "PolicyRule"("scenarioId");

-- CreateIndex
CREATE INDEX "RiskSnapshot_scenarioId_takenAt_idx" ON "RiskSnapshot"("scenarioId", "takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "CountryGroupMember" ADD CONSTRAINT "CountryGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CountryGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryGroupMember" ADD CONSTRAINT "CountryGroupMember_jurisdictionCode_fkey" FOREIGN KEY ("jurisdictionCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_hqCode_fkey" FOREIGN KEY ("hqCode") REFERENCES "Jurisdiction"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_originCode_fkey" FOREIGN KEY ("originCode") REFERENCES "Jurisdiction"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "AiModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_jurisdictionCode_fkey" FOREIGN KEY ("jurisdictionCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_fallbackModelId_fkey" FOREIGN KEY ("fallbackModelId") REFERENCES "AiModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentReach" ADD CONSTRAINT "DeploymentReach_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentReach" ADD CONSTRAINT "DeploymentReach_jurisdictionCode_fkey" FOREIGN KEY ("jurisdictionCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_governingLawCode_fkey" FOREIGN KEY ("governingLawCode") REFERENCES "Jurisdiction"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractClause" ADD CONSTRAINT "ContractClause_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "ContractClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyRule" ADD CONSTRAINT "PolicyRule_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "PolicyScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskSnapshot" ADD CONSTRAINT "RiskSnapshot_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "PolicyScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one scenario is the organisation's active one.
CREATE UNIQUE INDEX "PolicyScenario_single_active" ON "PolicyScenario" ("isActive") WHERE "isActive";
