'use client';

import { useTranslations } from 'next-intl';

/** A section's error boundary content: what happened, that nothing changed, and a way to try again. */
export function SectionError({ texts, reset }: { texts: { title: string; text: string; retry: string }; reset: () => void }) {
  return (
    <section role="alert" className="rounded-xl border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{texts.title}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{texts.text}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
        {texts.retry}
      </button>
    </section>
  );
}

/**
 * The `error.tsx` of a section whose messages are `<namespace>.title|text|retry`, so each section's
 * boundary is one line and every section says it the same way.
 */
export function sectionErrorBoundary(namespace: 'apv.error' | 'results.error' | 'workshop.error' | 'actionPlan.error') {
  return function SectionErrorBoundary({ reset }: { error: Error; reset: () => void }) {
    const t = useTranslations(namespace);
    return <SectionError texts={{ title: t('title'), text: t('text'), retry: t('retry') }} reset={reset} />;
  };
}
