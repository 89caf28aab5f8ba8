'use client';

/**
 * The agenda timer's state, shared by every timer on the page (the workshop's and the
 * presentation's) and kept in localStorage per workshop, so a reload or a second look at the
 * plan does not reset the meeting's clock. Time is derived from timestamps, never counted.
 */
export interface TimerState {
  /** Minutes planned for knowledge (part 1) and dialogue (part 2): 45 + 45 in the introduction tool. */
  minutes: [number, number];
  /** When the clock last started running (ms), or null while paused. */
  runningSince: number | null;
  /** Milliseconds run before the last start. */
  elapsedBefore: number;
}

export const defaultTimer = (): TimerState => ({ minutes: [45, 45], runningSince: null, elapsedBefore: 0 });

const listeners = new Map<string, Set<() => void>>();
const cache = new Map<string, TimerState>();

function read(key: string): TimerState {
  const cached = cache.get(key);
  if (cached) return cached;
  let state = defaultTimer();
  try {
    const raw = window.localStorage.getItem(key);
    if (raw) {
      const parsed = JSON.parse(raw) as Partial<TimerState>;
      if (Array.isArray(parsed.minutes) && parsed.minutes.length === 2) state = { ...state, ...parsed } as TimerState;
    }
  } catch {
    // Unreadable storage: start from the plan.
  }
  cache.set(key, state);
  return state;
}

export function timerSnapshot(key: string): TimerState {
  return typeof window === 'undefined' ? serverTimer : read(key);
}

const serverTimer = defaultTimer();
export const serverSnapshot = (): TimerState => serverTimer;

export function updateTimer(key: string, change: (state: TimerState) => TimerState): void {
  const next = change(read(key));
  cache.set(key, next);
  try {
    window.localStorage.setItem(key, JSON.stringify(next));
  } catch {
    // The timer still runs for this page.
  }
  for (const listener of listeners.get(key) ?? []) listener();
}

export function subscribeTimer(key: string, listener: () => void): () => void {
  const set = listeners.get(key) ?? new Set();
  set.add(listener);
  listeners.set(key, set);
  return () => set.delete(listener);
}

export function elapsedMs(state: TimerState, now: number): number {
  return state.elapsedBefore + (state.runningSince === null ? 0 : now - state.runningSince);
}

/** Which part of the agenda the elapsed time is in, and how much of it is left (negative: over time). */
export function agendaPosition(state: TimerState, now: number): { part: 0 | 1; remainingMs: number; overMs: number } {
  const elapsed = elapsedMs(state, now);
  const first = state.minutes[0] * 60_000;
  const total = first + state.minutes[1] * 60_000;
  if (elapsed < first) return { part: 0, remainingMs: first - elapsed, overMs: 0 };
  return { part: 1, remainingMs: Math.max(0, total - elapsed), overMs: Math.max(0, elapsed - total) };
}
