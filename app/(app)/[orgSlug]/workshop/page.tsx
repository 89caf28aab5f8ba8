import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { RoundLinks } from '@/components/action-plan/RoundLinks';
import { ReadOnlyNotice } from '@/components/workshop/ReadOnlyNotice';
import { actorCan } from '@/lib/domains/auth/actor';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { followUpPageError } from '@/lib/edges/session/org-page';
import { workshopGroups } from '@/lib/domains/workshop/workshop';
import { hiddenCountsText } from '@/lib/domains/results/participation';
import { listResultRounds } from '@/lib/domains/rounds/result-rounds';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workshop'))('title') };
}

const searchSchema = z.object({ round: z.uuid().optional() });

/**
 * Choose the round (closed ones: only they have figures) and the group: a facilitator to hold
 * the workshop, a reader (MED/AMO for every group, top management, a group's leaders) to read
 * what the groups noted and planned.
 */
export default async function WorkshopIndexPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { orgSlug } = await params;
  const search = searchSchema.safeParse(Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  if (!search.success) notFound();
  const member = await requireOrgPage(orgSlug, 'workshop:read', `/${orgSlug}/workshop`);
  const viewer = member.actor;
  const facilitates = actorCan(viewer, 'workshop:facilitate');
  const t = await getTranslations('workshop');
  const all = await getTranslations();
  const closed = (await listResultRounds(viewer)).filter((r) => r.status === 'CLOSED');
  const roundId = search.data.round ?? closed[0]?.id;
  const chosen = roundId ? await workshopGroups(viewer, roundId).catch(followUpPageError) : null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{chosen ? t('titleRound', { round: chosen.ctx.round.name }) : t('title')}</h1>
        <p className="max-w-3xl text-[var(--color-muted)]">{facilitates ? t('lead') : t('leadRead')}</p>
        {facilitates ? null : <ReadOnlyNotice badge={t('readOnlyBadge')} text={t('readOnly')} />}
      </header>
      {chosen ? (
        <>
          <RoundLinks label={t('roundsLabel')} rounds={closed} current={chosen.ctx.round.id} href={(id) => `/${orgSlug}/workshop?round=${id}`} />
          <section aria-labelledby="groups-title" className="space-y-3">
            <h2 id="groups-title" className="text-xl font-semibold">
              {t('chooseGroup')}
            </h2>
            {chosen.groups.length === 0 ? (
              <p className="text-[var(--color-muted)]">{facilitates ? t('noGroups') : t('noGroupsRead')}</p>
            ) : (
              <ul className="space-y-2">
                {chosen.groups.map((g) => (
                  <li key={g.groupId} style={{ paddingLeft: `${g.depth * 1.5}rem` }}>
                    <Link href={`/${orgSlug}/workshop/${chosen.ctx.round.id}/${g.groupId}`} className="font-medium underline underline-offset-4">
                      {g.name}
                    </Link>
                    <span className="ml-2 text-sm text-[var(--color-muted)]">
                      {g.participation.reason === null
                        ? t('groupCounts', { responded: g.participation.responded, invited: g.participation.invited })
                        : hiddenCountsText(all, g.participation, chosen.ctx.round.anonymityThreshold)}{' '}
                      · {g.shown ? t('figuresShown') : t('figuresHidden')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : (
        <section className="rounded-card border border-dashed border-border-strong bg-surface p-6">
          <h2 className="text-lg font-semibold">{t('empty.title')}</h2>
          <p className="mt-2 text-[var(--color-muted)]">{t('empty.text')}</p>
        </section>
      )}
    </div>
  );
}
