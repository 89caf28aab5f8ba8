import type { ReactNode } from 'react';
import { OrgNav } from '@/components/app/OrgNav';
import { OrgSwitcher } from '@/components/members/OrgSwitcher';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { listUserOrganisations } from '@/lib/domains/members/queries';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:read', `/${orgSlug}`);
  const organisations = await listUserOrganisations(member.actor.userId);
  return (
    <div className="-mx-4 -mt-8">
      <div className="bg-stone-100 px-4 py-2 text-sm">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2">
          <p className="font-medium">{member.organisation.name}</p>
          <OrgSwitcher organisations={organisations} currentSlug={orgSlug} />
        </div>
      </div>
      <OrgNav orgSlug={orgSlug} role={member.actor.role} />
      <div className="mx-auto max-w-5xl px-4 py-8">{children}</div>
    </div>
  );
}
