import { BackLink } from '@/components/ui/BackLink';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionTable } from '@/components/action-plan/ActionTable';
import { EditActionForm } from '@/components/action-plan/EditActionForm';
import { toLocale } from '@/i18n/locale';
import { actionFormOptions } from '@/lib/domains/action-plan/options';
import { getAction } from '@/lib/domains/action-plan/queries';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { followUpPageError } from '@/lib/edges/session/org-page';
import { updateActionInPlan } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('actionPlan'))('title') };
}

/** One action: its form for those who manage the plan, its row in the plan for those who read it. */
export default async function ActionPage({ params }: { params: Promise<{ orgSlug: string; actionId: string }> }) {
  const { orgSlug, actionId } = await params;
  const member = await requireOrgPage(orgSlug, 'action-plan:read', `/${orgSlug}/action-plan/${actionId}`);
  const { action, canManage } = await getAction(member.actor, actionId).catch(followUpPageError);
  const t = await getTranslations('actionPlan');
  const locale = toLocale(await getLocale());
  const back = `/${orgSlug}/action-plan?round=${action.roundId}${action.groupId ? `&group=${action.groupId}` : ''}`;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <BackLink href={back}>{t('backToPlan')}</BackLink>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{action.title}</h1>
        <p className="text-[var(--color-muted)]">{action.groupName ?? t('organisationWide')}</p>
      </header>
      {canManage ? (
        <EditActionForm
          action={updateActionInPlan.bind(null, orgSlug)}
          actionId={action.id}
          options={actionFormOptions(locale)}
          current={{
            title: action.title,
            why: action.why ?? '',
            factorKey: action.factorKey ?? '',
            responsibleLevel: action.responsibleLevel,
            ownerName: action.ownerName ?? '',
            ownerEmail: action.ownerEmail ?? '',
            dueDate: action.dueDate,
            priority: String(action.priority),
            status: action.status,
          }}
        />
      ) : (
        <ActionTable actions={[action]} orgSlug={orgSlug} locale={locale} caption={action.title} showGroup />
      )}
    </div>
  );
}
