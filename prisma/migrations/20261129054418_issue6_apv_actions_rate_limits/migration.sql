-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "windowStartsAt" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ActionReminderDelivery" (
    "organisationId" UUID NOT NULL,
    "actionItemId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionReminderDelivery_pkey" PRIMARY KEY ("organisationId","actionItemId","dueDate")
);

-- CreateTable
CREATE TABLE "ApvRecord" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "problemsAssessment" TEXT NOT NULL DEFAULT '',
    "sicknessAbsence" TEXT NOT NULL DEFAULT '',
    "followUpGuidelines" TEXT NOT NULL DEFAULT '',
    "revisionDueOn" DATE NOT NULL,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApvRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApvComment" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "apvRecordId" UUID NOT NULL,
    "authorUserId" UUID,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApvComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApvApproval" (
    "organisationId" UUID NOT NULL,
    "apvRecordId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "userName" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApvApproval_pkey" PRIMARY KEY ("organisationId","apvRecordId","userId")
);

-- CreateIndex
CREATE INDEX "ApvRecord_organisationId_revisionDueOn_idx" ON "ApvRecord"("organisationId", "revisionDueOn");

-- CreateIndex
CREATE UNIQUE INDEX "ApvRecord_organisationId_id_key" ON "ApvRecord"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApvRecord_organisationId_roundId_groupId_key" ON "ApvRecord"("organisationId", "roundId", "groupId");

-- CreateIndex
CREATE INDEX "ApvComment_organisationId_apvRecordId_createdAt_idx" ON "ApvComment"("organisationId", "apvRecordId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApvComment_organisationId_id_key" ON "ApvComment"("organisationId", "id");

-- AddForeignKey
ALTER TABLE "DialogueNote" ADD CONSTRAINT "DialogueNote_organisationId_groupId_fkey" FOREIGN KEY ("organisationId", "groupId") REFERENCES "LeaderGroup"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionReminderDelivery" ADD CONSTRAINT "ActionReminderDelivery_organisationId_actionItemId_fkey" FOREIGN KEY ("organisationId", "actionItemId") REFERENCES "ActionItem"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApvRecord" ADD CONSTRAINT "ApvRecord_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApvRecord" ADD CONSTRAINT "ApvRecord_organisationId_roundId_fkey" FOREIGN KEY ("organisationId", "roundId") REFERENCES "Round"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApvRecord" ADD CONSTRAINT "ApvRecord_organisationId_groupId_fkey" FOREIGN KEY ("organisationId", "groupId") REFERENCES "LeaderGroup"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApvComment" ADD CONSTRAINT "ApvComment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApvComment" ADD CONSTRAINT "ApvComment_organisationId_apvRecordId_fkey" FOREIGN KEY ("organisationId", "apvRecordId") REFERENCES "ApvRecord"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApvApproval" ADD CONSTRAINT "ApvApproval_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApvApproval" ADD CONSTRAINT "ApvApproval_organisationId_apvRecordId_fkey" FOREIGN KEY ("organisationId", "apvRecordId") REFERENCES "ApvRecord"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
