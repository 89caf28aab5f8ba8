import { ArrowLeft } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RoundForm } from '@/components/rounds/RoundForm';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { toLocalDateTimeInput } from '@/lib/domains/rounds/local-time';
import { groupChoices, latestOpenedRound } from '@/lib/domains/rounds/queries';
import { CopyRoundForm } from '@/components/rounds/CopyRoundForm';
import { suggestedRoundName } from '@/lib/domains/rounds/round-name';
import { DEFAULT_COMMENT_THRESHOLD, DEFAULT_REMINDER_DAYS } from '@/lib/domains/rounds/schemas';
import { copyRoundAction, createRoundAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds'))('newTitle') };
}

const DAY = 24 * 60 * 60 * 1000;

export default async function NewRoundPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'rounds:manage', `/${orgSlug}/rounds/new`);
  const groups = await groupChoices(member.db);
  const t = await getTranslations('rounds');
  const tc = await getTranslations('roundCopy');
  const last = await latestOpenedRound(member.db);
  // A sensible start: opening at the next full hour, three weeks to answer.
  // eslint-disable-next-line react-hooks/purity -- a server component renders once per request: this is the request's time
  const opens = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const closes = new Date(opens.getTime() + 21 * DAY);

  return (
    <div className="space-y-6">
      <p>
        <Link href={`/${orgSlug}/rounds`} className="text-sm underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('backToList')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{t('newTitle')}</h1>
        <p className="mt-1 max-w-3xl text-[var(--color-muted)]">{t('newLead')}</p>
      </header>
      {last && groups.length > 0 ? (
        <section aria-labelledby="start-from-title" className={cardClass}>
          <h2 id="start-from-title" className="text-lg font-semibold">
            {tc('startFromTitle')}
          </h2>
          <p className="mt-1 mb-4 text-sm text-[var(--color-muted)]">{tc('startFromText', { name: last.name })}</p>
          <CopyRoundForm action={copyRoundAction.bind(null, orgSlug, last.id)} />
        </section>
      ) : null}
      {groups.length === 0 ? (
        <div className="rounded-card border border-dashed border-border-strong bg-surface p-6">
          <p>{t('form.noGroups')}</p>
          <Link href={`/${orgSlug}/groups`} className="mt-3 inline-block font-medium text-[var(--color-brand)] underline-offset-4 hover:underline">
            {t('form.goToGroups')}
          </Link>
        </div>
      ) : (
        <div className={cardClass}>
          <RoundForm
            action={createRoundAction.bind(null, orgSlug)}
            groups={groups.map(({ id, name, depth }) => ({ id, name, depth }))}
            submitLabel={t('form.save')}
            defaults={{
              name: await suggestedRoundName(member.db, closes.getFullYear()),
              opensAt: toLocalDateTimeInput(opens),
              closesAt: toLocalDateTimeInput(closes),
              groupIds: [],
              anonymityThreshold: 3,
              commentThreshold: DEFAULT_COMMENT_THRESHOLD,
              defaultLocale: member.organisation.defaultLocale,
              reminderDays: [...DEFAULT_REMINDER_DAYS],
            }}
          />
        </div>
      )}
    </div>
  );
}
