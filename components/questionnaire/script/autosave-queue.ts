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

export function readStored(key: string): Pending {
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
 * Saves every answer as it is given, through the answers API. Unsent answers are kept in this
 * device's storage as well as in memory, so a closed tab or a dead battery loses nothing: the
 * next visit sends them. A failed save is never dropped: it is shown, and retried with backoff
 * until it succeeds (a server that is busy answers late or 503: both are retried).
 */
export function autosaveQueue(endpoint: string, storageKey: string, onChange: (state: SaveState, unsent: number) => void) {
  let pending = empty();
  let inFlight: Promise<boolean> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let commentTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let state: SaveState = 'idle';
  const unsent = () => Object.keys(pending.answers).length + Object.keys(pending.comments).length;
  const setState = (next: SaveState) => {
    state = next;
    onChange(state, unsent());
  };
  const remember = () => {
    store(storageKey, pending);
    onChange(state, unsent());
  };

  function scheduleRetry() {
    setState(navigator.onLine === false ? 'offline' : 'retrying');
    clearTimeout(retryTimer);
    const delay = Math.min(15_000, 1_000 * 2 ** attempt);
    attempt += 1;
    retryTimer = setTimeout(() => void send(), delay);
  }

  async function send(): Promise<boolean> {
    if (inFlight) await inFlight;
    if (isEmpty(pending)) return true;
    const batch = pending;
    pending = empty();
    const answers = Object.entries(batch.answers).map(([itemKey, value]) => ({ itemKey, value }));
    const body = JSON.stringify({ answers, ...(Object.keys(batch.comments).length === 0 ? {} : { comments: batch.comments }) });
    setState('saving');
    const request = (async () => {
      try {
        const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, cache: 'no-store' });
        if (response.ok) {
          attempt = 0;
          remember();
          setState(isEmpty(pending) ? 'saved' : 'saving');
          return true;
        }
        pending = merge(batch, pending);
        remember();
        if (response.status === 409 || response.status === 404) setState('closed');
        else if (response.status === 400) setState('error');
        else scheduleRetry();
        return false;
      } catch {
        pending = merge(batch, pending);
        remember();
        scheduleRetry();
        return false;
      }
    })();
    inFlight = request;
    const ok = await request;
    inFlight = null;
    if (ok && !isEmpty(pending)) return send();
    return ok;
  }

  // Answers left unsent by an earlier visit on this device go first.
  pending = merge(readStored(storageKey), pending);
  remember();
  void send();
  window.addEventListener('online', () => {
    attempt = 0;
    void send();
  });
  window.addEventListener('offline', () => setState('offline'));

  return {
    queueAnswer(itemKey: string, value: number | null) {
      pending.answers[itemKey] = value;
      remember();
      void send();
    },
    queueComment(side: 'strain' | 'resource', text: string) {
      pending.comments[side] = text;
      remember();
      clearTimeout(commentTimer);
      commentTimer = setTimeout(() => void send(), 800);
    },
    flush: send,
  };
}
