import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApvRoundList } from '@/components/apv/ApvRoundList';
import { toLocale } from '@/i18n/locale';
import { listApvRounds } from '@/lib/domains/apv/rounds';
import { requireOrgPage } from '@/lib/edges/session/org-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apv'))('title') };
}

/** The APV of each closed round, group by group, with where each stands and the reports. */
export default async function ApvPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { actor } = await requireOrgPage(orgSlug, 'reports:read', `/${orgSlug}/apv`);
  const rounds = await listApvRounds(actor);
  const t = await getTranslations('apv');
  const locale = toLocale(await getLocale());
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
      </header>
      {rounds.length === 0 ? (
        <section aria-labelledby="apv-empty-title" className="rounded-card border border-dashed border-border-strong bg-surface p-6">
          <h2 id="apv-empty-title" className="text-lg font-semibold">
            {t('empty.title')}
          </h2>
          <p className="mt-2 text-[var(--color-muted)]">{t('empty.text')}</p>
        </section>
      ) : (
        rounds.map((round) => <ApvRoundList key={round.id} orgSlug={orgSlug} round={round} locale={locale} />)
      )}
    </div>
  );
}
