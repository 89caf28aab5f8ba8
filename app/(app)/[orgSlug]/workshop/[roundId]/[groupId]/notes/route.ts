import { staffRoute } from '@/lib/edges/api/staff-route';
import { saveNote } from '@/lib/domains/workshop/notes';
import { saveNoteSchema } from '@/lib/domains/workshop/schemas';

/**
 * The workshop's autosave: one note's whole text, sent as the facilitator types. A route rather
 * than a server action so that a save can be sent with `keepalive` as the page is left.
 */
export const POST = staffRoute<undefined, typeof saveNoteSchema, { roundId: string; groupId: string }>({ permission: 'workshop:facilitate', body: saveNoteSchema }, async ({ actor, params, body }) => {
  const { updatedAt } = await saveNote(actor, { roundId: params.roundId, groupId: params.groupId }, body);
  return { savedAt: updatedAt.toISOString() };
});
