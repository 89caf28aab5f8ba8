'use server';

import { headers } from 'next/headers';
import { validatedAction } from '@/lib/actions/validated-action';
import { requestContextFrom } from '@/lib/http/request-context';
import { signUpSchema } from '@/lib/members/schemas';
import { signUp } from '@/lib/members/sign-up';

/** Creates the organisation; the form then asks next-auth to mail the new HR admin a sign-in link. */
export const signUpAction = validatedAction(signUpSchema, async (input) => signUp(input, requestContextFrom(await headers())));
