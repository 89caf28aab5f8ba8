import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy'))('title') };
}

const sections = ['collected', 'whoSees', 'threshold', 'differencing', 'approval', 'pool', 'comments', 'storage', 'sharing', 'retention', 'limits', 'rights'] as const;

/** The full privacy text the questionnaire links to: what is promised, in plain words. */
export default async function PrivacyPage() {
  const t = await getTranslations('privacy');
  return (
    <article className="max-w-3xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-lg text-[var(--color-muted)]">{t('lead')}</p>
      </header>
      {sections.map((key) => (
        <section key={key} aria-labelledby={`privacy-${key}`}>
          <h2 id={`privacy-${key}`} className="text-xl font-semibold">
            {t(`${key}.title`)}
          </h2>
          <p className="mt-2 leading-relaxed">{t(`${key}.text`)}</p>
        </section>
      ))}
    </article>
  );
}
