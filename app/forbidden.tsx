import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <section className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('errors.forbiddenTitle')}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{t('errors.forbiddenText')}</p>
      <Link href="/" className="mt-6 inline-block underline">
        {t('common.backHome')}
      </Link>
    </section>
  );
}
