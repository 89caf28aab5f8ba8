-- Anonymity that holds (issue 13; decision 0004). Nothing written when a leader saves or submits
-- may point to a person, and no person-linked row may record who answered, or who had not yet:
--   * Invitation.answeredAt goes: participation is counted from Response by group, and who still
--     needs a reminder is found through the response key only the server can compute.
--   * ReminderDelivery is keyed by an HMAC of (invitation, step), not by the invitation.
-- Beside it: a second person approves a round's opening (RoundApproval; Leader.groupSince and
-- emailChangedAt show who joined a group lately), leaders can say their pool looks padded
-- (PoolConcern), and a shared balance is sealed and kept as a tombstone once withdrawn.

-- DropForeignKey
ALTER TABLE "ReminderDelivery" DROP CONSTRAINT "ReminderDelivery_organisationId_invitationId_fkey";

-- DropIndex
DROP INDEX "SharedBalance_organisationId_invitationId_key";

-- AlterTable
ALTER TABLE "Invitation" DROP COLUMN "answeredAt";

-- AlterTable
ALTER TABLE "Leader" ADD COLUMN     "emailChangedAt" TIMESTAMP(3),
ADD COLUMN     "groupSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- What is known of existing leaders: they have been in their group at least since they were created.
UPDATE "Leader" SET "groupSince" = "createdAt";

-- Rows naming an invitation cannot be re-keyed here: the key lives outside the database. They
-- only stop a step being sent twice, so a round open during the upgrade may send a step that
-- was already due once more (a repeated reminder, never a lost one).
DELETE FROM "ReminderDelivery";

-- AlterTable
ALTER TABLE "ReminderDelivery" DROP CONSTRAINT "ReminderDelivery_pkey",
DROP COLUMN "invitationId",
ADD COLUMN     "deliveryKey" TEXT NOT NULL,
ADD COLUMN     "roundId" UUID NOT NULL,
ADD CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("organisationId", "deliveryKey");

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "approvalRequestedAt" TIMESTAMP(3),
ADD COLUMN     "createdById" UUID;

-- AlterTable
ALTER TABLE "SharedBalance" ADD COLUMN     "sealedSnapshot" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ALTER COLUMN "snapshot" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RoundApproval" (
    "organisationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "userName" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundApproval_pkey" PRIMARY KEY ("organisationId","roundId")
);

-- CreateTable
CREATE TABLE "PoolConcern" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PoolConcern_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PoolConcern_organisationId_roundId_idx" ON "PoolConcern"("organisationId", "roundId");

-- CreateIndex
CREATE UNIQUE INDEX "PoolConcern_organisationId_id_key" ON "PoolConcern"("organisationId", "id");

-- CreateIndex
CREATE INDEX "ReminderDelivery_organisationId_roundId_daysBefore_idx" ON "ReminderDelivery"("organisationId", "roundId", "daysBefore");

-- CreateIndex
CREATE UNIQUE INDEX "SharedBalance_organisationId_invitationId_managerEmail_key" ON "SharedBalance"("organisationId", "invitationId", "managerEmail");

-- AddForeignKey
ALTER TABLE "RoundApproval" ADD CONSTRAINT "RoundApproval_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundApproval" ADD CONSTRAINT "RoundApproval_organisationId_roundId_fkey" FOREIGN KEY ("organisationId", "roundId") REFERENCES "Round"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolConcern" ADD CONSTRAINT "PoolConcern_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolConcern" ADD CONSTRAINT "PoolConcern_organisationId_roundId_fkey" FOREIGN KEY ("organisationId", "roundId") REFERENCES "Round"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_organisationId_roundId_fkey" FOREIGN KEY ("organisationId", "roundId") REFERENCES "Round"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Leader.groupSince and emailChangedAt are kept by the database itself, so that no write path (a
-- form, the API, an import, a future sync) can move a leader into a group, bring one back or
-- redirect an address without the round approval seeing it.
CREATE FUNCTION leader_membership_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."groupId" IS DISTINCT FROM OLD."groupId" OR (OLD."archivedAt" IS NOT NULL AND NEW."archivedAt" IS NULL) THEN
    NEW."groupSince" := now();
  END IF;
  IF NEW."email" IS DISTINCT FROM OLD."email" AND NEW."erasedAt" IS NULL THEN
    NEW."emailChangedAt" := now();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER leader_membership_changed BEFORE UPDATE ON "Leader" FOR EACH ROW EXECUTE FUNCTION leader_membership_changed();

-- The two new tenant tables get the one organisation rule (20261129090000_row_level_security).
ALTER TABLE "RoundApproval" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundApproval" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "RoundApproval"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "PoolConcern" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PoolConcern" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "PoolConcern"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
