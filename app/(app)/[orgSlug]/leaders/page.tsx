import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FormMessage } from '@/components/ui/Field';
import { AddLeaderForm } from '@/components/leaders/AddLeaderForm';
import { LeaderFilters } from '@/components/leaders/LeaderFilters';
import { LeaderTable } from '@/components/leaders/LeaderTable';
import { can } from '@/lib/domains/auth/permissions';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { getGroupOptions } from '@/lib/domains/groups/queries';
import { getLeader, listLeaders } from '@/lib/domains/leaders/queries';
import { createLeaderAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('leaders'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

export default async function LeadersPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'leaders:read', `/${orgSlug}/leaders`);
  const organisationId = member.organisation.id;
  const canManage = can(member.actor.role, 'leaders:manage');
  const query = await searchParams;
  const filter = { q: one(query.q).trim(), group: one(query.group), archived: one(query.archived) === '1' };
  const [groups, { items, total }, archivedLeader] = await Promise.all([
    getGroupOptions(organisationId),
    listLeaders(organisationId, { search: filter.q, groupId: filter.group || undefined, archived: filter.archived }),
    one(query.archivedLeader) ? getLeader(organisationId, one(query.archivedLeader)) : null,
  ]);
  const options = groups.map(({ id, path }) => ({ id, path }));
  const filtered = filter.q !== '' || filter.group !== '' || filter.archived;
  const t = await getTranslations('leaders');

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-1 max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
        </div>
        {canManage ? (
          <Link href={`/${orgSlug}/leaders/import`} className="rounded-md border border-[var(--color-brand)] px-4 py-2 font-medium text-[var(--color-brand)] hover:bg-blue-50">
            {t('importLink')}
          </Link>
        ) : null}
      </header>
      {archivedLeader?.archivedAt ? <FormMessage tone="success">{t('archive.done', { name: archivedLeader.name })}</FormMessage> : null}

      <LeaderFilters action={`/${orgSlug}/leaders`} groups={options} values={filter} />

      <section aria-labelledby="leaders-list-title">
        <h2 id="leaders-list-title" className="mb-3 text-lg font-semibold">
          {filter.archived ? t('list.archivedTitle', { count: total }) : t('list.title', { count: total })}
        </h2>
        {items.length === 0 ? (
          <div className="rounded-card border border-dashed border-border-strong bg-surface p-6">
            {filtered ? (
              <>
                <p className="font-medium">{t('empty.filteredTitle')}</p>
                <p className="mt-1 text-[var(--color-muted)]">
                  {t('empty.filteredText')}{' '}
                  <Link href={`/${orgSlug}/leaders`} className="text-[var(--color-brand)] underline underline-offset-4">
                    {t('empty.clearFilters')}
                  </Link>
                </p>
              </>
            ) : groups.length === 0 ? (
              <>
                <p className="font-medium">{t('empty.noGroupsTitle')}</p>
                <p className="mt-1 text-[var(--color-muted)]">
                  {t('empty.noGroupsText')}{' '}
                  <Link href={`/${orgSlug}/groups`} className="text-[var(--color-brand)] underline underline-offset-4">
                    {t('empty.toGroups')}
                  </Link>
                </p>
              </>
            ) : (
              <>
                <p className="font-medium">{t('empty.title')}</p>
                <p className="mt-1 text-[var(--color-muted)]">{canManage ? t('empty.manage') : t('empty.read')}</p>
              </>
            )}
          </div>
        ) : (
          <>
            {total > items.length ? (
              <p role="status" className="mb-2 text-sm text-[var(--color-muted)]">
                {t('list.truncated', { shown: items.length, total })}
              </p>
            ) : null}
            <LeaderTable orgSlug={orgSlug} leaders={items} caption={t('list.caption')} canManage={canManage} />
          </>
        )}
      </section>

      {canManage && groups.length > 0 ? (
        <section aria-labelledby="add-leader-title" className={cardClass}>
          <h2 id="add-leader-title" className="text-lg font-semibold">
            {t('add.title')}
          </h2>
          <p className="mt-1 mb-4 text-sm text-[var(--color-muted)]">{t('add.lead')}</p>
          <AddLeaderForm action={createLeaderAction.bind(null, orgSlug)} groups={options} {...(filter.group ? { defaultGroupId: filter.group } : {})} />
        </section>
      ) : null}
    </div>
  );
}
