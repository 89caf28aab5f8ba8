import { ArrowLeft } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ChangeRoleForm } from '@/components/members/ChangeRoleForm';
import { RemoveMemberForm } from '@/components/members/RemoveMemberForm';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { getMember, listGroupOptions } from '@/lib/domains/members/queries';
import { isUuid } from '@/lib/platform/validation/uuid';
import { changeMemberRoleAction, removeMemberAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('members.edit');
  return { title: t('title') };
}

export default async function MemberPage({ params }: { params: Promise<{ orgSlug: string; membershipId: string }> }) {
  const { orgSlug, membershipId } = await params;
  const member = await requireOrgPage(orgSlug, 'members:manage', `/${orgSlug}/members/${membershipId}`);
  if (!isUuid(membershipId)) notFound();
  const [target, groups] = await Promise.all([getMember(member.db, membershipId), listGroupOptions(member.db)]);
  if (!target) notFound();
  const t = await getTranslations('members');
  const who = target.name ?? target.email;
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/${orgSlug}/members`} className="text-sm underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('edit.back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{who}</h1>
        <p className="mt-1 text-[var(--color-muted)]">
          {target.email} · {t(`roles.${target.role}`)}
        </p>
      </header>

      <section aria-labelledby="role-title" className={cardClass}>
        <h2 id="role-title" className="mb-4 text-lg font-semibold">
          {t('edit.roleTitle')}
        </h2>
        <ChangeRoleForm action={changeMemberRoleAction.bind(null, orgSlug)} membershipId={target.membershipId} role={target.role} groupIds={target.scopes.map((s) => s.groupId)} groups={groups} />
      </section>

      <section aria-labelledby="remove-title" className={cardClass}>
        <h2 id="remove-title" className="text-lg font-semibold">
          {t('remove.title')}
        </h2>
        <p className="mt-1 mb-4 text-sm text-[var(--color-muted)]">{t('remove.lead')}</p>
        <RemoveMemberForm action={removeMemberAction.bind(null, orgSlug)} membershipId={target.membershipId} who={who} isSelf={target.userId === member.actor.userId} />
      </section>
    </div>
  );
}
