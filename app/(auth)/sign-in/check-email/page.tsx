import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { devOutboxVisible } from '@/lib/platform/mail/outbox';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.checkEmail');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CheckEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { email, signUp } = await searchParams;
  const address = typeof email === 'string' && email.length <= 254 ? email : null;
  const t = await getTranslations('auth');
  const tFlow = await getTranslations('signInFlow');
  return (
    <section aria-labelledby="check-email-title" className={cn(cardClass, 'mx-auto max-w-md shadow-sm')}>
      <h1 id="check-email-title" className="text-2xl font-semibold">
        {t('checkEmail.title')}
      </h1>
      <p className="mt-3">{address ? t('checkEmail.sentTo', { email: address }) : t('checkEmail.sent')}</p>
      {signUp === '1' ? <p className="mt-2">{tFlow('signUpWaitsForLink')}</p> : null}
      <p className="mt-2 text-[var(--color-muted)]">{t('checkEmail.validity')}</p>
      {devOutboxVisible() ? (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('checkEmail.outboxText')}{' '}
          <Link href="/dev/outbox" className="font-medium underline">
            {t('outboxLink')}
          </Link>
        </p>
      ) : null}
      <p className="mt-6 text-sm">
        {t('checkEmail.wrongAddress')}{' '}
        <Link href="/sign-in" className="font-medium underline">
          {t('checkEmail.tryAgain')}
        </Link>
      </p>
    </section>
  );
}
