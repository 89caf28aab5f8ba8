import { apiRoute } from '@/lib/edges/api/api-route';
import { getRoundEndpoint } from '@/lib/edges/api/v1/rounds.contract';
import { notFound } from '@/lib/platform/errors';
import { approvalSummary } from '@/lib/domains/rounds/approval';
import { getRound, getRoundSummary } from '@/lib/domains/rounds/queries';

export const GET = apiRoute(getRoundEndpoint, async ({ db, actor, params }) => {
  const [round, summary] = await Promise.all([getRound(db, params.id), getRoundSummary(db, params.id)]);
  if (!round || !summary) throw notFound();
  const { id, name, status, opensAt, closesAt, invited, responded } = summary;
  return {
    id,
    name,
    status,
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
    invited,
    responded,
    anonymityThreshold: round.anonymityThreshold,
    commentThreshold: round.commentThreshold,
    approval: await approvalSummary(db, actor.organisationId, round),
  };
});
