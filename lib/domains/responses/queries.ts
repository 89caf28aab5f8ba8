import 'server-only';
import type { RespondentActor } from '@/lib/domains/auth/actor';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

export interface OwnResponse {
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'SUBMITTED';
  revision: number;
  answers: Record<string, number>;
  comments: { strain: string; resource: string };
}

/** The leader's own answers, found only through their link's response key. */
export async function getOwnResponse(ctx: RespondentActor): Promise<OwnResponse> {
  const response = await scopedDb(ctx.organisationId).response.findUnique({
    where: { organisationId_responseKey: { organisationId: ctx.organisationId, responseKey: ctx.responseKey } },
    include: { answers: { select: { itemKey: true, value: true } }, comments: { select: { side: true, body: true } } },
  });
  if (!response) return { status: 'NOT_STARTED', revision: 0, answers: {}, comments: { strain: '', resource: '' } };
  return {
    status: response.status,
    revision: response.revision,
    answers: Object.fromEntries(response.answers.map((a) => [a.itemKey, a.value])),
    comments: {
      strain: response.comments.find((c) => c.side === 'STRAIN')?.body ?? '',
      resource: response.comments.find((c) => c.side === 'RESOURCE')?.body ?? '',
    },
  };
}
