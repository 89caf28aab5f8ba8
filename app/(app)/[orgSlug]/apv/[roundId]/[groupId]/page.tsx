import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApvActionPlan } from '@/components/apv/ApvActionPlan';
import { ApvDiscussion } from '@/components/apv/ApvDiscussion';
import { ApvElementsView } from '@/components/apv/ApvElementsView';
import { ApvMapping } from '@/components/apv/ApvMapping';
import { ApvNotes } from '@/components/apv/ApvNotes';
import { ApvRecordForm } from '@/components/apv/ApvRecordForm';
import { ApvStatusBadge } from '@/components/apv/ApvStatusBadge';
import { ReportDownloads } from '@/components/apv/ReportDownloads';
import { toLocale } from '@/i18n/locale';
import { getApvPage } from '@/lib/domains/apv/page-model';
import { dateFormatter, dayOf } from '@/lib/platform/format/dates';
import { isCurrentApproval } from '@/lib/domains/apv/status';
import { actorCan } from '@/lib/domains/auth/actor';
import type { Permission } from '@/lib/domains/auth/permissions';
import { followUpPageError, requireOrgPage } from '@/lib/edges/session/org-page';
import { approveApvAction, commentApvAction, saveApvAction } from './actions';

type Params = Promise<{ orgSlug: string; roundId: string; groupId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apv'))('title') };
}

/** One group's APV: each element of a Danish APV in its place, MED/AMO's comments and approvals, the report. */
export default async function ApvRecordPage({ params }: { params: Params }) {
  const { orgSlug, roundId, groupId } = await params;
  const member = await requireOrgPage(orgSlug, 'reports:read', `/${orgSlug}/apv/${roundId}/${groupId}`);
  const viewer = member.actor;
  const locale = toLocale(await getLocale());
  // An open round has no APV yet (followUpPageError: 404); the list never links to one.
  const model = await getApvPage(viewer, { roundId, groupId, locale }).catch(followUpPageError);
  const t = await getTranslations('apv');
  const format = dateFormatter(toLocale(await getLocale()));
  const can = (p: Permission) => actorCan(viewer, p);
  const mine = model.record?.approvals.find((a) => a.userId === member.actor.userId);
  return (
    <div className="space-y-8">
      <nav aria-label={t('record.back')}>
        <Link href={`/${orgSlug}/apv`} className="text-sm underline underline-offset-4">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('record.back')}
        </Link>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('record.title', { group: model.group.name })}</h1>
        <p className="text-[var(--color-muted)]">{t('record.round', { name: model.round.name, date: format.dateTime(dayOf(model.round.closedOn), { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <ApvStatusBadge status={model.status} />
          {model.record ? (
            <span className="text-[var(--color-muted)]">{t('record.updated', { date: format.dateTime(model.record.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>
          ) : (
            <span className="text-[var(--color-muted)]">{t('record.notStarted')}</span>
          )}
        </p>
      </header>

      <ApvMapping result={model.result} questionnaire={model.questionnaire} threshold={model.round.threshold} locale={locale} />

      {can('apv:edit') ? (
        <ApvRecordForm
          action={saveApvAction.bind(null, orgSlug)}
          roundId={model.round.id}
          groupId={model.group.id}
          initial={model.initial}
          revisionLimits={{ ...model.revisionLimits, maxLabel: format.dateTime(dayOf(model.revisionLimits.max), { dateStyle: 'long', timeZone: 'UTC' }) }}
        />
      ) : (
        <ApvElementsView values={model.record ? model.initial : { ...model.initial, problemsAssessment: '' }} />
      )}

      <ApvActionPlan actions={model.actions} locale={locale} />
      <ApvNotes notes={model.notes} locale={locale} />

      <ApvDiscussion
        record={model.record}
        roundId={model.round.id}
        groupId={model.group.id}
        commentAction={can('apv:comment') ? commentApvAction.bind(null, orgSlug) : null}
        approveAction={can('apv:approve') ? { action: approveApvAction.bind(null, orgSlug), mine: mine !== undefined && model.record !== null && !isCurrentApproval(mine, model.record) } : null}
      />

      <section aria-labelledby="apv-report-title" className="space-y-2">
        <h2 id="apv-report-title" className="text-xl font-semibold">
          {t('downloads.title')}
        </h2>
        <ReportDownloads orgSlug={orgSlug} roundId={model.round.id} groupId={model.group.id} locale={locale} title={t('record.title', { group: model.group.name })} />
      </section>
    </div>
  );
}
