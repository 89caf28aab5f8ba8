-- CreateTable
CREATE TABLE "SharedBalance" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "invitationId" UUID NOT NULL,
    "leaderName" TEXT NOT NULL,
    "managerEmail" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharedBalance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SharedBalance_organisationId_managerEmail_idx" ON "SharedBalance"("organisationId", "managerEmail");

-- CreateIndex
CREATE UNIQUE INDEX "SharedBalance_organisationId_id_key" ON "SharedBalance"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SharedBalance_organisationId_invitationId_key" ON "SharedBalance"("organisationId", "invitationId");

-- AddForeignKey
ALTER TABLE "SharedBalance" ADD CONSTRAINT "SharedBalance_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
