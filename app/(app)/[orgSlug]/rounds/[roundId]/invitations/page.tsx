import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { InvitedLeadersTable } from '@/components/rounds/InvitedLeadersTable';
import { RoundStatusBadge } from '@/components/rounds/RoundStatusBadge';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { getRound, invitedLeaders } from '@/lib/domains/rounds/queries';

type Params = Promise<{ orgSlug: string; roundId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds.invited'))('title') };
}

/**
 * Who was invited to a round, for HR: names, e-mails, group and whether the mail has left. It
 * has a page of its own so that no name ever stands beside a count of who answered (the round's
 * page shows the counts); the round's total invited is all the counting here.
 */
export default async function RoundInvitationsPage({ params }: { params: Params }) {
  const { orgSlug, roundId } = await params;
  const member = await requireOrgPage(orgSlug, 'leaders:read', `/${orgSlug}/rounds/${roundId}/invitations`);
  // Another organisation's round, or no round: the same 404.
  const round = await getRound(member.db, roundId);
  if (!round) notFound();
  const leaders = await invitedLeaders(member.db, round.id);
  const t = await getTranslations('rounds');
  const p = await getTranslations('participation.invitations');

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/${orgSlug}/rounds/${round.id}`} className="text-sm underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('backToRound')}
        </Link>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">
            {t('invited.title')} ({leaders.length})
          </h1>
          <RoundStatusBadge status={effectiveStatus(round)} />
        </div>
        <p className="max-w-3xl text-[var(--color-muted)]">{p('lead', { round: round.name })}</p>
      </header>
      {leaders.length === 0 ? <p>{p('none')}</p> : <InvitedLeadersTable leaders={leaders} />}
    </div>
  );
}
