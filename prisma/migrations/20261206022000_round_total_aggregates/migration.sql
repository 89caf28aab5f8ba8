-- A closed round's total is stored as a row of its own, under the round's id as its group
-- (lib/results/pre-aggregate.ts), so that the sums of groups too small to show no longer need to
-- be kept to add it up: from now on only sums of populations the anonymity rule shows are kept.
-- Rounds aggregated before this get their total row here, from their own rows; their other rows
-- are rewritten, trimmed, by the retention job (writeRoundAggregates) — the rule needs the
-- application. Run as a system transaction: row-level security also binds a migrating owner
-- that is not a superuser.
SELECT set_config('app.system', 'on', true);

INSERT INTO "RoundGroupItemAggregate" ("organisationId", "roundId", "groupId", "subtree", "itemKey", "n", "sum", "sumSquares", "counts")
SELECT o."organisationId", o."roundId", o."roundId", true, o."itemKey", sum(o.n), sum(o.sum), sum(o."sumSquares"),
       ARRAY[sum(o.counts[1]), sum(o.counts[2]), sum(o.counts[3]), sum(o.counts[4]), sum(o.counts[5]), sum(o.counts[6]), sum(o.counts[7]), sum(o.counts[8])]::int[]
  FROM "RoundGroupItemAggregate" o
 WHERE o.subtree = false
 GROUP BY o."organisationId", o."roundId", o."itemKey"
ON CONFLICT DO NOTHING;

INSERT INTO "RoundGroupSideAggregate" ("organisationId", "roundId", "groupId", "subtree", "strainN", "strainMeanSum", "resourceN", "resourceMeanSum")
SELECT o."organisationId", o."roundId", o."roundId", true, sum(o."strainN"), sum(o."strainMeanSum"), sum(o."resourceN"), sum(o."resourceMeanSum")
  FROM "RoundGroupSideAggregate" o
 WHERE o.subtree = false
 GROUP BY o."organisationId", o."roundId"
ON CONFLICT DO NOTHING;
