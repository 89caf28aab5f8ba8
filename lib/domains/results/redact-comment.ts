import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { notFound } from '@/lib/platform/errors';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { commentIdByHandle } from './comments';
import { redactPhrase } from './redaction';

/**
 * Removes a phrase from one comment of a round for good (a name, a place, an episode that gives
 * someone away), where hiding the whole comment would lose what it says. The phrase is replaced
 * in the stored text itself — not masked on the way out — so no viewer, export or database
 * reader finds it afterwards. The marker is in the round's language. The audit entry names the
 * round, never the comment or the phrase. Returns the comment as it now reads.
 */
export async function redactComment(caller: StaffActor, input: { roundId: string; handle: string; phrase: string }): Promise<{ body: string }> {
  const { organisationId } = caller;
  const commentId = await commentIdByHandle(organisationId, input.roundId, input.handle);
  return tenantTransaction(organisationId, async (tx) => {
    // FOR UPDATE: two moderators redacting the same comment at once apply one after the other.
    const rows = await tx.$queryRaw<{ body: string }[]>`SELECT body FROM "ResponseComment" WHERE id = ${commentId}::uuid AND "organisationId" = ${organisationId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    const round = await tx.round.findUniqueOrThrow({ where: { id: input.roundId, organisationId }, select: { defaultLocale: true } });
    const body = redactPhrase(rows[0]!.body, input.phrase, translatorFor(round.defaultLocale)('commentRules.redact.marker'));
    if (body === null) throw fieldRefusal(caller, 'validation_failed', 'phrase', 'commentRules.validation.phraseNotFound');
    await tx.responseComment.update({ where: { id: commentId, organisationId }, data: { body } });
    await recordAudit({ ...auditedBy(caller), action: 'comment.redacted', target: { type: 'round', id: input.roundId } }, tx);
    return { body };
  });
}
