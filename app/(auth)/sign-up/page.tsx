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

export default async function SignUpPage() {
  const t = await getTranslations('auth.signUp');
  const locale = toLocale(await getLocale());
  return (
    <section aria-labelledby="sign-up-title" className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
      <h1 id="sign-up-title" className="text-2xl font-semibold">
        {t('title')}
      </h1>
      <p className="mt-2 text-[var(--color-muted)]">{t('lead')}</p>
      <div className="mt-6">
        <SignUpForm action={signUpAction} locale={locale} />
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
