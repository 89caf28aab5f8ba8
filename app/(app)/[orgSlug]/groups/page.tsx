import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormMessage } from '@/components/ui/Field';
import { ForgetFlashParams } from '@/components/ui/ForgetFlashParams';
import { CreateGroupForm } from '@/components/groups/CreateGroupForm';
import { GroupTree } from '@/components/groups/GroupTree';
import { can } from '@/lib/domains/auth/permissions';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { getGroupTree } from '@/lib/domains/groups/queries';
import { createGroupAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('groups'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function GroupsPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'groups:read', `/${orgSlug}/groups`);
  const canManage = can(member.actor.role, 'groups:manage');
  const tree = await getGroupTree(member.organisation.id);
  const { archived: archivedId } = await searchParams;
  const justArchived = typeof archivedId === 'string' ? tree.archived.find((g) => g.id === archivedId) : undefined;
  const t = await getTranslations('groups');
  const format = dateFormatter(toLocale(await getLocale()));
  const options = tree.active.map(({ id, path }) => ({ id, path }));

  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
      </header>
      <ForgetFlashParams names={['archived']} />
      {justArchived ? <FormMessage tone="success">{t('archive.done', { name: justArchived.name })}</FormMessage> : null}

      <section aria-labelledby="groups-tree-title">
        <h2 id="groups-tree-title" className="mb-3 text-lg font-semibold">
          {t('tree.title', { count: tree.active.length })}
        </h2>
        {tree.active.length === 0 ? (
          <div className="rounded-card border border-dashed border-border-strong bg-surface p-6">
            <p className="font-medium">{t('empty.title')}</p>
            <p className="mt-1 text-[var(--color-muted)]">{canManage ? t('empty.manage') : t('empty.read')}</p>
          </div>
        ) : (
          <GroupTree orgSlug={orgSlug} nodes={tree.active} />
        )}
      </section>

      {canManage ? (
        <section aria-labelledby="create-group-title" className={cardClass}>
          <h2 id="create-group-title" className="text-lg font-semibold">
            {t('create.title')}
          </h2>
          <p className="mt-1 mb-4 text-sm text-[var(--color-muted)]">{t('create.lead')}</p>
          <CreateGroupForm action={createGroupAction.bind(null, orgSlug)} options={options} />
        </section>
      ) : null}

      {tree.archived.length > 0 ? (
        <section aria-labelledby="archived-groups-title">
          <h2 id="archived-groups-title" className="mb-1 text-lg font-semibold">
            {t('archived.title', { count: tree.archived.length })}
          </h2>
          <p className="mb-3 text-sm text-[var(--color-muted)]">{t('archived.lead')}</p>
          <ul className="space-y-1">
            {tree.archived.map((group) => (
              <li key={group.id}>
                <Link href={`/${orgSlug}/groups/${group.id}`} className="underline-offset-4 hover:underline">
                  {group.path}
                </Link>{' '}
                <span className="text-sm text-[var(--color-muted)]">{t('archived.since', { date: format.dateTime(group.archivedAt, { dateStyle: 'medium' }) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
