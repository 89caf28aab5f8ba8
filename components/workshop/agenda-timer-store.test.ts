import { describe, expect, it } from 'vitest';
import { agendaPosition, defaultTimer } from './agenda-timer-store';

const MIN = 60_000;

describe('the agenda timer', () => {
  it('runs 45 minutes of knowledge, then 45 of dialogue, then counts the time over', () => {
    const started = { ...defaultTimer(), runningSince: 0 };
    expect(agendaPosition(started, 10 * MIN)).toEqual({ part: 0, remainingMs: 35 * MIN, overMs: 0 });
    expect(agendaPosition(started, 50 * MIN)).toEqual({ part: 1, remainingMs: 40 * MIN, overMs: 0 });
    expect(agendaPosition(started, 95 * MIN)).toEqual({ part: 1, remainingMs: 0, overMs: 5 * MIN });
  });

  it('keeps the time run before a pause and follows adjusted minutes', () => {
    const paused = { minutes: [30, 60] as [number, number], runningSince: null, elapsedBefore: 31 * MIN };
    expect(agendaPosition(paused, 999 * MIN)).toEqual({ part: 1, remainingMs: 59 * MIN, overMs: 0 });
  });
});
