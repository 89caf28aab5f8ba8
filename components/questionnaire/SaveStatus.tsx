import type { SaveState } from './use-autosave';

/** Said in words (and announced politely to screen readers), never shown by colour alone. */
export function SaveStatus({ text, state }: { text: string; state: SaveState }) {
  const problem = state === 'retrying' || state === 'offline' || state === 'error' || state === 'closed';
  return (
    <p role="status" aria-live="polite" className={problem ? 'font-medium text-red-800' : 'text-[var(--color-muted)]'} data-save-state={state}>
      {text}
    </p>
  );
}
