-- AlterTable
ALTER TABLE "User" ADD COLUMN     "viewScenarioId" TEXT;
