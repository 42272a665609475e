-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('ANCHORED', 'DETACHED');

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "anchor" "AnchorState" NOT NULL DEFAULT 'ANCHORED',
ADD COLUMN     "prefix" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "suffix" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "AnnotationMention" (
    "annotationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationMention_pkey" PRIMARY KEY ("annotationId","userId")
);

-- CreateTable
CREATE TABLE "ClauseAssessmentEntry" (
    "id" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "assessment" "ClauseAssessment" NOT NULL,
    "note" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClauseAssessmentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnnotationMention_userId_idx" ON "AnnotationMention"("userId");

-- CreateIndex
CREATE INDEX "ClauseAssessmentEntry_clauseId_createdAt_idx" ON "ClauseAssessmentEntry"("clauseId", "createdAt");

-- AddForeignKey
ALTER TABLE "AnnotationMention" ADD CONSTRAINT "AnnotationMention_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationMention" ADD CONSTRAINT "AnnotationMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseAssessmentEntry" ADD CONSTRAINT "ClauseAssessmentEntry_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "ContractClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseAssessmentEntry" ADD CONSTRAINT "ClauseAssessmentEntry_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
