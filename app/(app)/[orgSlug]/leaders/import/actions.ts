'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { requireOrgActor } from '@/lib/edges/session/org-actor';
import type { ImportPreview } from '@/lib/domains/leaders/import/check-rows';
import { commitImport, previewImport } from '@/lib/domains/leaders/import/import-leaders';

// The size and row limits are checked by the import itself, with a message that names them.
const importSchema = z.object({
  csv: z.string().default(''),
  intent: z.enum(['preview', 'commit']).default('preview'),
  // The ids of the leaders the preview offered for archiving, sent only when HR ticked "archive them".
  archiveIds: z
    .string()
    .default('')
    .transform((ids) => ids.split(',').filter((id) => id !== '')),
});

export type ImportCounts = { added: number; updated: number; archived: number };
export type ImportActionResult = ActionResult<{ kind: 'preview'; preview: ImportPreview; changedMeanwhile?: boolean } | ({ kind: 'imported' } & ImportCounts)>;

/** "Check" shows what would happen; "Import" checks again on the server and writes all rows or none. */
export async function importLeadersAction(orgSlug: string, previous: ImportActionResult | null, formData: FormData): Promise<ImportActionResult> {
  return validatedAction(importSchema, async ({ csv, intent, archiveIds }) => {
    const caller = await requireOrgActor(orgSlug, 'leaders:manage');
    if (intent === 'preview') return { kind: 'preview' as const, preview: await previewImport(caller.organisationId, csv) };
    const result = await commitImport(caller, csv, { archiveIds });
    if (!result.imported) return { kind: 'preview' as const, preview: result.preview, ...(result.changedMeanwhile ? { changedMeanwhile: true } : {}) };
    revalidatePath(`/${orgSlug}/leaders`, 'layout');
    revalidatePath(`/${orgSlug}/groups`, 'layout');
    return { kind: 'imported' as const, added: result.added, updated: result.updated, archived: result.archived };
  })(previous, formData);
}
