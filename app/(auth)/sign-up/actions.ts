'use server';

import { headers } from 'next/headers';
import { validatedAction } from '@/lib/edges/server-actions/validated-action';
import { requestContextFrom } from '@/lib/platform/http/request-context';
import { signUpSchema } from '@/lib/domains/members/schemas';
import { signUp } from '@/lib/domains/members/sign-up';

/** Stores the sign-up; the form then asks next-auth to mail the link that completes it (lib/domains/members/sign-up.ts). */
export const signUpAction = validatedAction(signUpSchema, async (input) => signUp(input, requestContextFrom(await headers())));
