'use client';

import { useTranslations } from 'next-intl';
import type { SaveState } from './use-autosave';

/** Said in words (and announced politely to screen readers), never shown by colour alone. */
export function SaveStatus({ state, unsent }: { state: SaveState; unsent: number }) {
  const t = useTranslations('questionnaire.status');
  const tone = state === 'retrying' || state === 'offline' || state === 'error' || state === 'closed' ? 'text-red-800 font-medium' : 'text-[var(--color-muted)]';
  return (
    <p role="status" aria-live="polite" className={`text-sm ${tone}`} data-save-state={state}>
      {t(state, { unsent })}
    </p>
  );
}
