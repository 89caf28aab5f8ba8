'use client';

import { useMessages } from 'next-intl';

interface ErrorTexts {
  errors: { title: string; text: string };
  common: { retry: string };
}

/**
 * Reads its (placeholder-free) texts from the catalogue the layout provides rather than through
 * useTranslations, which would put an ICU message formatter into every page's JavaScript.
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { errors, common } = useMessages() as unknown as ErrorTexts;
  return (
    <section role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{errors.title}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{errors.text}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-[var(--color-brand)] px-4 py-2 text-white">
        {common.retry}
      </button>
    </section>
  );
}
