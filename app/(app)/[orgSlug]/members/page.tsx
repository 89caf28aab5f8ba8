import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormMessage } from '@/components/ui/Field';
import { InviteMemberForm } from '@/components/members/InviteMemberForm';
import { MemberList } from '@/components/members/MemberList';
import { toLocale } from '@/i18n/locale';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { listGroupOptions, listMembers } from '@/lib/domains/members/queries';
import { inviteMemberAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('members');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MembersPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'members:manage', `/${orgSlug}/members`);
  const [members, groups] = await Promise.all([listMembers(member.db), listGroupOptions(member.db)]);
  const { removed } = await searchParams;
  const t = await getTranslations('members');
  const locale = toLocale(await getLocale());
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-[var(--color-muted)]">{t('lead')}</p>
      </header>
      {removed === '1' ? <FormMessage tone="success">{t('remove.done')}</FormMessage> : null}

      <section aria-labelledby="members-list-title">
        <h2 id="members-list-title" className="mb-3 text-lg font-semibold">
          {t('listTitle', { count: members.length })}
        </h2>
        <MemberList orgSlug={orgSlug} members={members} currentUserId={member.actor.userId} />
      </section>

      <section aria-labelledby="invite-title" className={cardClass}>
        <h2 id="invite-title" className="text-lg font-semibold">
          {t('invite.title')}
        </h2>
        <p className="mt-1 mb-4 text-sm text-[var(--color-muted)]">{t('invite.lead')}</p>
        <InviteMemberForm action={inviteMemberAction.bind(null, orgSlug)} groups={groups} locale={locale} />
      </section>
    </div>
  );
}
