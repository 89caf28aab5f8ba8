import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { toLocale } from '@/i18n/locale';
import { signUpAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signUp');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  // The completion route sends a sign-up whose time ran out back here (app/(auth)/sign-up/complete).
  const { expired } = await searchParams;
  const t = await getTranslations('auth.signUp');
  const locale = toLocale(await getLocale());
  return (
    <section aria-labelledby="sign-up-title" className={cn(cardClass, 'mx-auto max-w-md shadow-sm')}>
      <h1 id="sign-up-title" className="text-2xl font-semibold">
        {t('title')}
      </h1>
      <p className="mt-2 text-[var(--color-muted)]">{t('lead')}</p>
      <div className="mt-6">
        <SignUpForm action={signUpAction} locale={locale} expired={expired === '1'} />
      </div>
      <p className="mt-6 text-sm">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="font-medium underline">
          {t('signInLink')}
        </Link>
      </p>
    </section>
  );
}
