import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { dialogueReach, requireGroup } from './access';
import type { SaveNoteInput } from './schemas';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

export interface DialogueNoteView {
  questionKey: string;
  body: string;
  updatedAt: Date;
}

/** A group's notes in a round, by question key, for a viewer who may read them (workshop:read). */
export async function groupNotes(viewer: StaffActor, roundId: string, groupId: string): Promise<Map<string, DialogueNoteView>> {
  const reach = await dialogueReach(viewer, roundId, 'workshop:read');
  requireGroup(reach, groupId);
  const rows = await scopedDb(viewer.organisationId).dialogueNote.findMany({
    where: { roundId, groupId },
    select: { questionKey: true, body: true, updatedAt: true },
  });
  return new Map(rows.map((row) => [row.questionKey, row]));
}

/**
 * Typing produces a save every second or so: the audit log gets one "dialogue-note.saved" per
 * person, note and sitting (a pause this long starts a new entry), not one per keystroke.
 */
export const NOTE_AUDIT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Saves a facilitator's note as it stands. The whole text replaces the stored one, keyed by
 * round, group and question: a retried or repeated save leaves the same single row.
 */
export async function saveNote(viewer: StaffActor, target: { roundId: string; groupId: string }, input: SaveNoteInput, options: { now?: Date } = {}): Promise<{ updatedAt: Date }> {
  const now = options.now ?? new Date();
  const reach = await dialogueReach(viewer, target.roundId, 'workshop:facilitate', now);
  const { groupId } = requireGroup(reach, target.groupId);
  const organisationId = viewer.organisationId;
  const userId = viewer.kind === 'member' ? viewer.userId : null;
  return tenantTransaction(organisationId, async (tx) => {
    const key = { organisationId, roundId: target.roundId, groupId, questionKey: input.questionKey };
    const before = await tx.dialogueNote.findUnique({ where: { organisationId_roundId_groupId_questionKey: key }, select: { id: true, body: true, updatedById: true, updatedAt: true } });
    if (before && before.body === input.body) return { updatedAt: before.updatedAt };
    const note = await tx.dialogueNote.upsert({
      where: { organisationId_roundId_groupId_questionKey: key },
      create: { ...key, body: input.body, updatedById: userId },
      update: { body: input.body, updatedById: userId },
      select: { id: true, updatedAt: true },
    });
    const sameSitting = before && before.updatedById === userId && now.getTime() - before.updatedAt.getTime() < NOTE_AUDIT_WINDOW_MS;
    if (!sameSitting) {
      await recordAudit(
        {
          ...auditedBy(viewer),
          action: 'dialogue-note.saved',
          target: { type: 'dialogue-note', id: note.id },
          details: { roundId: target.roundId, groupId, questionKey: input.questionKey },
        },
        tx,
      );
    }
    return { updatedAt: note.updatedAt };
  });
}
