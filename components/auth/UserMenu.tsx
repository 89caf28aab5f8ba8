import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser, type CurrentUser } from '@/lib/edges/session/current-user';
import { isConnectionError } from '@/lib/platform/errors';
import { SignOutButton } from './SignOutButton';

async function currentUserOrNull(): Promise<CurrentUser | null> {
  try {
    return await getCurrentUser();
  } catch (error) {
    // The header must not take a public page down with it while the database is unreachable.
    if (isConnectionError(error)) return null;
    throw error;
  }
}

/**
 * The header's account corner: "Sign in" for visitors; for staff who is signed in, their
 * organisations and "Sign out" — plain links and a button, always visible, no menu to open.
 */
export async function UserMenu() {
  const t = await getTranslations('auth.userMenu');
  const user = await currentUserOrNull();
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm font-medium underline-offset-4 hover:underline">
        {t('signIn')}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 border-l border-stone-200 pl-4 text-sm">
      <span className="text-[var(--color-muted)]" title={t('signedInAs', { email: user.email })}>
        <span className="sr-only">{t('signedInAs', { email: user.email })}</span>
        <span aria-hidden="true">{user.name ?? user.email}</span>
      </span>
      <Link href="/orgs" className="underline-offset-4 hover:underline">
        {t('organisations')}
      </Link>
      <SignOutButton label={t('signOut')} pendingLabel={t('signingOut')} />
    </div>
  );
}
