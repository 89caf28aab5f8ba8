/**
 * The questionnaire's only script (decision 0016). The page is a plain form that saves and
 * submits without it; this adds what needs JavaScript: autosave with the offline queue, the
 * progress bar, the sticky bar kept clear of the focused question, and the jump to what is
 * missing when submitting. Built by scripts/build/leader-scripts.mjs; no framework.
 */
import { fill } from '../fill';
import { autosaveQueue, readStored, type SaveState } from './autosave-queue';

const PROBLEM_STATES: SaveState[] = ['retrying', 'offline', 'error', 'closed'];

function start(form: HTMLFormElement) {
  const labels = JSON.parse(document.getElementById('questionnaire-labels')?.textContent ?? '{}') as Record<string, string>;
  const t = (key: string, values?: Record<string, string | number>) => fill(labels[key] ?? key, values);
  const bar = form.querySelector<HTMLElement>('[data-testid="questionnaire-bar"]')!;
  const status = bar.querySelector<HTMLElement>('[role="status"]')!;
  const progress = bar.querySelector<HTMLElement>('[data-progress]')!;
  const progressBar = bar.querySelector<HTMLElement>('[data-progress-bar]')!;
  const gapsRow = bar.querySelector<HTMLElement>('[data-gaps]')!;
  const alert = gapsRow.querySelector<HTMLElement>('[role="alert"]')!;
  // "Next unanswered" exists only while something is missing.
  const nextGap = document.createElement('button');
  nextGap.type = 'button';
  nextGap.className = 'min-h-11 shrink-0 rounded-md border border-red-800 px-3 text-sm font-medium text-red-800 hover:bg-red-50';
  nextGap.textContent = t('submit.nextGap');
  const submitButton = form.querySelector<HTMLButtonElement>('[data-submit]')!;
  const submitted = form.dataset.submitted === 'true';
  const questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  const keys = questions.map((q) => q.dataset.question!);
  const missing = new Set(questions.filter((q) => q.hasAttribute('aria-describedby')).map((q) => q.dataset.question!));
  let submitError = '';
  let lastJump: string | null = null;

  // What only the plain form needs: with autosave, answers are saved as they are given, so
  // "save and continue later" and the note on saving without JavaScript go. (Not <noscript>: a
  // browser that blocks this script but runs others would hide them without saving as they go.)
  for (const plain of form.querySelectorAll('[data-plain-only]')) plain.remove();

  const fieldset = (key: string) => questions[keys.indexOf(key)];
  const checked = (key: string) => fieldset(key)?.querySelector<HTMLInputElement>('input:checked') ?? null;

  function showSaveState(state: SaveState, unsent: number) {
    status.textContent = t(`status.${state}`, { unsent });
    status.dataset.saveState = state;
    status.className = PROBLEM_STATES.includes(state) ? 'font-medium text-red-800' : 'text-[var(--color-muted)]';
  }

  function render() {
    const answered = keys.filter((key) => checked(key)).length;
    progress.textContent = t('progress', { answered, total: keys.length });
    progressBar.style.width = `${Math.round((answered / keys.length) * 100)}%`;
    for (const q of questions) {
      const isMissing = missing.has(q.dataset.question!);
      q.classList.toggle('border-2', isMissing);
      q.classList.toggle('border-red-700', isMissing);
      q.classList.toggle('border-stone-200', !isMissing);
      const note = document.getElementById(`${q.id}-missing`);
      if (note) note.hidden = !isMissing;
      if (isMissing) q.setAttribute('aria-describedby', `${q.id}-missing`);
      else q.removeAttribute('aria-describedby');
    }
    const gaps = missing.size;
    alert.textContent = gaps > 0 ? t(gaps === 1 ? 'submit.gaps.one' : 'submit.gaps.other', { count: gaps }) : submitError;
    if (gaps > 0 && !nextGap.isConnected) gapsRow.append(nextGap);
    if (gaps === 0) nextGap.remove();
    gapsRow.className = gaps > 0 || submitError ? 'mt-1 flex items-center justify-between gap-3' : '';
  }

  // What this device still holds unsent is newer than what the server showed.
  const stored = readStored(form.dataset.storage!);
  for (const [key, value] of Object.entries(stored.answers)) {
    const radio = value === null ? null : fieldset(key)?.querySelector<HTMLInputElement>(`input[value="${value}"]`);
    if (radio) radio.checked = true;
  }
  for (const side of ['strain', 'resource'] as const) {
    const text = stored.comments[side];
    const area = form.querySelector<HTMLTextAreaElement>(`#comment-${side}`);
    if (text !== undefined && area) area.value = text;
  }

  const queue = autosaveQueue(`${form.dataset.api}/answers`, form.dataset.storage!, showSaveState);
  showSaveState('idle', 0);
  render();

  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    missing.delete(input.name);
    queue.queueAnswer(input.name, Number(input.value));
    render();
  });
  form.addEventListener('input', (event) => {
    const area = event.target as HTMLTextAreaElement;
    if (area.id === 'comment-strain' || area.id === 'comment-resource') queue.queueComment(area.id === 'comment-strain' ? 'strain' : 'resource', area.value);
  });

  // Keeps what the sticky bar covers out of the way: the page's scroll padding is the bar's
  // height, and a question reached by the keyboard whose top is still behind the bar is moved down.
  const root = document.documentElement;
  const pad = () => root.style.setProperty('scroll-padding-top', `${bar.offsetHeight}px`);
  // The observer's first call measures the bar once the page is laid out anyway (no forced layout here).
  new ResizeObserver(pad).observe(bar);
  form.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (bar.contains(target) || !target.matches(':focus-visible')) return;
    // After the browser's own scrolling into view, which knows nothing of the whole question.
    requestAnimationFrame(() => {
      const question = (target.closest('fieldset') ?? target).getBoundingClientRect();
      const below = bar.getBoundingClientRect().bottom + 12;
      if (question.top < below && question.height < window.innerHeight - below) window.scrollBy(0, question.top - below);
    });
  });

  /** Scrolls a question to just below the sticky bar and puts the keyboard on it. */
  function jumpTo(key: string) {
    const target = fieldset(key);
    if (!target) return;
    lastJump = key;
    pad();
    target.scrollIntoView({ block: 'start' });
    (target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector<HTMLInputElement>('input'))?.focus({ preventScroll: true });
  }
  nextGap.addEventListener('click', () => {
    const inOrder = keys.filter((key) => missing.has(key));
    const after = lastJump === null ? -1 : keys.indexOf(lastJump);
    const next = inOrder.find((key) => keys.indexOf(key) > after) ?? inOrder[0];
    if (next) jumpTo(next);
  });

  let submitting = false;
  const setSubmitting = (busy: boolean) => {
    submitting = busy;
    submitButton.disabled = busy;
    submitButton.textContent = t(submitted ? (busy ? 'submit.saveBusy' : 'submit.saveChanges') : busy ? 'submit.busy' : 'submit.label');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!submitting) void submit();
  });

  let done = false;
  async function submit() {
    setSubmitting(true);
    submitError = '';
    try {
      if (!(await queue.flush())) {
        submitError = t('submit.notSaved');
        return;
      }
      const response = await fetch(`${form.dataset.api}/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', cache: 'no-store' });
      if (response.ok) {
        // On to the balance; the button stays busy until the next page replaces this one.
        done = true;
        window.location.assign(form.dataset.result!);
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { details?: { path: string }[] } } | null;
      if (response.status === 400 && body?.error?.details) {
        missing.clear();
        for (const d of body.error.details) missing.add(d.path.replace(/^answers\./, ''));
        // The bar grows by the message: lay it out before measuring where the first gap goes.
        render();
        const first = keys.find((key) => missing.has(key));
        if (first) jumpTo(first);
      } else {
        submitError = response.status === 409 ? t('status.closed') : t('submit.failed');
      }
    } catch {
      submitError = t('submit.failed');
    } finally {
      render();
      if (!done) setSubmitting(false);
    }
  }
  form.dataset.enhanced = 'true';
}

const form = document.getElementById('questionnaire');
if (form instanceof HTMLFormElement) start(form);
