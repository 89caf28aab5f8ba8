import { ArrowLeft } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RoundForm } from '@/components/rounds/RoundForm';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { toLocalDateTimeInput } from '@/lib/domains/rounds/local-time';
import { getRound, groupChoices } from '@/lib/domains/rounds/queries';
import { updateRoundAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds'))('editTitle') };
}

/** A draft's settings; once the round has opened they are what leaders were promised, so this page sends you back. */
export default async function EditRoundPage({ params }: { params: Promise<{ orgSlug: string; roundId: string }> }) {
  const { orgSlug, roundId } = await params;
  const member = await requireOrgPage(orgSlug, 'rounds:manage', `/${orgSlug}/rounds/${roundId}/edit`);
  const round = await getRound(member.db, roundId);
  if (!round) notFound();
  if (round.status !== 'DRAFT') redirect(`/${orgSlug}/rounds/${round.id}`);
  const groups = await groupChoices(member.db);
  const t = await getTranslations('rounds');

  return (
    <div className="space-y-6">
      <p>
        <Link href={`/${orgSlug}/rounds/${round.id}`} className="text-sm underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('backToRound')}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t('editTitle')}</h1>
      <div className={cardClass}>
        <RoundForm
          action={updateRoundAction.bind(null, orgSlug, round.id)}
          groups={groups.map(({ id, name, depth }) => ({ id, name, depth }))}
          submitLabel={t('form.saveChanges')}
          defaults={{
            name: round.name,
            opensAt: toLocalDateTimeInput(round.opensAt),
            closesAt: toLocalDateTimeInput(round.closesAt),
            groupIds: round.groupIds,
            anonymityThreshold: round.anonymityThreshold,
            commentThreshold: round.commentThreshold,
            defaultLocale: round.defaultLocale,
            reminderDays: round.reminderDays,
          }}
        />
      </div>
    </div>
  );
}
