import 'server-only';
import { currentQuestionnaireVersion } from '@/content/questionnaires';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import type { StaffActor } from '@/lib/domains/auth/actor';
import type { Round } from '@/lib/generated/prisma/client';
import { notFound, wrongState } from '@/lib/platform/errors';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { isUuid } from '@/lib/platform/validation/uuid';
import { ORGANISATION_TIME_ZONE } from './local-time';
import { copiedRoundName } from './round-name';

export interface CopiedRound {
  round: Round;
  /** The last round's groups left out because they are archived or gone (HR is told which). */
  droppedGroups: { id: string; name: string }[];
}

function yearIn(date: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: ORGANISATION_TIME_ZONE, year: 'numeric' }).format(date));
}

function plusYears(date: Date, years: number): Date {
  const out = new Date(date);
  out.setUTCFullYear(out.getUTCFullYear() + years);
  return out;
}

/**
 * The copy's dates: the last round's, moved on by whole years until it opens ahead of now — next
 * year's round for last year's, and a round copied from further back still gets dates that can be
 * answered. HR adjusts them on the draft as usual.
 */
export function shiftedDates(source: Pick<Round, 'opensAt' | 'closesAt'>, now: Date): { opensAt: Date; closesAt: Date } {
  let years = 1;
  while (plusYears(source.opensAt, years) <= now) years++;
  return { opensAt: plusYears(source.opensAt, years), closesAt: plusYears(source.closesAt, years) };
}

/**
 * Next year's round in one step: a new DRAFT with the source round's groups (those still active),
 * thresholds, reminders and language, the current questionnaire, and a name and dates for the new
 * year. Its draft page then shows the anonymity preview with the leaders the groups hold today,
 * not last year's. Another organisation's round is 404.
 */
export async function copyRound(caller: StaffActor, sourceRoundId: string, now = new Date()): Promise<CopiedRound> {
  if (!isUuid(sourceRoundId)) throw notFound();
  const { organisationId } = caller;
  return tenantTransaction(organisationId, async (tx) => {
    const source = await tx.round.findUnique({ where: { id: sourceRoundId, organisationId } });
    if (!source) throw notFound();
    const groups = await tx.leaderGroup.findMany({ where: { organisationId, id: { in: source.groupIds } }, select: { id: true, name: true, archivedAt: true } });
    const kept = source.groupIds.filter((id) => groups.some((g) => g.id === id && !g.archivedAt));
    // Groups deleted since have no name left to show; only archived ones can be named.
    const droppedGroups = groups.filter((g) => g.archivedAt).map(({ id, name }) => ({ id, name }));
    if (kept.length === 0) throw wrongState('roundCopy.errors.noActiveGroups');
    const { opensAt, closesAt } = shiftedDates(source, now);
    const taken = await tx.round.findMany({ where: { organisationId }, select: { name: true } });
    const round = await tx.round.create({
      data: {
        organisationId,
        status: 'DRAFT',
        // The creator may not be the second person who approves its opening (lib/domains/rounds/approval.ts).
        createdById: caller.kind === 'member' ? caller.userId : null,
        name: copiedRoundName(
          source.name.trim(),
          yearIn(opensAt),
          taken.map((r) => r.name),
        ),
        opensAt,
        closesAt,
        groupIds: kept,
        // A new round asks the questions of today's questionnaire, not the version the old one froze.
        questionnaireVersion: currentQuestionnaireVersion,
        defaultLocale: source.defaultLocale,
        anonymityThreshold: source.anonymityThreshold,
        commentThreshold: source.commentThreshold,
        reminderDays: source.reminderDays,
      },
    });
    await recordAudit(
      { ...auditedBy(caller), action: 'round.copied', target: { type: 'round', id: round.id }, details: { from: source.id, name: round.name, droppedGroups: droppedGroups.length } },
      tx,
    );
    return { round, droppedGroups };
  });
}
