-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "commentThreshold" INTEGER NOT NULL DEFAULT 5;

-- A round whose figure threshold is already above 5 keeps its comments at least as protected as its figures.
UPDATE "Round" SET "commentThreshold" = GREATEST("commentThreshold", "anonymityThreshold");

-- Comments are never shown to fewer people than figures, and never below 3.
ALTER TABLE "Round" ADD CONSTRAINT "Round_commentThreshold_min" CHECK ("commentThreshold" >= 3 AND "commentThreshold" >= "anonymityThreshold");
