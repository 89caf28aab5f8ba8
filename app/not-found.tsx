import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/AppShell';

export default async function NotFound() {
  const t = await getTranslations();
  // Rendered by the root layout alone (no audience layout above it): it brings its own header.
  return (
    <AppShell>
      <section className="py-16 text-center">
        <h1 className="text-2xl font-semibold">{t('errors.notFoundTitle')}</h1>
        <p className="mt-2 text-[var(--color-muted)]">{t('errors.notFoundText')}</p>
        <Link href="/" className="mt-6 inline-block underline">
          {t('common.backHome')}
        </Link>
      </section>
    </AppShell>
  );
}
