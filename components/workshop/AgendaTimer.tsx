'use client';

import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { AGENDA_MINUTES_MAX, AGENDA_MINUTES_MIN, agendaPosition, stepElapsedMs, type AgendaCommand } from '@/lib/domains/workshop/agenda-clock';
import type { AgendaClockView } from '@/lib/domains/workshop/timer';
import { clockSnapshot, sendClockCommand, snapshotFromView, subscribeClock } from './agenda-clock-store';

const clockText = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

export interface AgendaTimerProps {
  /** The workshop's timer route. */
  endpoint: string;
  /** The clock as the server rendered the page. */
  initial: AgendaClockView;
  /** A facilitator starts, pauses and moves it; everyone else sees it. */
  canControl: boolean;
  /** The presentation's one-line version. */
  compact?: boolean;
}

/**
 * The meeting's clock on the introduction tool's plan — 45 minutes of knowledge, then 45 of
 * dialogue, both adjustable — kept on the server, so the meeting-room screen and every laptop
 * with the workshop open show the same clock (polled every few seconds).
 */
export function AgendaTimer({ endpoint, initial, canControl, compact = false }: AgendaTimerProps) {
  const t = useTranslations('workshop.timer');
  const id = useId();
  // While hydrating, the page shows the clock as the server rendered it (its own "now"), so the server's and the browser's first text agree.
  const rendered = useMemo(() => snapshotFromView(initial, Date.parse(initial.serverNow)), [initial]);
  // One subscription for the life of the timer: a new function each render would stop and restart the polling every second.
  const subscribe = useCallback((listener: () => void) => subscribeClock(endpoint, initial, listener), [endpoint, initial]);
  const snapshot = useSyncExternalStore(
    subscribe,
    () => clockSnapshot(endpoint, initial),
    () => rendered,
  );
  const [deviceNow, setDeviceNow] = useState<number | null>(null);
  const running = snapshot.clock.startedAt !== null;
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device's clock exists only in the browser, after hydration
    setDeviceNow(Date.now());
    if (!running) return;
    const tick = setInterval(() => setDeviceNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);
  const now = deviceNow === null ? Date.parse(initial.serverNow) : deviceNow + snapshot.offsetMs;
  const { clock } = snapshot;
  const position = agendaPosition(clock, now);
  const partName = t(position.step === 0 ? 'knowledge' : 'dialogue');
  const time = position.overMs > 0 ? t('over', { part: partName, time: clockText(position.overMs) }) : t('remaining', { part: partName, time: clockText(position.remainingMs) });
  const state = running ? 'running' : stepElapsedMs(clock, now) > 0 ? 'paused' : 'standing';
  const send = (command: AgendaCommand) => void sendClockCommand(endpoint, initial, command);
  const setMinutes = (index: 0 | 1, value: string) => {
    const minutes = Math.min(AGENDA_MINUTES_MAX, Math.max(AGENDA_MINUTES_MIN, Math.round(Number(value) || AGENDA_MINUTES_MIN)));
    const [knowledgeMinutes, dialogueMinutes] = index === 0 ? [minutes, clock.dialogueMinutes] : [clock.knowledgeMinutes, minutes];
    if (knowledgeMinutes !== clock.knowledgeMinutes || dialogueMinutes !== clock.dialogueMinutes) send({ action: 'minutes', knowledgeMinutes, dialogueMinutes });
  };

  const button = 'rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm font-medium text-stone-900';
  const buttons = canControl ? (
    <>
      <button type="button" onClick={() => send({ action: running ? 'pause' : 'start' })} className={button}>
        {running ? t('pause') : state === 'paused' ? t('resume') : t('start')}
      </button>
      <button type="button" onClick={() => send({ action: 'step', step: clock.step === 0 ? 1 : 0 })} className={button}>
        {clock.step === 0 ? t('toDialogue') : t('toKnowledge')}
      </button>
      <button type="button" onClick={() => send({ action: 'reset' })} className={button}>
        {t('reset')}
      </button>
    </>
  ) : null;
  const status =
    snapshot.status === 'live' ? null : (
      <p role="status" className="text-sm text-amber-900">
        <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
        {t(snapshot.status)}
      </p>
    );
  const summary = (
    <>
      <span className={position.overMs > 0 ? 'font-semibold' : ''}>{time}</span>
      {state === 'running' ? null : <span className="text-[var(--color-muted)]"> · {t(state)}</span>}
    </>
  );

  if (compact) {
    return (
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p className="tabular-nums md:text-lg" data-testid="agenda-timer" data-state={state}>
          <span className="sr-only">{t('label')}: </span>
          {summary}
        </p>
        {buttons}
        {status}
      </div>
    );
  }
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-card border border-border bg-surface shadow-card p-4">
      <h2 id={`${id}-title`} className="font-semibold">
        {t('label')}
      </h2>
      <p className="mt-1 text-2xl tabular-nums" data-testid="agenda-timer" data-state={state}>
        {summary}
      </p>
      {status}
      {canControl ? (
        <div className="mt-2 flex flex-wrap items-end gap-4">
          {([0, 1] as const).map((index) => {
            const value = index === 0 ? clock.knowledgeMinutes : clock.dialogueMinutes;
            return (
              <div key={index}>
                <label htmlFor={`${id}-m${index}`} className="block text-sm font-medium">
                  {t(index === 0 ? 'knowledgeMinutes' : 'dialogueMinutes')}
                </label>
                {/* Keyed by the shared value: a change made on another screen replaces what stands here. */}
                <input
                  key={value}
                  id={`${id}-m${index}`}
                  type="number"
                  min={AGENDA_MINUTES_MIN}
                  max={AGENDA_MINUTES_MAX}
                  defaultValue={value}
                  onBlur={(e) => setMinutes(index, e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') setMinutes(index, e.currentTarget.value);
                  }}
                  className="mt-1 w-24 rounded-md border border-stone-400 px-2 py-1"
                />
              </div>
            );
          })}
          <div className="flex flex-wrap gap-2">{buttons}</div>
        </div>
      ) : (
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t('plan', { knowledge: clock.knowledgeMinutes, dialogue: clock.dialogueMinutes })}</p>
      )}
    </section>
  );
}
