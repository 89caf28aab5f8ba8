-- CreateEnum
CREATE TYPE "FollowUpMail" AS ENUM ('RESULTS_READY', 'APV_AWAITS_APPROVAL', 'APV_REVISION_DUE', 'SHARE_NOTICE', 'ACTION_DUE_SOON');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "disabledMails" "FollowUpMail"[] DEFAULT ARRAY[]::"FollowUpMail"[];

-- CreateTable
CREATE TABLE "MailDelivery" (
    "organisationId" UUID NOT NULL,
    "kind" "FollowUpMail" NOT NULL,
    "deliveryKey" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailDelivery_pkey" PRIMARY KEY ("organisationId","kind","deliveryKey")
);

-- AddForeignKey
ALTER TABLE "MailDelivery" ADD CONSTRAINT "MailDelivery_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as on every tenant table (decision 0007).
ALTER TABLE "MailDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MailDelivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "MailDelivery"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
