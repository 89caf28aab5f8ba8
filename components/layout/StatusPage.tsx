import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AppShell } from './AppShell';

/**
 * "Not found" and "not allowed" for the whole app. Rendered by the root layout alone (no
 * audience layout above it), so it brings its own header.
 */
export async function StatusPage({ titleKey, textKey }: { titleKey: 'errors.notFoundTitle' | 'errors.forbiddenTitle'; textKey: 'errors.notFoundText' | 'errors.forbiddenText' }) {
  const t = await getTranslations();
  return (
    <AppShell>
      <section className="py-16 text-center">
        <h1 className="text-2xl font-semibold">{t(titleKey)}</h1>
        <p className="mt-2 text-muted">{t(textKey)}</p>
        <Link href="/" className="mt-6 inline-block underline">
          {t('common.backHome')}
        </Link>
      </section>
    </AppShell>
  );
}
