import { emailSchema } from '@/lib/domains/organisations/schemas';

/**
 * The one spelling of a sign-in address: what the per-address abuse limit counts, what next-auth
 * looks up, mails and stores (it is EmailProvider's `normalizeIdentifier`), and what a sign-up
 * is filed under. Trimmed and lower-cased like every address the app stores (emailSchema).
 * Anything that is not one plain address — a list ("a@x.dk,1", "a@x.dk,b@y.dk"), a display name,
 * quotes, full-width look-alikes, a trailing dot — is refused rather than cut down to one, so the
 * address counted is always the address mailed.
 */
export function signInAddress(value: unknown): string | null {
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** signInAddress as next-auth's EmailProvider wants it: next-auth turns the throw into "EmailSignin", mailing nothing. */
export function normalizeSignInAddress(value: string): string {
  const address = signInAddress(value);
  if (address === null) throw new Error('Not one plain e-mail address.');
  return address;
}
