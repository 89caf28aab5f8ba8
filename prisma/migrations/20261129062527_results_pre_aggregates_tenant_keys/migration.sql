-- DropIndex
DROP INDEX "Invitation_roundId_leaderId_key";

-- DropIndex
DROP INDEX "Response_responseKey_key";

-- DropIndex
DROP INDEX "ResponseComment_responseId_side_key";

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "aggregatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RoundGroupItemAggregate" (
    "organisationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "subtree" BOOLEAN NOT NULL,
    "itemKey" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "sum" INTEGER NOT NULL,
    "sumSquares" INTEGER NOT NULL,
    "counts" INTEGER[],

    CONSTRAINT "RoundGroupItemAggregate_pkey" PRIMARY KEY ("organisationId","roundId","subtree","groupId","itemKey")
);

-- CreateTable
CREATE TABLE "RoundGroupSideAggregate" (
    "organisationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "subtree" BOOLEAN NOT NULL,
    "strainN" INTEGER NOT NULL,
    "strainMeanSum" DOUBLE PRECISION NOT NULL,
    "resourceN" INTEGER NOT NULL,
    "resourceMeanSum" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "RoundGroupSideAggregate_pkey" PRIMARY KEY ("organisationId","roundId","subtree","groupId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_organisationId_roundId_leaderId_key" ON "Invitation"("organisationId", "roundId", "leaderId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_organisationId_responseKey_key" ON "Response"("organisationId", "responseKey");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseComment_organisationId_responseId_side_key" ON "ResponseComment"("organisationId", "responseId", "side");

-- AddForeignKey
ALTER TABLE "RoundGroupItemAggregate" ADD CONSTRAINT "RoundGroupItemAggregate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundGroupItemAggregate" ADD CONSTRAINT "RoundGroupItemAggregate_organisationId_roundId_fkey" FOREIGN KEY ("organisationId", "roundId") REFERENCES "Round"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundGroupSideAggregate" ADD CONSTRAINT "RoundGroupSideAggregate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundGroupSideAggregate" ADD CONSTRAINT "RoundGroupSideAggregate_organisationId_roundId_fkey" FOREIGN KEY ("organisationId", "roundId") REFERENCES "Round"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
