-- AlterTable
ALTER TABLE "RiskSnapshot" ADD COLUMN     "dataRevision" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "methodologyId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "methodologyVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "states" TEXT NOT NULL DEFAULT '';
