-- AlterTable
ALTER TABLE "Leader" ADD COLUMN     "erasedAt" TIMESTAMP(3);
