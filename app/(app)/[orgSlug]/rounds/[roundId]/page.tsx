import { ArrowLeft } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/i18n/locale';
import { dateFormatter, formatPeriod } from '@/lib/platform/format/dates';
import { FormMessage } from '@/components/ui/Field';
import { AnonymityPreviewTable } from '@/components/rounds/AnonymityPreviewTable';
import { ConfirmActionForm } from '@/components/rounds/ConfirmActionForm';
import { RoundApprovalSection } from '@/components/rounds/RoundApprovalSection';
import { ExtendRoundForm } from '@/components/rounds/ExtendRoundForm';
import { PoolConcerns } from '@/components/rounds/PoolConcerns';
import { RoundProgressTable } from '@/components/rounds/RoundProgressTable';
import { RoundStatusBadge } from '@/components/rounds/RoundStatusBadge';
import { SendReminderForm } from '@/components/rounds/SendReminderForm';
import { ForgetFlashParams } from '@/components/ui/ForgetFlashParams';
import { can } from '@/lib/domains/auth/permissions';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { toLocalDateTimeInput } from '@/lib/domains/rounds/local-time';
import { draftReview } from '@/lib/domains/rounds/draft-review';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { getRound, roundProgress } from '@/lib/domains/rounds/queries';
import { isUuid } from '@/lib/platform/validation/uuid';
import { CopyRoundForm } from '@/components/rounds/CopyRoundForm';
import { closeRoundAction, copyRoundAction, extendRoundAction, openRoundAction, sendReminderAction } from '../actions';
import { approveRoundAction, requestApprovalAction } from '../approval-actions';

