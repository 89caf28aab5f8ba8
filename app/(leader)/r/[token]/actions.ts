'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { PoolConcernOutcome } from '@/components/questionnaire/PoolSection';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/request-context';
import { raisePoolConcern } from '@/lib/responses/pool-concern';
import { lookupPersonalLink } from '@/lib/responses/respondent-for-token';

function outcomeOf(error: AppError): PoolConcernOutcome {
  if (error.code === 'rate_limited') return 'limited';
  if (error.code === 'validation_failed') return 'invalid';
  return 'error';
}

/**
 * "Someone here is not a leader in my group", sent from the questionnaire's introduction. The
 * token comes from the form and resolves through the same lookup as the page; an unknown or
 * closed link goes back to the page, which says so. A plain form post: it works without JavaScript.
 */
export async function raisePoolConcernAction(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const link = await lookupPersonalLink(token, clientIp(await headers()));
  if (!link || link.state !== 'open') redirect(`/r/${encodeURIComponent(token)}`);
  const message = formData.get('message');
  let outcome: PoolConcernOutcome = 'sent';
  try {
    await raisePoolConcern(link.ctx, { message: typeof message === 'string' ? message : '' });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = outcomeOf(error);
  }
  redirect(`/r/${encodeURIComponent(token)}?pool=${outcome}#pool`);
}
