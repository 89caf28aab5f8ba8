'use server';

import { redirect } from 'next/navigation';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { requireOrgActor } from '@/lib/edges/session/org-actor';
import { deleteOrganisation } from '@/lib/domains/privacy/delete-organisation';
import { exportPersonalData } from '@/lib/domains/privacy/export-person';
import { setRetentionYears } from '@/lib/domains/privacy/retention';
import { deleteOrganisationSchema, exportPersonSchema, retentionSchema, type ExportPersonResult } from '@/lib/domains/privacy/schemas';

/** The file travels back in the action's answer: a server action keeps Next's same-origin check, a download route would need its own. */
export async function exportPersonAction(orgSlug: string, previous: ExportPersonResult | null, formData: FormData): Promise<ExportPersonResult> {
  return validatedAction(exportPersonSchema, async ({ email }) => {
    const data = await exportPersonalData(await requireOrgActor(orgSlug, 'org:settings'), email);
    const fileName = `persondata-${email.replace(/[^a-z0-9.@-]/g, '_')}.json`;
    return { email, found: Boolean(data.leader || data.staffMember), fileName, json: JSON.stringify(data, null, 2) };
  })(previous, formData);
}

export async function deleteOrganisationAction(orgSlug: string, previous: ActionResult<undefined> | null, formData: FormData): Promise<ActionResult<undefined>> {
  const result = await validatedAction(deleteOrganisationSchema, async ({ confirmName }): Promise<undefined> => {
    await deleteOrganisation(await requireOrgActor(orgSlug, 'org:settings'), confirmName);
  })(previous, formData);
  if (result.ok) redirect('/organisation-deleted');
  return result;
}

export async function setRetentionAction(orgSlug: string, previous: ActionResult<{ retentionYears: number }> | null, formData: FormData): Promise<ActionResult<{ retentionYears: number }>> {
  return validatedAction(retentionSchema, async ({ retentionYears }) => {
    await setRetentionYears(await requireOrgActor(orgSlug, 'org:settings'), retentionYears);
    return { retentionYears };
  })(previous, formData);
}
