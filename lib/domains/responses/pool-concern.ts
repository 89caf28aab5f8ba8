import 'server-only';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError } from '@/lib/platform/errors';
import { enqueue, jobQueue } from '@/lib/platform/queue';
import { enforceRateLimits } from '@/lib/platform/rate-limit/enforce';
import { WHOLE_ROUND_GROUP_ID } from './pool-concerns';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { assertStorableText } from '@/lib/platform/validation/safe-text';
import { poolPopulationFor } from './pool';
import type { RespondentActor } from '@/lib/domains/auth/actor';
import { poolConcernSchema } from './schemas';

/**
 * A leader says "someone here is not a leader in my group". The concern is filed under the
 * population the leader was shown (lib/domains/responses/pool.ts) — the list they looked at, and never
 * narrower than their own group — not under their own group, which could be smaller: in a pool
 * of a whole directorate, "a leader in Teknik (2 leaders) complained" would all but name them.
 *
 * What is written holds nothing that leads to the leader: no invitation, leader or response
 * reference, a random v4 id, an audit entry with no address or browser, and its own transaction
 * (never one that also touches Response or Answer, whose commit time it could otherwise date).
 * The per-link limit counts under a keyed hash of the invitation (lib/platform/rate-limit/counter.ts).
 */
export async function raisePoolConcern(ctx: RespondentActor, input: unknown): Promise<{ concernId: string }> {
  assertStorableText(input);
  const parsed = poolConcernSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('validation_failed', { messageKey: 'pool.concern.outcome.invalid', userMessage: 'The message is too long or not text.' });
  }
  await enforceRateLimits(['poolConcernsPerLink', ctx.invitationId]);
  const population = await poolPopulationFor(ctx);
  // Started before the transaction: a first start creates the queue's schema, which must not wait inside it.
  await jobQueue();
  const { organisationId, roundId } = ctx;
  const concernId = await tenantTransaction(organisationId, async (tx) => {
    const concern = await tx.poolConcern.create({
      data: { organisationId, roundId, groupId: population.ref.groupId ?? WHOLE_ROUND_GROUP_ID, message: parsed.data.message },
      select: { id: true },
    });
    // No request context: the caller's address or browser would point back at the leader.
    await recordAudit({ ...auditedBy(ctx), action: 'round.pool-concern', target: { type: 'round', id: roundId }, details: { concernId: concern.id } }, tx);
    // The mail leaves from the queue; the job exists exactly when the concern does.
    await enqueue('send-pool-concern', { organisationId, concernId: concern.id }, { tx });
    return concern.id;
  });
  return { concernId };
}

const outcomes = ['sent', 'limited', 'invalid', 'error'] as const;
/** How a concern sent from the questionnaire's form went, as the page's `?pool=` says it. */
export type PoolConcernOutcome = (typeof outcomes)[number];

export function poolConcernOutcome(value: unknown): PoolConcernOutcome | null {
  return outcomes.find((o) => o === value) ?? null;
}

/** The questionnaire's form (app/api/r/[token]/pool-concern): the concern, and how it went in words the page can show. */
export async function raisePoolConcernFromForm(ctx: RespondentActor, form: FormData): Promise<PoolConcernOutcome> {
  const message = form.get('message');
  try {
    await raisePoolConcern(ctx, { message: typeof message === 'string' ? message : '' });
    return 'sent';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.code === 'rate_limited' ? 'limited' : error.code === 'validation_failed' ? 'invalid' : 'error';
  }
}
