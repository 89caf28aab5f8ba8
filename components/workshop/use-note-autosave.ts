'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type NoteSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'refused';

const DEBOUNCE_MS = 800;

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Private mode or full storage: the in-memory text is still sent and retried.
  }
}

/**
 * One note saved as it is typed: the whole text, a moment after the typing pauses. Until the
 * server has it, the text is also kept in this device's storage, so a closed tab or a lost
 * connection loses nothing — the next visit sends it — and leaving the page sends it at once.
 * A failed save is retried with backoff; a refusal (no permission, round gone) is shown.
 */
export function useNoteAutosave(endpoint: string, questionKey: string, initial: string, storageKey: string) {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<NoteSaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef(initial);
  const sent = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  const inFlight = useRef(false);

  const send = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current || latest.current === sent.current) return;
    const body = latest.current;
    inFlight.current = true;
    setState('saving');
    try {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionKey, body }), cache: 'no-store' });
      if (response.ok) {
        sent.current = body;
        attempt.current = 0;
        setSavedAt(new Date());
        if (latest.current === body) store(storageKey, null);
        setState(latest.current === body ? 'saved' : 'pending');
      } else if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        setState('refused');
        return;
      } else throw new Error(`HTTP ${response.status}`);
    } catch {
      setState('retrying');
      const delay = Math.min(15_000, 1_000 * 2 ** attempt.current++);
      // eslint-disable-next-line react-hooks/immutability -- the retry calls this same callback from a timer, when `send` is long assigned
      timer.current = setTimeout(() => void send(), delay);
      return;
    } finally {
      inFlight.current = false;
    }
    if (latest.current !== sent.current) timer.current = setTimeout(() => void send(), DEBOUNCE_MS);
  }, [endpoint, questionKey, storageKey]);

  const change = useCallback(
    (text: string) => {
      latest.current = text;
      setValue(text);
      store(storageKey, text);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), DEBOUNCE_MS);
    },
    [send, storageKey],
  );

  useEffect(() => {
    // Text typed on this device that never reached the server (tab closed, offline) goes first.
    const stored = readStored(storageKey);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- device storage exists only in the browser, after hydration
    if (stored !== null && stored !== initial) change(stored);
    else if (stored !== null) store(storageKey, null);
    // Leaving the page: send what is unsent now, with keepalive so it survives the navigation.
    const flush = () => {
      if (latest.current === sent.current) return;
      void fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionKey, body: latest.current }), keepalive: true }).catch(() => undefined);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      if (timer.current) clearTimeout(timer.current);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on mount: `initial` is the server's text when the page was rendered
  }, []);

  return { value, change, state, savedAt, flush: send };
}
