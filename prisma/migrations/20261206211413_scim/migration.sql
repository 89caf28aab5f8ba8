-- CreateEnum
CREATE TYPE "ApiKeyKind" AS ENUM ('API', 'SCIM');

-- A key opens either the public API or SCIM provisioning (issue 18): existing keys stay API keys.
ALTER TABLE "ApiKey" ADD COLUMN     "kind" "ApiKeyKind" NOT NULL DEFAULT 'API',
ADD COLUMN     "scimGroupId" UUID;

-- Only a SCIM token names a group for new leaders. No foreign key: the group is checked when
-- used: it must be the organisation's and active.
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_scimGroupId_only_scim" CHECK ("kind" = 'SCIM' OR "scimGroupId" IS NULL);

-- The identity provider's id for a leader provisioned by SCIM; unique per organisation (NULLs are distinct).
ALTER TABLE "Leader" ADD COLUMN     "scimExternalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Leader_organisationId_scimExternalId_key" ON "Leader"("organisationId", "scimExternalId");
