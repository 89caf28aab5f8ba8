import { describe, expect, it } from 'vitest';
import { agendaPosition, applyAgendaCommand, standingClock } from './agenda-clock';

const MIN = 60_000;

describe('the agenda clock', () => {
  it('counts down the knowledge step from its 45 minutes and then shows the time over, without moving on by itself', () => {
    const started = applyAgendaCommand(standingClock(), { action: 'start' }, 0);
    expect(agendaPosition(started, 10 * MIN)).toEqual({ step: 0, remainingMs: 35 * MIN, overMs: 0 });
    expect(agendaPosition(started, 50 * MIN)).toEqual({ step: 0, remainingMs: 0, overMs: 5 * MIN });
  });

  it('keeps the time run before a pause, and a repeated start or pause changes nothing', () => {
    let clock = applyAgendaCommand(standingClock(), { action: 'start' }, 0);
    clock = applyAgendaCommand(clock, { action: 'start' }, 5 * MIN);
    clock = applyAgendaCommand(clock, { action: 'pause' }, 10 * MIN);
    expect(applyAgendaCommand(clock, { action: 'pause' }, 20 * MIN)).toEqual(clock);
    expect(agendaPosition(clock, 999 * MIN)).toEqual({ step: 0, remainingMs: 35 * MIN, overMs: 0 });
    clock = applyAgendaCommand(clock, { action: 'start' }, 100 * MIN);
    expect(agendaPosition(clock, 101 * MIN)).toEqual({ step: 0, remainingMs: 34 * MIN, overMs: 0 });
  });

  it('moves to the dialogue with its full time, running on if it ran, and follows adjusted minutes', () => {
    let clock = applyAgendaCommand(standingClock(), { action: 'start' }, 0);
    clock = applyAgendaCommand(clock, { action: 'step', step: 1 }, 40 * MIN);
    expect(agendaPosition(clock, 40 * MIN)).toEqual({ step: 1, remainingMs: 45 * MIN, overMs: 0 });
    clock = applyAgendaCommand(clock, { action: 'minutes', knowledgeMinutes: 30, dialogueMinutes: 60 }, 41 * MIN);
    expect(agendaPosition(clock, 50 * MIN)).toEqual({ step: 1, remainingMs: 50 * MIN, overMs: 0 });
    clock = applyAgendaCommand(clock, { action: 'reset' }, 51 * MIN);
    expect(clock).toEqual({ step: 0, knowledgeMinutes: 30, dialogueMinutes: 60, startedAt: null, elapsedMs: 0 });
  });
});
