-- CreateTable
CREATE TABLE "WorkshopTimer" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "knowledgeMinutes" INTEGER NOT NULL DEFAULT 45,
    "dialogueMinutes" INTEGER NOT NULL DEFAULT 45,
    "startedAt" TIMESTAMP(3),
    "elapsedMs" INTEGER NOT NULL DEFAULT 0,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopTimer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopTimer_organisationId_id_key" ON "WorkshopTimer"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopTimer_organisationId_roundId_groupId_key" ON "WorkshopTimer"("organisationId", "roundId", "groupId");

-- AddForeignKey
ALTER TABLE "WorkshopTimer" ADD CONSTRAINT "WorkshopTimer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopTimer" ADD CONSTRAINT "WorkshopTimer_organisationId_roundId_fkey" FOREIGN KEY ("organisationId", "roundId") REFERENCES "Round"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopTimer" ADD CONSTRAINT "WorkshopTimer_organisationId_groupId_fkey" FOREIGN KEY ("organisationId", "groupId") REFERENCES "LeaderGroup"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (invisible to Prisma's diff, decision 0002): what the domain already keeps to.
ALTER TABLE "WorkshopTimer" ADD CONSTRAINT "WorkshopTimer_step_check" CHECK ("step" IN (0, 1));
ALTER TABLE "WorkshopTimer" ADD CONSTRAINT "WorkshopTimer_minutes_check" CHECK ("knowledgeMinutes" BETWEEN 1 AND 240 AND "dialogueMinutes" BETWEEN 1 AND 240);
ALTER TABLE "WorkshopTimer" ADD CONSTRAINT "WorkshopTimer_elapsed_check" CHECK ("elapsedMs" >= 0);

-- Row-level security, as on every tenant table (decision 0007).
ALTER TABLE "WorkshopTimer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WorkshopTimer" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "WorkshopTimer"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
