'use client';

import { useErrorTexts } from '@/components/layout/ErrorTexts';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const texts = useErrorTexts();
  return (
    <section id="main" role="alert" className="mx-auto w-full max-w-6xl flex-1 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{texts.title}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{texts.text}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-[var(--color-brand)] px-4 py-2 text-white">
        {texts.retry}
      </button>
    </section>
  );
}
