'use client';

import type { AgendaClock, AgendaCommand } from '@/lib/domains/workshop/agenda-clock';
import type { AgendaClockView } from '@/lib/domains/workshop/timer';

/**
 * The browser's copy of a workshop's agenda clock, which the server keeps (lib/domains/workshop/
 * timer.ts): one copy per workshop, shared by every timer on the page (the page's and the
 * presentation's), polled while anyone shows it and the tab is visible, and replaced by the
 * server's answer to each command. `offsetMs` is the server's clock minus this device's, so a
 * laptop whose clock is a minute off still shows the meeting's time.
 */
export interface ClockSnapshot {
  clock: AgendaClock;
  offsetMs: number;
  /** 'stale': the last poll or command failed (the clock still runs on what was last known); 'refused': a command was not allowed. */
  status: 'live' | 'stale' | 'refused';
}

export const POLL_MS = 3_000;

interface Store {
  snapshot: ClockSnapshot;
  listeners: Set<() => void>;
  /** Answers are applied only in the order their requests were sent: a poll sent before a command never undoes it. */
  sent: number;
  applied: number;
  /** Stops the polling; set while anyone listens. */
  stop: (() => void) | null;
}

const stores = new Map<string, Store>();

/** The snapshot a server's answer gives, received at `receivedAt` on this device's clock. */
export function snapshotFromView(view: AgendaClockView, receivedAt: number): ClockSnapshot {
  const { serverNow, startedAt, ...rest } = view;
  return { clock: { ...rest, startedAt: startedAt === null ? null : Date.parse(startedAt) }, offsetMs: Date.parse(serverNow) - receivedAt, status: 'live' };
}

function storeFor(endpoint: string, initial: AgendaClockView): Store {
  let store = stores.get(endpoint);
  if (!store) {
    store = { snapshot: snapshotFromView(initial, Date.now()), listeners: new Set(), sent: 0, applied: 0, stop: null };
    stores.set(endpoint, store);
  }
  return store;
}

function publish(store: Store, snapshot: ClockSnapshot) {
  store.snapshot = snapshot;
  for (const listener of store.listeners) listener();
}

async function request(endpoint: string, store: Store, init?: RequestInit): Promise<void> {
  const sequence = ++store.sent;
  try {
    const response = await fetch(endpoint, { cache: 'no-store', ...init });
    if (sequence < store.applied) return;
    if (!response.ok) {
      publish(store, { ...store.snapshot, status: response.status === 403 ? 'refused' : 'stale' });
      return;
    }
    const view = (await response.json()) as AgendaClockView;
    if (sequence < store.applied) return;
    store.applied = sequence;
    publish(store, snapshotFromView(view, Date.now()));
  } catch {
    if (sequence >= store.applied) publish(store, { ...store.snapshot, status: 'stale' });
  }
}

const poll = (endpoint: string, store: Store) => {
  if (document.visibilityState === 'visible') void request(endpoint, store);
};

export function subscribeClock(endpoint: string, initial: AgendaClockView, listener: () => void): () => void {
  const store = storeFor(endpoint, initial);
  store.listeners.add(listener);
  if (!store.stop) {
    const poller = setInterval(() => poll(endpoint, store), POLL_MS);
    const onVisible = () => poll(endpoint, store);
    document.addEventListener('visibilitychange', onVisible);
    store.stop = () => {
      clearInterval(poller);
      document.removeEventListener('visibilitychange', onVisible);
    };
    // Back on a workshop seen earlier in this tab: what was kept may be old.
    poll(endpoint, store);
  }
  return () => {
    store.listeners.delete(listener);
    if (store.listeners.size === 0) {
      store.stop?.();
      store.stop = null;
    }
  };
}

export const clockSnapshot = (endpoint: string, initial: AgendaClockView): ClockSnapshot => storeFor(endpoint, initial).snapshot;

export function sendClockCommand(endpoint: string, initial: AgendaClockView, command: AgendaCommand): Promise<void> {
  return request(endpoint, storeFor(endpoint, initial), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(command) });
}
