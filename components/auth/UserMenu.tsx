import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LogIn } from 'lucide-react';
import { getCurrentUser, type CurrentUser } from '@/lib/edges/session/current-user';
import { isConnectionError } from '@/lib/platform/errors';
import { AccountMenu } from './AccountMenu';

async function currentUserOrNull(): Promise<CurrentUser | null> {
  try {
    return await getCurrentUser();
  } catch (error) {
    // The header must not take a public page down with it while the database is unreachable.
    if (isConnectionError(error)) return null;
    throw error;
  }
}

/** The header's account corner: "Sign in" for visitors, the account menu for staff who are signed in. */
export async function UserMenu() {
  const t = await getTranslations('auth.userMenu');
  const user = await currentUserOrNull();
  if (!user) {
    return (
      <Link href="/sign-in" className="flex min-h-11 items-center gap-1.5 rounded-control px-2 text-sm font-medium text-brand hover:bg-surface-muted">
        <LogIn aria-hidden="true" className="size-4" />
        {t('signIn')}
      </Link>
    );
  }
  return (
    <AccountMenu
      name={user.name ?? user.email}
      texts={{ menu: t('menu'), signedInAs: t('signedInAs', { email: user.email }), organisations: t('organisations'), signOut: t('signOut'), signingOut: t('signingOut') }}
    />
  );
}
