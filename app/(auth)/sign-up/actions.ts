'use server';

import { headers } from 'next/headers';
import { validatedAction } from '@/lib/actions/validated-action';
import { requestContextFrom } from '@/lib/http/request-context';
import { signUpSchema } from '@/lib/members/schemas';
import { signUp } from '@/lib/members/sign-up';

/** Stores the sign-up; the form then asks next-auth to mail the link that completes it (lib/members/sign-up.ts). */
export const signUpAction = validatedAction(signUpSchema, async (input) => signUp(input, requestContextFrom(await headers())));
