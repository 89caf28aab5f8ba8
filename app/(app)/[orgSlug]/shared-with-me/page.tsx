import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getFactor, leaderWellbeingModel } from '@/content/leader-wellbeing';
import { getQuestionnaire } from '@/content/questionnaires';
import { BalanceScale } from '@/components/balance/BalanceScale';
import { toLocale } from '@/i18n/locale';
import { requireOrgPage } from '@/lib/auth/require-org-page';
import { tiltOf } from '@/lib/balance/balance';
import type { SharedSnapshot } from '@/lib/sharing/snapshot';
import { sharedWithManager } from '@/lib/sharing/share';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sharedWithMe'))('title') };
}

/** A manager's own page: the balances their leaders chose to share with them, with tool 1's questions. */
export default async function SharedWithMePage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:read', `/${orgSlug}/shared-with-me`);
  const t = await getTranslations('sharedWithMe');
  const ts = await getTranslations('scale');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const shares = await sharedWithManager(member.organisation.id, member.user.email);
  const tool1 = leaderWellbeingModel.followUpTools.find((tool) => tool.number === 1);
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
      </header>
      {shares.length === 0 ? <p className="rounded-md border border-stone-200 bg-white p-5">{t('empty')}</p> : null}
      {shares.map((share) => {
        const snapshot = share.snapshot as unknown as SharedSnapshot;
        const questionnaire = getQuestionnaire(snapshot.questionnaireVersion);
        const weight = (side: 'strain' | 'resource') =>
          snapshot.items
            .filter((i) => i.side === side)
            .map((i) => {
              const item = questionnaire?.items.find((q) => q.key === i.key);
              return { key: i.key, label: `${getFactor(item?.factorKey ?? '')?.title[locale] ?? ''} – ${item?.text[locale] ?? i.key}`, weight: i.value };
            });
        return (
          <section key={share.id} aria-labelledby={`share-${share.id}`} className="grid gap-6 rounded-xl border border-stone-200 bg-white p-6 md:grid-cols-2">
            <div>
              <h2 id={`share-${share.id}`} className="text-xl font-semibold">
                {share.leaderName}
              </h2>
              <p className="text-sm text-[var(--color-muted)]">{t('sharedOn', { date: format.dateTime(share.createdAt, { dateStyle: 'long' }) })}</p>
              <BalanceScale
                strains={weight('strain')}
                resources={weight('resource')}
                balance={snapshot.balance}
                labels={{ title: ts('label'), strainsSide: ts('strainsSide'), resourcesSide: ts('resourcesSide'), tilt: ts('tilt', { tilt: snapshot.balance === null ? 'none' : tiltOf(snapshot.balance) }) }}
              />
            </div>
            <div>
              <h3 className="font-semibold">{t('questionsTitle')}</h3>
              <ul className="mt-2 list-disc space-y-2 pl-5">
                {(tool1?.questions ?? []).map((q) => (
                  <li key={q.key}>{q.text[locale]}</li>
                ))}
              </ul>
            </div>
          </section>
        );
      })}
    </article>
  );
}
