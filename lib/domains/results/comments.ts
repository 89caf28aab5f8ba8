import 'server-only';
import { createHmac, randomInt } from 'node:crypto';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { safeEqual } from '@/lib/platform/crypto/tokens';
import { env } from '@/lib/platform/env';
import { notFound } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { isUuid } from '@/lib/platform/validation/uuid';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import type { RoundContext } from './round-context';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/** A comment as it is published: its side and its text — no id, no time, no group, no order. */
export interface PublishedComment {
  side: 'strain' | 'resource';
  body: string;
}

/** HR's moderation view also gets an opaque handle to hide the comment by. */
export interface ModeratedComment extends PublishedComment {
  handle: string;
}

/**
 * A keyed hash of the comment id: HR can name a comment to hide without the page ever carrying
 * a database id that could be matched against anything else.
 */
function handleOf(commentId: string): string {
  const key = env().TOKEN_HASH_KEY;
  if (!key) throw new Error('TOKEN_HASH_KEY is not set');
  return createHmac('sha256', key).update(`comment-moderation:${commentId}`).digest('base64url');
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * The comments of a shown view, in random order; hidden ones left out. A view has comments only
 * where the anonymity rule shows them at the round's comment threshold as well as its figures
 * (lib/domains/anonymity/visibility.ts) — a comment is as identifying as a figure, or more. Else null.
 */
export async function commentsFor(ctx: RoundContext, ref: ViewRef, options: { moderate: boolean }): Promise<PublishedComment[] | ModeratedComment[] | null> {
  if (!ctx.figuresAvailable || !ctx.visibility.commentsShown(ref)) return null;
  const groupIds = ctx.visibility.groupIdsOf(ref);
  const rows = await scopedDb(ctx.organisationId).responseComment.findMany({
    where: { hiddenAt: null, response: { roundId: ctx.round.id, status: 'SUBMITTED', groupId: { in: groupIds } } },
    select: { id: true, side: true, body: true },
  });
  const side = (s: 'STRAIN' | 'RESOURCE') => (s === 'STRAIN' ? 'strain' : 'resource') as PublishedComment['side'];
  return shuffle(rows.map((row) => (options.moderate ? { side: side(row.side), body: row.body, handle: handleOf(row.id) } : { side: side(row.side), body: row.body })));
}

/** The comment threshold when a view shows figures but not (yet) comments, so the page can say why; else null. */
export function commentsWithheldBelow(ctx: RoundContext, ref: ViewRef): number | null {
  if (!ctx.figuresAvailable || ctx.visibility.view(ref)?.verdict !== 'shown' || ctx.visibility.commentsShown(ref)) return null;
  return ctx.round.commentThreshold;
}

/** The id of the round's comment behind a moderation handle; 404 for a malformed round id, an unknown handle or another organisation's. */
export async function commentIdByHandle(organisationId: string, roundId: string, handle: string): Promise<string> {
  if (!isUuid(roundId)) throw notFound();
  const candidates = await scopedDb(organisationId).responseComment.findMany({
    where: { response: { roundId } },
    select: { id: true },
  });
  const match = candidates.find((c) => safeEqual(handleOf(c.id), handle));
  if (!match) throw notFound();
  return match.id;
}

/**
 * Hides one comment of a round for good (HR, when a comment identifies someone). The audit
 * entry names the round, not the comment or its text. Hiding twice is harmless.
 */
export async function hideComment(caller: StaffActor, input: { roundId: string; handle: string }): Promise<void> {
  const { organisationId } = caller;
  const commentId = await commentIdByHandle(organisationId, input.roundId, input.handle);
  await tenantTransaction(organisationId, async (tx) => {
    const hidden = await tx.responseComment.updateMany({ where: { id: commentId, organisationId, hiddenAt: null }, data: { hiddenAt: new Date() } });
    if (hidden.count === 0) return;
    await recordAudit({ ...auditedBy(caller), action: 'comment.hidden', target: { type: 'round', id: input.roundId } }, tx);
  });
}
