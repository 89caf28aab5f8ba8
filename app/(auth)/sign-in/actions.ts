'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signInErrorKey } from '@/components/auth/sign-in-error';
import { validatedAction } from '@/lib/edges/server-actions/validated-action';
import { safeCallbackUrl } from '@/lib/edges/sign-in/safe-callback-url';
import { sendSignInLink } from '@/lib/edges/sign-in/send-sign-in-link';
import { signInSchema } from '@/lib/domains/members/schemas';
import { env } from '@/lib/platform/env';
import { AppError } from '@/lib/platform/errors';

/**
 * The sign-in form's action: a real form action, so pressing Enter works before the page's
 * JavaScript has loaded (or without it). Mails the link through next-auth, then shows "check your inbox".
 */
export const signInAction = validatedAction(signInSchema, async ({ email, callbackUrl }) => {
  let code: string | null;
  try {
    code = await sendSignInLink({ email, callbackUrl: safeCallbackUrl(callbackUrl, env().APP_URL), headers: await headers() });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'rate_limited')) throw error;
    code = 'RateLimited';
  }
  if (code === null) redirect(`/sign-in/check-email?${new URLSearchParams({ email })}`);
  throw new AppError(code === 'RateLimited' ? 'rate_limited' : 'validation_failed', { messageKey: `auth.errors.${signInErrorKey(code) ?? 'generic'}` });
});
