import type { ReactNode } from 'react';
import { OrgNav } from '@/components/app/OrgNav';
import { requireOrgPage } from '@/lib/auth/require-org-page';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:read', `/${orgSlug}`);
  return (
    <div className="-mx-4 -mt-8">
      <div className="bg-stone-100 px-4 py-2 text-sm">
        <p className="mx-auto max-w-5xl font-medium">{member.organisation.name}</p>
      </div>
      <OrgNav orgSlug={orgSlug} role={member.membership.role} />
      <div className="mx-auto max-w-5xl px-4 py-8">{children}</div>
    </div>
  );
}
