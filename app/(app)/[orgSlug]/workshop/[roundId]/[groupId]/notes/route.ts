import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { saveNote } from '@/lib/dialogue/notes';
import { saveNoteSchema } from '@/lib/dialogue/schemas';
import { apiErrorResponse } from '@/lib/http/api-error-response';
import { readJson } from '@/lib/http/read-json';
import { assertSameOrigin } from '@/lib/http/same-origin';
import { requestContextFrom } from '@/lib/http/request-context';
import { viewerFromMember } from '@/lib/results/access';
import { parseInput } from '@/lib/validation/parse-input';

/**
 * The workshop's autosave: one note's whole text, sent as the facilitator types. A route rather
 * than a server action so that a save can be sent with `keepalive` as the page is left.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ orgSlug: string; roundId: string; groupId: string }> }) {
  try {
    assertSameOrigin(request);
    const { orgSlug, roundId, groupId } = await params;
    const member = await requireOrgMember(orgSlug, { permission: 'dialogue:facilitate' });
    const note = parseInput(saveNoteSchema, await readJson(request), 'body');
    const { updatedAt } = await saveNote(viewerFromMember(member), { roundId, groupId }, note, { context: requestContextFrom(request.headers) });
    return NextResponse.json({ savedAt: updatedAt.toISOString() }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
