import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { ArrowLeft } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormMessage } from '@/components/ui/Field';
import { ForgetFlashParams } from '@/components/ui/ForgetFlashParams';
import { archiveLabels } from '@/components/groups/archive-labels';
import { ConfirmArchiveForm } from '@/components/groups/ConfirmArchiveForm';
import { MoveGroupForm } from '@/components/groups/MoveGroupForm';
import { RenameGroupForm } from '@/components/groups/RenameGroupForm';
import { RestoreForm } from '@/components/groups/RestoreForm';
import { can } from '@/lib/domains/auth/permissions';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { getGroupTree } from '@/lib/domains/groups/queries';
import { descendantsAndSelf } from '@/lib/domains/groups/tree';
import { archiveGroupAction, moveGroupAction, renameGroupAction, restoreGroupAction } from '../actions';

type Props = { params: Promise<{ orgSlug: string; groupId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('groups'))('group.metaTitle') };
}

const card = cardClass;

export default async function GroupPage({ params, searchParams }: Props) {
  const { orgSlug, groupId } = await params;
  const member = await requireOrgPage(orgSlug, 'groups:read', `/${orgSlug}/groups/${groupId}`);
  const role = member.actor.role;
  const canManage = can(role, 'groups:manage');
  const tree = await getGroupTree(member.organisation.id);
  const active = tree.active.find((g) => g.id === groupId);
  const archived = tree.archived.find((g) => g.id === groupId);
  const group = active ?? archived;
  if (!group) notFound();
  const { restored } = await searchParams;
  const t = await getTranslations('groups');
  const format = dateFormatter(toLocale(await getLocale()));

  const blocked = active && (active.leaderCount > 0 || active.childCount > 0);
  const below = descendantsAndSelf(tree.active, groupId);
  const moveOptions = tree.active.filter((g) => !below.has(g.id)).map(({ id, path }) => ({ id, path }));

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/${orgSlug}/groups`} className="text-sm underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('group.back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{group.name}</h1>
        <p className="mt-1 text-[var(--color-muted)]">
          <span className="sr-only">{t('group.pathLabel')} </span>
          {group.path}
        </p>
      </header>
      <ForgetFlashParams names={['restored']} />
      {restored === '1' && active ? <FormMessage tone="success">{t('restore.done', { name: group.name })}</FormMessage> : null}

      {active ? (
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="text-[var(--color-muted)]">{t('group.leaders')}</dt>
          <dd>{active.leaderCount}</dd>
          <dt className="text-[var(--color-muted)]">{t('group.subtreeLeaders')}</dt>
          <dd>{active.subtreeLeaderCount}</dd>
          <dt className="text-[var(--color-muted)]">{t('group.subgroups')}</dt>
          <dd>{active.childCount}</dd>
        </dl>
      ) : (
        <FormMessage tone="warning">{t('group.archivedNotice', { date: format.dateTime(archived!.archivedAt, { dateStyle: 'medium' }) })}</FormMessage>
      )}
      {can(role, 'leaders:read') ? (
        <p>
          <Link href={`/${orgSlug}/leaders?group=${groupId}${active ? '' : '&archived=1'}`} className="text-[var(--color-brand)] underline underline-offset-4">
            {t('group.showLeaders')}
          </Link>
        </p>
      ) : null}

      {canManage && active ? (
        <>
          <section aria-labelledby="rename-title" className={card}>
            <h2 id="rename-title" className="mb-3 text-lg font-semibold">
              {t('rename.title')}
            </h2>
            <RenameGroupForm action={renameGroupAction.bind(null, orgSlug)} groupId={groupId} name={active.name} />
          </section>
          <section aria-labelledby="move-title" className={card}>
            <h2 id="move-title" className="mb-3 text-lg font-semibold">
              {t('move.title')}
            </h2>
            <MoveGroupForm action={moveGroupAction.bind(null, orgSlug)} groupId={groupId} parentId={active.parentId} options={moveOptions} />
          </section>
          <section aria-labelledby="archive-title" className={card}>
            <h2 id="archive-title" className="mb-1 text-lg font-semibold">
              {t('archive.title')}
            </h2>
            <p className="mb-3 text-sm text-[var(--color-muted)]">{t('archive.lead')}</p>
            {blocked ? (
              <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t('archive.blocked', { leaders: active.leaderCount, groups: active.childCount })}</p>
            ) : (
              <ConfirmArchiveForm action={archiveGroupAction.bind(null, orgSlug)} field="groupId" id={groupId} labels={archiveLabels(t, active.name)} />
            )}
          </section>
        </>
      ) : null}

      {canManage && archived ? (
        <section aria-labelledby="restore-title" className={card}>
          <h2 id="restore-title" className="mb-1 text-lg font-semibold">
            {t('restore.title')}
          </h2>
          <p className="mb-3 text-sm text-[var(--color-muted)]">{t('restore.lead')}</p>
          <RestoreForm
            action={restoreGroupAction.bind(null, orgSlug)}
            field="groupId"
            id={groupId}
            labels={{ button: t('restore.button', { name: archived.name }), pending: t('restore.restoring'), failed: t('restore.failed') }}
          />
        </section>
      ) : null}
    </div>
  );
}
