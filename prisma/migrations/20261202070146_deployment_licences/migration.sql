-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "licensedCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];
