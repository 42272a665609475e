-- CreateEnum
CREATE TYPE "TreatmentKind" AS ENUM ('MITIGATE', 'TRANSFER', 'AVOID', 'ACCEPT');

-- CreateTable
CREATE TABLE "DeploymentTreatment" (
    "deploymentId" TEXT NOT NULL,
    "ownerId" TEXT,
    "reviewDate" DATE,
    "kind" "TreatmentKind",
    "plan" TEXT,
    "dueDate" DATE,
    "approverId" TEXT,
    "reason" TEXT,
    "expiresAt" DATE,
    "alternativeModelId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeploymentTreatment_pkey" PRIMARY KEY ("deploymentId")
);
