import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import { QuestionText } from '@/components/model/DialogueByKind';
import { SharedBalanceCard } from '@/components/sharing/SharedBalanceCard';
import { toLocale } from '@/i18n/locale';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { sharedWithManager } from '@/lib/domains/sharing/share';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sharedWithMe'))('title') };
}

/** A manager's own page: the balances their leaders chose to share with them, with tool 1's questions. */
export default async function SharedWithMePage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:read', `/${orgSlug}/shared-with-me`);
  const t = await getTranslations('sharedWithMe');
  const locale = toLocale(await getLocale());
  const shares = await sharedWithManager(member.organisation.id, member.actor.email);
  const tool1 = leaderWellbeingModel.followUpTools.find((tool) => tool.number === 1);
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
        <p className="mt-2 max-w-3xl text-[var(--color-muted)]">{t('knownNote')}</p>
      </header>
      {shares.length === 0 ? <p className="rounded-md border border-stone-200 bg-white p-5">{t('empty')}</p> : null}
      {shares.map((card, index) => (
        <SharedBalanceCard key={index} card={card} index={index} locale={locale} />
      ))}
      {shares.length > 0 ? (
        <section aria-labelledby="dialogue-questions" className={cardClass}>
          <h2 id="dialogue-questions" className="text-xl font-semibold">
            {t('questionsTitle')}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {(tool1?.questions ?? []).map((q) => (
              <li key={q.key}>
                <QuestionText question={q} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
