import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { RequestContext } from '@/lib/http/request-context';
import { createOrganisation } from '@/lib/organisations/create-organisation';
import { enforceRateLimits } from '@/lib/rate-limit/enforce';
import type { SignUpInput } from './schemas';

/**
 * Self-serve sign-up: a new organisation with the person signing up as its HR admin, and the
 * sign-up itself in the audit log — all in createOrganisation's one transaction. Nobody is
 * signed in yet: the magic link that follows proves the address.
 */
export async function signUp(input: SignUpInput, context?: RequestContext): Promise<{ slug: string; email: string }> {
  await enforceRateLimits(['signUpPerIp', context?.ip]);
  const { organisation, user } = await createOrganisation(
    { name: input.organisationName, adminEmail: input.email, adminName: input.name, locale: input.locale },
    {
      ...(context ? { context } : {}),
      extra: (tx, organisationId, userId) =>
        recordAudit(
          { organisationId, action: 'auth.sign-up', actor: { userId }, target: { type: 'user', id: userId }, ...(context ? { context } : {}) },
          tx,
        ),
    },
  );
  return { slug: organisation.slug, email: user.email };
}
