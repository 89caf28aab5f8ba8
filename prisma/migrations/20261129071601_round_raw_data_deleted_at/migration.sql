-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "rawDataDeletedAt" TIMESTAMP(3);
