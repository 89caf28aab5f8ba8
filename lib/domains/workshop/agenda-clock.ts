/**
 * The workshop's agenda clock as plain data and arithmetic, shared by the server (which keeps
 * it, lib/domains/workshop/timer.ts) and the browsers that show it. The introduction tool's plan
 * is two steps: 45 minutes of knowledge, then 45 of dialogue — both adjustable. Time is derived
 * from timestamps, never counted, so every screen that reads the same state shows the same time.
 */

export const AGENDA_MINUTES_MIN = 1;
export const AGENDA_MINUTES_MAX = 240;
export const DEFAULT_AGENDA_MINUTES = 45;

export type AgendaStep = 0 | 1;

/** A clock left running for days is not a meeting any more; what it keeps stays within the column. */
const MAX_ELAPSED_MS = 7 * 24 * 60 * 60 * 1000;

export interface AgendaClock {
  /** 0: knowledge, 1: dialogue. */
  step: AgendaStep;
  knowledgeMinutes: number;
  dialogueMinutes: number;
  /** When the clock last started running (ms since the epoch, on the server's clock), or null while it stands. */
  startedAt: number | null;
  /** Milliseconds the current step ran before `startedAt`. */
  elapsedMs: number;
}

export const standingClock = (): AgendaClock => ({ step: 0, knowledgeMinutes: DEFAULT_AGENDA_MINUTES, dialogueMinutes: DEFAULT_AGENDA_MINUTES, startedAt: null, elapsedMs: 0 });

export function stepElapsedMs(clock: AgendaClock, now: number): number {
  return clock.elapsedMs + (clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt));
}

export function stepMinutes(clock: AgendaClock, step: AgendaStep = clock.step): number {
  return step === 0 ? clock.knowledgeMinutes : clock.dialogueMinutes;
}

/** Where the meeting is: its step, the time left of it, and the time over it (the facilitator moves on; the clock does not). */
export function agendaPosition(clock: AgendaClock, now: number): { step: AgendaStep; remainingMs: number; overMs: number } {
  const elapsed = stepElapsedMs(clock, now);
  const planned = stepMinutes(clock) * 60_000;
  return { step: clock.step, remainingMs: Math.max(0, planned - elapsed), overMs: Math.max(0, elapsed - planned) };
}

export type AgendaCommand =
  { action: 'start' } | { action: 'pause' } | { action: 'reset' } | { action: 'step'; step: AgendaStep } | { action: 'minutes'; knowledgeMinutes: number; dialogueMinutes: number };

/**
 * A command applied at `now`. Each says what the facilitator saw and meant ("pause", not
 * "toggle"), so two facilitators pressing the same button at once leave one result, and a
 * repeated request changes nothing.
 */
export function applyAgendaCommand(clock: AgendaClock, command: AgendaCommand, now: number): AgendaClock {
  switch (command.action) {
    case 'start':
      return clock.startedAt === null ? { ...clock, startedAt: now } : clock;
    case 'pause':
      return clock.startedAt === null ? clock : { ...clock, startedAt: null, elapsedMs: Math.min(MAX_ELAPSED_MS, stepElapsedMs(clock, now)) };
    case 'reset':
      return { ...clock, step: 0, startedAt: null, elapsedMs: 0 };
    case 'step':
      // A new step starts from its full time; a running clock keeps running into it.
      return command.step === clock.step ? clock : { ...clock, step: command.step, elapsedMs: 0, startedAt: clock.startedAt === null ? null : now };
    case 'minutes':
      return { ...clock, knowledgeMinutes: command.knowledgeMinutes, dialogueMinutes: command.dialogueMinutes };
  }
}
