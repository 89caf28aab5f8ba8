import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { applyAgendaCommand, standingClock, type AgendaClock, type AgendaCommand, type AgendaStep } from './agenda-clock';
import { dialogueReach, requireGroup } from './access';

/** The clock as a browser receives it: the state, and the server's time, so each screen can correct for its own clock. */
export interface AgendaClockView extends Omit<AgendaClock, 'startedAt'> {
  startedAt: string | null;
  serverNow: string;
}

interface TimerRow {
  step: number;
  knowledgeMinutes: number;
  dialogueMinutes: number;
  startedAt: Date | null;
  elapsedMs: number;
}

const columns = { step: true, knowledgeMinutes: true, dialogueMinutes: true, startedAt: true, elapsedMs: true } as const;

const toClock = (row: TimerRow | null): AgendaClock =>
  row
    ? { step: row.step === 1 ? 1 : 0, knowledgeMinutes: row.knowledgeMinutes, dialogueMinutes: row.dialogueMinutes, startedAt: row.startedAt?.getTime() ?? null, elapsedMs: row.elapsedMs }
    : standingClock();

const toView = (clock: AgendaClock, now: Date): AgendaClockView => ({ ...clock, startedAt: clock.startedAt === null ? null : new Date(clock.startedAt).toISOString(), serverNow: now.toISOString() });

/**
 * A group's agenda clock in a round, for anyone who may read its workshop (the facilitator's
 * screens, the group's leaders, MED/AMO): everyone with the workshop open polls this, so the
 * clock on the meeting-room screen and on each laptop is the same clock. A workshop whose clock
 * was never started reads as the plan's 45 + 45 minutes, standing.
 */
export async function readAgendaClock(viewer: StaffActor, target: { roundId: string; groupId: string }, now = new Date()): Promise<AgendaClockView> {
  const reach = await dialogueReach(viewer, target.roundId, 'workshop:read', now);
  const { groupId } = requireGroup(reach, target.groupId);
  const row = await scopedDb(viewer.organisationId).workshopTimer.findUnique({
    where: { organisationId_roundId_groupId: { organisationId: viewer.organisationId, roundId: target.roundId, groupId } },
    select: columns,
  });
  return toView(toClock(row), now);
}

/**
 * A facilitator's start, pause, reset, move to a step or new minutes, applied on the server's
 * clock. The row is created on first use and locked while the command is applied, so two
 * facilitators pressing at once are applied one after the other. Not audited: the clock is the
 * meeting's kitchen timer, not a record of anyone's work (the notes and actions are audited).
 */
export async function commandAgendaClock(viewer: StaffActor, target: { roundId: string; groupId: string }, command: AgendaCommand, now = new Date()): Promise<AgendaClockView> {
  const reach = await dialogueReach(viewer, target.roundId, 'workshop:facilitate', now);
  const { groupId } = requireGroup(reach, target.groupId);
  const organisationId = viewer.organisationId;
  const roundId = target.roundId;
  const userId = viewer.kind === 'member' ? viewer.userId : null;
  return tenantTransaction(organisationId, async (tx) => {
    await tx.$executeRaw`INSERT INTO "WorkshopTimer" ("id", "organisationId", "roundId", "groupId", "updatedAt")
      VALUES (gen_random_uuid(), ${organisationId}::uuid, ${roundId}::uuid, ${groupId}::uuid, ${now})
      ON CONFLICT ("organisationId", "roundId", "groupId") DO NOTHING`;
    const [row] = await tx.$queryRaw<TimerRow[]>`SELECT "step", "knowledgeMinutes", "dialogueMinutes", "startedAt", "elapsedMs" FROM "WorkshopTimer"
      WHERE "organisationId" = ${organisationId}::uuid AND "roundId" = ${roundId}::uuid AND "groupId" = ${groupId}::uuid FOR UPDATE`;
    const next = applyAgendaCommand(toClock(row ?? null), command, now.getTime());
    await tx.workshopTimer.update({
      where: { organisationId_roundId_groupId: { organisationId, roundId, groupId } },
      data: {
        step: next.step satisfies AgendaStep,
        knowledgeMinutes: next.knowledgeMinutes,
        dialogueMinutes: next.dialogueMinutes,
        startedAt: next.startedAt === null ? null : new Date(next.startedAt),
        elapsedMs: next.elapsedMs,
        updatedById: userId,
      },
    });
    return toView(next, now);
  });
}