type Params = Promise<{ orgSlug: string; roundId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The notices this page's forms leave in the address (actions.ts, approval-actions.ts). */
const FLASH_PARAMS = ['saved', 'opened', 'extended', 'closed', 'approved', 'copied', 'dropped'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds'))('title') };
}

export default async function RoundPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { orgSlug, roundId } = await params;
  const member = await requireOrgPage(orgSlug, 'rounds:read', `/${orgSlug}/rounds/${roundId}`);
  // Another organisation's round, or no round: the same 404.
  const round = await getRound(member.db, roundId);
  if (!round) notFound();
  const role = member.actor.role;
  const canManage = can(role, 'rounds:manage');
  const status = effectiveStatus(round);
  const flash = await searchParams;
  const t = await getTranslations('rounds');
  const format = dateFormatter(toLocale(await getLocale()));
  const periodLocale = toLocale(await getLocale());
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });

  const chosenGroups = await member.db.leaderGroup.findMany({ where: { id: { in: round.groupIds } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  const review = round.status === 'DRAFT' ? await draftReview(member.db, round) : null;
  const preview = review?.preview ?? null;
  const progress = round.status === 'DRAFT' ? null : await roundProgress(member.db, round);
  // The invitees' names live on a page of their own, never beside a count (decision 0005).
  const invitationsHref = round.status !== 'DRAFT' && can(role, 'leaders:read') ? `/${orgSlug}/rounds/${round.id}/invitations` : null;
  const opened = typeof flash.opened === 'string' ? Number(flash.opened) : null;
  const droppedIds = typeof flash.dropped === 'string' ? flash.dropped.split(',').filter(isUuid) : [];
  // Named from this organisation's own groups: an id from elsewhere names nothing.
  const dropped = droppedIds.length ? await member.db.leaderGroup.findMany({ where: { id: { in: droppedIds } }, select: { name: true }, orderBy: { name: 'asc' } }) : [];
  const tc = await getTranslations('roundCopy');
  const tr = await getTranslations('commentRules.detail');

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/${orgSlug}/rounds`} className="text-sm underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('backToList')}
        </Link>
      </p>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{round.name}</h1>
        <RoundStatusBadge status={status} />
      </header>

      <ForgetFlashParams names={FLASH_PARAMS} />
      {flash.saved ? <FormMessage tone="success">{t('saved')}</FormMessage> : null}
      {flash.copied ? <FormMessage tone="success">{tc('done')}</FormMessage> : null}
      {dropped.length ? <FormMessage tone="warning">{tc('dropped', { count: dropped.length, names: dropped.map((g) => g.name).join(', ') })}</FormMessage> : null}
      {opened !== null && Number.isFinite(opened) ? <FormMessage tone="success">{t('open.done', { count: opened })}</FormMessage> : null}
      {flash.extended ? <FormMessage tone="success">{t('extend.done', { date: when(round.closesAt) })}</FormMessage> : null}
      {flash.closed || (status === 'CLOSED' && round.status !== 'DRAFT') ? <FormMessage tone="warning">{flash.closed ? t('close.done') : t('closedNote')}</FormMessage> : null}

      <section aria-labelledby="facts-title" className={cardClass}>
        <h2 id="facts-title" className="text-lg font-semibold">
          {t('detail.facts')}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('detail.period')}</dt>
          <dd>{formatPeriod(round.opensAt, round.closesAt, periodLocale)}</dd>
          <dt className="font-medium">{t('detail.groups')}</dt>
          <dd>{chosenGroups.map((g) => g.name).join(', ')}</dd>
          <dt className="font-medium">{t('detail.threshold')}</dt>
          <dd>{round.anonymityThreshold}</dd>
          <dt className="font-medium">{tr('label')}</dt>
          <dd>{round.commentThreshold}</dd>
          <dt className="font-medium">{t('detail.language')}</dt>
          <dd>{t(`form.languages.${round.defaultLocale}`)}</dd>
          <dt className="font-medium">{t('detail.reminders')}</dt>
          <dd>{round.reminderDays.length ? t('detail.remindersValue', { days: round.reminderDays.join(', ') }) : t('detail.noReminders')}</dd>
          <dt className="font-medium">{t('detail.questionnaire')}</dt>
          <dd>{round.questionnaireVersion}</dd>
          {round.openedAt ? (
            <>
              <dt className="font-medium">{t('detail.openedAt')}</dt>
              <dd>{when(round.openedAt)}</dd>
            </>
          ) : null}
          {round.closedAt ? (
            <>
              <dt className="font-medium">{t('detail.closedAt')}</dt>
              <dd>{when(round.closedAt)}</dd>
            </>
          ) : null}
        </dl>
        {round.status === 'DRAFT' && canManage ? (
          <Link href={`/${orgSlug}/rounds/${round.id}/edit`} className="mt-4 inline-block font-medium text-[var(--color-brand)] underline-offset-4 hover:underline">
            {t('detail.edit')}
          </Link>
        ) : null}
      </section>

      {preview ? <AnonymityPreviewTable preview={preview} /> : null}

      {review ? (
        <RoundApprovalSection
          leaders={review.preview.leaders}
          approval={review.approval}
          viewer={{ userId: member.actor.userId, canManage, canApprove: can(role, 'rounds:approve') }}
          justApproved={Boolean(flash.approved)}
          actions={{
            open: openRoundAction.bind(null, orgSlug, round.id),
            approve: approveRoundAction.bind(null, orgSlug, round.id, review.approval.fingerprint),
            request: requestApprovalAction.bind(null, orgSlug, round.id),
          }}
        />
      ) : null}

      <PoolConcerns member={member} round={round} />

      {progress ? <RoundProgressTable progress={progress} invitationsHref={invitationsHref} /> : null}

      {round.status !== 'DRAFT' && canManage ? (
        <section aria-labelledby="copy-title" className={cardClass}>
          <h2 id="copy-title" className="text-lg font-semibold">
            {tc('title')}
          </h2>
          <p className="mt-1 mb-4 text-sm text-[var(--color-muted)]">{tc('text')}</p>
          <CopyRoundForm action={copyRoundAction.bind(null, orgSlug, round.id)} />
        </section>
      ) : null}

      {status === 'OPEN' && canManage ? (
        <section aria-labelledby="manage-title" className="space-y-6">
          <h2 id="manage-title" className="sr-only">
            {t('detail.actions')}
          </h2>
          <div className="grid gap-6 md:grid-cols-2">
            <div className={cardClass}>
              <h3 className="text-lg font-semibold">{t('remind.title')}</h3>
              <p className="mt-1 mb-4 text-sm text-[var(--color-muted)]">{t('remind.text')}</p>
              <SendReminderForm action={sendReminderAction.bind(null, orgSlug, round.id)} />
            </div>
            <div className={cardClass}>
              <h3 className="text-lg font-semibold">{t('extend.title')}</h3>
              <div className="mt-3">
                <ExtendRoundForm action={extendRoundAction.bind(null, orgSlug, round.id)} defaultValue={toLocalDateTimeInput(new Date(round.closesAt.getTime() + 7 * 24 * 60 * 60 * 1000))} />
              </div>
            </div>
          </div>
          <div className="rounded-xl border border-red-200 bg-white p-6">
            <h3 className="text-lg font-semibold">{t('close.title')}</h3>
            <p className="mt-1 mb-4">{t('close.text')}</p>
            <ConfirmActionForm
              action={closeRoundAction.bind(null, orgSlug, round.id)}
              confirmLabel={t('close.confirm')}
              submitLabel={t('close.button')}
              pendingLabel={t('close.button')}
              errorSummary={t('form.errorSummary')}
              tone="danger"
            />
          </div>
        </section>
      ) : null}
    </div>
  );
}
