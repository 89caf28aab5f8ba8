import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { signInErrorKey } from '@/components/auth/sign-in-error';
import { SignInForm } from '@/components/auth/SignInForm';
import { getCurrentUser } from '@/lib/edges/session/current-user';
import { safeCallbackUrl } from '@/lib/edges/sign-in/safe-callback-url';
import { env } from '@/lib/platform/env';
import { devOutboxVisible } from '@/lib/platform/mail/outbox';
import { signInAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, env().APP_URL);
  const errorKey = signInErrorKey(params.error);
  if (!errorKey && (await getCurrentUser())) redirect(callbackUrl);
  const t = await getTranslations('auth');
  const tSso = await getTranslations('sso');
  const outbox = devOutboxVisible();
  return (
    <div className="mx-auto max-w-md space-y-8">
      <section aria-labelledby="sign-in-title" className={cn(cardClass, 'shadow-sm')}>
        <h1 id="sign-in-title" className="text-2xl font-semibold">
          {t('signIn.title')}
        </h1>
        <p className="mt-2 text-[var(--color-muted)]">{t('signIn.lead')}</p>
        <p className="mt-2 text-sm text-[var(--color-muted)]">{tSso('signInHint')}</p>
        <div className="mt-6">
          <SignInForm action={signInAction} callbackUrl={callbackUrl} initialError={errorKey} />
        </div>
        <p className="mt-6 text-sm">
          {t('signIn.noAccount')}{' '}
          <Link href="/sign-up" className="font-medium underline">
            {t('signIn.signUpLink')}
          </Link>
        </p>
      </section>

      <aside aria-labelledby="leaders-title" className="rounded-xl bg-[var(--color-resource-soft)] p-5">
        <h2 id="leaders-title" className="font-semibold">
          {t('signIn.leadersTitle')}
        </h2>
        <p className="mt-1 text-sm">{t('signIn.leadersText')}</p>
        <Link href="/link" className="mt-2 inline-block text-sm font-medium underline">
          {t('signIn.leadersLink')}
        </Link>
      </aside>

      {outbox ? (
        <aside aria-labelledby="outbox-title" className="rounded-xl border border-amber-300 bg-amber-50 p-5">
          <h2 id="outbox-title" className="font-semibold">
            {t('signIn.outboxTitle')}
          </h2>
          <p className="mt-1 text-sm">{t('signIn.outboxText', { email: 'hr@syddal.example' })}</p>
          <Link href="/dev/outbox" className="mt-2 inline-block text-sm font-medium underline">
            {t('outboxLink')}
          </Link>
        </aside>
      ) : null}
    </div>
  );
}
