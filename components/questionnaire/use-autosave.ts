'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'retrying' | 'offline' | 'closed' | 'error';

interface Pending {
  answers: Record<string, number | null>;
  comments: { strain?: string; resource?: string };
}

const empty = (): Pending => ({ answers: {}, comments: {} });
const isEmpty = (p: Pending) => Object.keys(p.answers).length === 0 && Object.keys(p.comments).length === 0;

/** Older unsent values lose to newer ones that arrived while a request was in flight. */
function merge(older: Pending, newer: Pending): Pending {
  return { answers: { ...older.answers, ...newer.answers }, comments: { ...older.comments, ...newer.comments } };
}

function readStored(key: string): Pending {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Pending) : empty();
  } catch {
    return empty();
  }
}

function store(key: string, pending: Pending) {
  try {
    if (isEmpty(pending)) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(pending));
  } catch {
    // Private mode or full storage: the in-memory queue still retries until the server has it.
  }
}

/**
 * Saves every answer as it is given. Unsent answers are kept in this device's storage as well
 * as in memory, so a closed tab or a dead battery loses nothing: the next visit sends them.
 * A failed save is never dropped: it is shown, and retried with backoff until it succeeds.
 */
export function useAutosave(endpoint: string, storageKey: string) {
  const pending = useRef<Pending>(empty());
  const inFlight = useRef<Promise<boolean> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commentTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  const [state, setState] = useState<SaveState>('idle');
  const [unsent, setUnsent] = useState(0);

  const remember = useCallback(() => {
    store(storageKey, pending.current);
    setUnsent(Object.keys(pending.current.answers).length + Object.keys(pending.current.comments).length);
  }, [storageKey]);

  const send = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    if (isEmpty(pending.current)) return true;
    const batch = pending.current;
    pending.current = empty();
    const answers = Object.entries(batch.answers).map(([itemKey, value]) => ({ itemKey, value }));
    const body = JSON.stringify({ answers, ...(isEmpty({ answers: {}, comments: batch.comments }) ? {} : { comments: batch.comments }) });
    setState('saving');
    const request = (async () => {
      try {
        const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, cache: 'no-store' });
        if (response.ok) {
          attempt.current = 0;
          remember();
          setState(isEmpty(pending.current) ? 'saved' : 'saving');
          return true;
        }
        pending.current = merge(batch, pending.current);
        remember();
        if (response.status === 409 || response.status === 404) setState('closed');
        else if (response.status === 400) setState('error');
        // eslint-disable-next-line react-hooks/immutability -- scheduleRetry is a hoisted function declaration below, using the same refs
        else scheduleRetry();
        return false;
      } catch {
        pending.current = merge(batch, pending.current);
        remember();
        scheduleRetry();
        return false;
      }
    })();
    inFlight.current = request;
    const ok = await request;
    inFlight.current = null;
    // eslint-disable-next-line react-hooks/immutability -- sends what arrived meanwhile: by now `send` is assigned
    if (ok && !isEmpty(pending.current)) return send();
    return ok;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scheduleRetry is stable (defined below with the same refs)
  }, [endpoint, remember]);

  function scheduleRetry() {
    setState(typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'retrying');
    if (retryTimer.current) clearTimeout(retryTimer.current);
    const delay = Math.min(15_000, 1_000 * 2 ** attempt.current);
    attempt.current += 1;
    retryTimer.current = setTimeout(() => void send(), delay);
  }

  const queueAnswer = useCallback(
    (itemKey: string, value: number | null) => {
      pending.current.answers[itemKey] = value;
      remember();
      void send();
    },
    [remember, send],
  );

  const queueComment = useCallback(
    (side: 'strain' | 'resource', text: string) => {
      pending.current.comments[side] = text;
      remember();
      if (commentTimer.current) clearTimeout(commentTimer.current);
      commentTimer.current = setTimeout(() => void send(), 800);
    },
    [remember, send],
  );

  useEffect(() => {
    // Answers left unsent by an earlier visit on this device go first.
    pending.current = merge(readStored(storageKey), pending.current);
    remember();
    void send();
    const online = () => {
      attempt.current = 0;
      void send();
    };
    const offline = () => setState('offline');
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      if (retryTimer.current) clearTimeout(retryTimer.current);
      if (commentTimer.current) clearTimeout(commentTimer.current);
    };
  }, [storageKey, remember, send]);

  return { state, unsent, queueAnswer, queueComment, flush: send, storedAnswers: () => readStored(storageKey) };
}
