import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { MailText } from '@/components/auth/MailText';
import { devOutboxVisible, listOutboxMails } from '@/lib/platform/mail/outbox';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  if (!devOutboxVisible()) return {};
  const t = await getTranslations('outbox');
  return { title: t('title'), robots: { index: false } };
}

/** Mails the app would have sent, for local use without a mail server (see lib/platform/mail/outbox.ts). */
export default async function DevOutboxPage() {
  if (!devOutboxVisible()) notFound();
  const [mails, t, format] = await Promise.all([listOutboxMails(), getTranslations('outbox'), getLocale().then((locale) => dateFormatter(toLocale(locale)))]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-[var(--color-muted)]">{t('lead')}</p>
        <p className="mt-2 text-sm">{t('demoHint', { email: 'hr@syddal.example' })}</p>
      </header>
      {mails.length === 0 ? (
        <p className="rounded-card border border-dashed border-border-strong bg-surface p-6 text-[var(--color-muted)]">{t('empty')}</p>
      ) : (
        <ol className="space-y-4" aria-label={t('listLabel')}>
          {mails.map((mail) => (
            <li key={mail.id}>
              <article aria-labelledby={`mail-${mail.id}`} className={cn(cardClass, 'p-5')}>
                <h2 id={`mail-${mail.id}`} className="font-semibold">
                  {mail.subject}
                </h2>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-[var(--color-muted)]">
                  <dt>{t('to')}</dt>
                  <dd>{mail.to}</dd>
                  <dt>{t('sent')}</dt>
                  <dd>
                    <time dateTime={mail.createdAt.toISOString()}>{format.dateTime(mail.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
                  </dd>
                </dl>
                <MailText text={mail.text} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
