'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

export type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string | undefined };

const DELAY_MS = 1200;

/**
 * Saves a form's values a moment after the user stops typing, and at once on demand. Saves run
 * one after another (a slow save never overwrites a newer one), the values are never reset from
 * the server, and leaving the page with unsaved changes asks first — nothing typed is lost.
 */
export function useAutosaveForm<V extends Record<string, string>>(initial: V, save: (formData: FormData) => Promise<ActionResult<{ savedAt: string }>>, extra: Record<string, string>) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const latest = useRef(values);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const edited = useRef(false);
  // Held in refs so that a re-render (a new closure) neither changes flush nor schedules a save.
  const action = useRef({ save, extra });
  useEffect(() => {
    action.current = { save, extra };
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(async () => {
      const sent = latest.current;
      const formData = new FormData();
      for (const [k, v] of Object.entries({ ...action.current.extra, ...sent })) formData.set(k, v);
      setState({ kind: 'saving' });
      try {
        const result = await action.current.save(formData);
        if (result.ok) {
          setFieldErrors({});
          setState(latest.current === sent ? { kind: 'saved', at: new Date(result.data.savedAt) } : { kind: 'dirty' });
        } else {
          setFieldErrors(result.fieldErrors);
          setState({ kind: 'error', message: result.formError });
        }
      } catch {
        setState({ kind: 'error', message: undefined });
      }
    });
    return queue.current;
  }, []);

  const change = useCallback((name: keyof V, value: string) => {
    edited.current = true;
    setValues((v) => {
      const next = { ...v, [name]: value };
      latest.current = next;
      return next;
    });
    setState({ kind: 'dirty' });
  }, []);

  // Only a change of the values (never a re-render) starts the countdown to a save.
  useEffect(() => {
    if (!edited.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [values, flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (state.kind === 'dirty' || state.kind === 'saving' || state.kind === 'error') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.kind]);

  return { values, change, flush, state, fieldErrors };
}
