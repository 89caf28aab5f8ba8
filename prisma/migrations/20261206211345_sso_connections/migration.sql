-- CreateEnum
CREATE TYPE "SsoPreset" AS ENUM ('ENTRA_ID', 'GENERIC_OIDC');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'NO_ACCESS';

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "ssoOrganisationId" UUID;

-- CreateTable
CREATE TABLE "SsoConnection" (
    "organisationId" UUID NOT NULL,
    "preset" "SsoPreset" NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretSealed" TEXT NOT NULL,
    "allowedDomains" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "requireSso" BOOLEAN NOT NULL DEFAULT false,
    "jitMembership" BOOLEAN NOT NULL DEFAULT false,
    "groupRoles" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SsoConnection_pkey" PRIMARY KEY ("organisationId")
);

-- AddForeignKey
ALTER TABLE "SsoConnection" ADD CONSTRAINT "SsoConnection_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as on every tenant table (decision 0007).
ALTER TABLE "SsoConnection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SsoConnection" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "SsoConnection"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
