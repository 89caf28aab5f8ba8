import { Building2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { OrgNav } from '@/components/app/OrgNav';
import { OrgSwitcher } from '@/components/members/OrgSwitcher';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { listUserOrganisations } from '@/lib/domains/members/queries';
import { countSharedWithManager } from '@/lib/domains/sharing/share';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:read', `/${orgSlug}`);
  const [organisations, sharedCount] = await Promise.all([listUserOrganisations(member.actor.userId), countSharedWithManager(member.organisation.id, member.actor.email)]);
  return (
    <div data-full-bleed>
      <div className="border-b border-border bg-surface-muted">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
          <p className="flex min-w-0 items-center gap-2 font-medium">
            <Building2 aria-hidden="true" className="size-4 shrink-0 text-muted" />
            <span className="truncate">{member.organisation.name}</span>
          </p>
          <OrgSwitcher organisations={organisations} currentSlug={orgSlug} />
        </div>
      </div>
      <OrgNav orgSlug={orgSlug} role={member.actor.role} sharedCount={sharedCount} />
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </div>
  );
}
