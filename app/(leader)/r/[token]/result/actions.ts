'use server';

import { redirect } from 'next/navigation';
import { isFormData } from '@/lib/platform/validation/form-data';
import { AppError } from '@/lib/platform/errors';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/platform/http/request-context';
import { lookupPersonalLink, type RespondentLink } from '@/lib/domains/responses/respondent-for-token';
import { shareBalance, withdrawShare } from '@/lib/domains/sharing/share';

async function withOpenLink(formData: FormData, run: (link: RespondentLink & { state: 'open' }) => Promise<void>, done: string) {
  // Called by hand with anything but the page's form: no link is named, so nothing happens.
  if (!isFormData(formData)) return;
  const token = String(formData.get('token') ?? '');
  const link = await lookupPersonalLink(token, clientIp(await headers()));
  if (!link || link.state !== 'open') redirect(`/r/${encodeURIComponent(token)}`);
  let outcome = done;
  try {
    await run(link);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = 'error';
  }
  redirect(`/r/${token}/result?share=${outcome}#share`);
}

/** The leader confirmed sharing their own balance with their nearest manager. */
export async function shareWithManagerAction(formData: FormData): Promise<void> {
  await withOpenLink(formData, shareBalance, 'shared');
}

export async function withdrawShareAction(formData: FormData): Promise<void> {
  await withOpenLink(formData, withdrawShare, 'withdrawn');
}
