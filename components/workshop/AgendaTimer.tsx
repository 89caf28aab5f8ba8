'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { agendaPosition, defaultTimer, elapsedMs, serverSnapshot, subscribeTimer, timerSnapshot, updateTimer } from './agenda-timer-store';

const clock = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/**
 * The meeting's clock on the introduction tool's plan: 45 minutes of knowledge, then 45 of
 * dialogue — both adjustable. `compact` is the presentation's one-line version.
 */
export function AgendaTimer({ storageKey, compact = false }: { storageKey: string; compact?: boolean }) {
  const t = useTranslations('workshop.timer');
  const id = useId();
  const state = useSyncExternalStore(
    (listener) => subscribeTimer(storageKey, listener),
    () => timerSnapshot(storageKey),
    serverSnapshot,
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (state.runningSince === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [state.runningSince]);
  const position = agendaPosition(state, state.runningSince === null ? 0 : now);
  const running = state.runningSince !== null;
  const partName = t(position.part === 0 ? 'knowledge' : 'dialogue');
  const summary = position.overMs > 0 ? t('over', { time: clock(position.overMs) }) : t('remaining', { part: partName, time: clock(position.remainingMs) });

  const toggle = () => updateTimer(storageKey, (s) => (s.runningSince === null ? { ...s, runningSince: Date.now() } : { ...s, runningSince: null, elapsedBefore: elapsedMs(s, Date.now()) }));
  const reset = () => updateTimer(storageKey, (s) => ({ ...defaultTimer(), minutes: s.minutes }));
  const setMinutes = (index: 0 | 1, value: string) => {
    const minutes = Math.min(240, Math.max(1, Math.round(Number(value) || 1)));
    updateTimer(storageKey, (s) => ({ ...s, minutes: index === 0 ? [minutes, s.minutes[1]] : [s.minutes[0], minutes] }));
  };

  const buttons = (
    <>
      <button type="button" onClick={toggle} className="rounded-md border border-stone-400 bg-white px-3 py-1 text-sm font-medium text-stone-900">
        {running ? t('pause') : elapsedMs(state, now) > 0 ? t('resume') : t('start')}
      </button>
      <button type="button" onClick={reset} className="rounded-md border border-stone-400 bg-white px-3 py-1 text-sm font-medium text-stone-900">
        {t('reset')}
      </button>
    </>
  );

  if (compact) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-lg">
        <p aria-label={t('label')} className={position.overMs > 0 ? 'font-semibold' : ''}>
          <span aria-hidden="true">⏱ </span>
          {summary}
        </p>
        {buttons}
      </div>
    );
  }
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-stone-200 bg-white p-4">
      <h2 id={`${id}-title`} className="font-semibold">
        {t('label')}
      </h2>
      <p className="mt-1 text-2xl tabular-nums" data-testid="agenda-timer">
        {summary}
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-4">
        {([0, 1] as const).map((index) => (
          <div key={index}>
            <label htmlFor={`${id}-m${index}`} className="block text-sm font-medium">
              {t(index === 0 ? 'knowledgeMinutes' : 'dialogueMinutes')}
            </label>
            <input
              id={`${id}-m${index}`}
              type="number"
              min={1}
              max={240}
              value={state.minutes[index]}
              onChange={(e) => setMinutes(index, e.target.value)}
              className="mt-1 w-24 rounded-md border border-stone-400 px-2 py-1"
            />
          </div>
        ))}
        <div className="flex gap-2">{buttons}</div>
      </div>
    </section>
  );
}
