-- The HR system's employee number: the leader import's key when the file has that column, so a
-- leader whose e-mail changed in the HR system is updated rather than added again and archived.
-- AlterTable
ALTER TABLE "Leader" ADD COLUMN     "employeeNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Leader_organisationId_employeeNumber_key" ON "Leader"("organisationId", "employeeNumber");

-- Stored as the schema normalises it (trimmed, never empty: "no number" is NULL), so a number
-- written by any path matches the same number in next year's file.
ALTER TABLE "Leader" ADD CONSTRAINT "Leader_employeeNumber_trimmed" CHECK ("employeeNumber" IS NULL OR ("employeeNumber" <> '' AND "employeeNumber" = btrim("employeeNumber")));
