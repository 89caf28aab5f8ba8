'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { fill } from './fill';
import { questionId, ScaleQuestion } from './ScaleQuestion';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';
import type { QuestionnaireView, ScaleQuestionView } from '@/lib/domains/responses/questionnaire-view';

/** The page's texts, translated on the server (raw templates; see fill.ts), keyed "status.saved" etc. */
export type QuestionnaireLabels = Record<string, string>;

interface QuestionnaireProps {
  view: QuestionnaireView;
  labels: QuestionnaireLabels;
  /** Base of the link's API, e.g. /api/r/<token>. */
  apiBase: string;
  resultHref: string;
  storageKey: string;
  initialAnswers: Record<string, number>;
  initialComments: { strain: string; resource: string };
  /** Already submitted once: the button saves changes rather than submits. */
  submitted: boolean;
}

const ONE_TO_FIVE = [1, 2, 3, 4, 5];
const MINUS_TWO_TO_TWO = [-2, -1, 0, 1, 2];

/**
 * Keeps what the sticky bar covers out of the way: the page's scroll padding is the bar's height
 * (so scrolling to a question, or the browser bringing a focused one into view, stops below the
 * bar; each question adds its own small scroll margin), and a question reached by the keyboard
 * whose top is still behind the bar is moved down into view.
 */
function useClearOfBar(form: RefObject<HTMLFormElement | null>, bar: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const formEl = form.current;
    const barEl = bar.current;
    if (!formEl || !barEl) return;
    const root = document.documentElement;
    const pad = () => root.style.setProperty('scroll-padding-top', `${barEl.offsetHeight}px`);
    pad();
    const observer = new ResizeObserver(pad);
    observer.observe(barEl);
    const onFocus = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (barEl.contains(target) || !target.matches(':focus-visible')) return;
      // After the browser's own scrolling into view, which knows nothing of the whole question.
      requestAnimationFrame(() => {
        const question = (target.closest('fieldset') ?? target).getBoundingClientRect();
        const below = barEl.getBoundingClientRect().bottom + 12;
        if (question.top < below && question.height < window.innerHeight - below) window.scrollBy(0, question.top - below);
      });
    };
    formEl.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      formEl.removeEventListener('focusin', onFocus);
      root.style.removeProperty('scroll-padding-top');
    };
  }, [form, bar]);
}

/** One block of the questionnaire: which of the four parts it is, its heading and a short intro, then its questions. */
function Section({ id, part, title, intro, accent, children }: { id: string; part: string; title: string; intro: string; accent: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <div className={`border-l-4 pl-3 ${accent}`}>
        <p className="text-sm font-medium text-[var(--color-muted)]">{part}</p>
        <h2 id={`${id}-heading`} className="text-xl font-semibold sm:text-2xl">
          {title}
        </h2>
        <p className="mt-1 text-[var(--color-muted)]">{intro}</p>
      </div>
      {children}
    </section>
  );
}

export function Questionnaire({ view, labels, apiBase, resultHref, storageKey, initialAnswers, initialComments, submitted }: QuestionnaireProps) {
  const t = (key: string, values?: Record<string, string | number>) => fill(labels[key] ?? key, values);
  const router = useRouter();
  const autosave = useAutosave(`${apiBase}/answers`, storageKey);
  const [answers, setAnswers] = useState(initialAnswers);
  const [comments, setComments] = useState(initialComments);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const lastJump = useRef<string | null>(null);
  useClearOfBar(formRef, barRef);

  useEffect(() => {
    // What this device still holds unsent is newer than what the server showed.
    const stored = autosave.storedAnswers();
    const restored = Object.fromEntries(Object.entries(stored.answers).filter(([, v]) => v !== null)) as Record<string, number>;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- device storage exists only in the browser, after hydration
    if (Object.keys(restored).length > 0) setAnswers((current) => ({ ...current, ...restored }));
    if (stored.comments.strain !== undefined || stored.comments.resource !== undefined) setComments((current) => ({ ...current, ...stored.comments }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run once on mount
  }, []);

  const answer = useCallback(
    (key: string, value: number) => {
      setAnswers((current) => ({ ...current, [key]: value }));
      setMissing((current) => {
        if (!current.has(key)) return current;
        const next = new Set(current);
        next.delete(key);
        return next;
      });
      autosave.queueAnswer(key, value);
    },
    [autosave],
  );

  // The order the model reads, and the page shows: strains, resources, relations, the overall question.
  const allKeys = [...view.strains, ...view.resources]
    .map((q) => q.key)
    .concat(
      view.relations.map((r) => r.key),
      view.overall.key,
    );
  const answeredCount = allKeys.filter((key) => answers[key] !== undefined).length;
  const missingInOrder = allKeys.filter((key) => missing.has(key));

  /** Scrolls a question to just below the sticky bar and puts the keyboard on it. */
  const jumpTo = (key: string) => {
    const fieldset = document.getElementById(questionId(key));
    if (!fieldset) return;
    lastJump.current = key;
    if (barRef.current) document.documentElement.style.setProperty('scroll-padding-top', `${barRef.current.offsetHeight}px`);
    fieldset.scrollIntoView({ block: 'start' });
    (fieldset.querySelector<HTMLInputElement>('input:checked') ?? fieldset.querySelector<HTMLInputElement>('input'))?.focus({ preventScroll: true });
  };

  const jumpToNextGap = () => {
    const after = lastJump.current === null ? -1 : allKeys.indexOf(lastJump.current);
    const next = missingInOrder.find((key) => allKeys.indexOf(key) > after) ?? missingInOrder[0];
    if (next) jumpTo(next);
  };

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    try {
      if (!(await autosave.flush())) {
        setSubmitError(t('submit.notSaved'));
        return;
      }
      const response = await fetch(`${apiBase}/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', cache: 'no-store' });
      if (response.ok) {
        router.push(resultHref);
        router.refresh();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message?: string; details?: { path: string }[] } } | null;
      if (response.status === 400 && body?.error?.details) {
        const keys = new Set(body.error.details.map((d) => d.path.replace(/^answers\./, '')));
        // The bar grows by the message: lay it out before measuring where the first gap goes.
        flushSync(() => setMissing(keys));
        const first = allKeys.find((key) => keys.has(key));
        if (first) jumpTo(first);
      } else {
        setSubmitError(response.status === 409 ? t('status.closed') : t('submit.failed'));
      }
    } catch {
      setSubmitError(t('submit.failed'));
    } finally {
      setSubmitting(false);
    }
  }

  const renderSide = (questions: ScaleQuestionView[], labels: string[]) =>
    questions.map((q) => (
      <ScaleQuestion
        key={q.key}
        name={q.key}
        question={q.text}
        values={ONE_TO_FIVE}
        labels={labels}
        value={answers[q.key]}
        onChange={(v) => answer(q.key, v)}
        explanation={{ title: q.factorTitle, text: q.explanation, toggleLabel: t('explain') }}
        missing={missing.has(q.key)}
        missingLabel={t('missingOne')}
      />
    ));

  const commentField = (side: 'strain' | 'resource') => (
    <div className="rounded-card border border-border bg-surface shadow-card p-4 sm:p-5">
      <label htmlFor={`comment-${side}`} className="font-medium">
        {t(`comment.${side}`)}
      </label>
      <p id={`comment-${side}-warning`} className="mt-1 text-sm text-amber-900">
        {t('comment.warning')}
      </p>
      <textarea
        id={`comment-${side}`}
        aria-describedby={`comment-${side}-warning`}
        maxLength={2000}
        rows={3}
        value={comments[side]}
        onChange={(e) => {
          const text = e.target.value;
          setComments((current) => ({ ...current, [side]: text }));
          autosave.queueComment(side, text);
        }}
        className="mt-2 w-full rounded-md border border-stone-400 p-2"
      />
    </div>
  );

  const gaps = missingInOrder.length;
  const percent = Math.round((answeredCount / allKeys.length) * 100);

  return (
    <form
      ref={formRef}
      data-testid="questionnaire"
      className="space-y-12"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      {/* Opaque and sticky; everything that scrolls to a question stops below it (useClearOfBar). */}
      <div ref={barRef} data-testid="questionnaire-bar" className="sticky top-0 z-20 -mx-4 border-b border-stone-300 bg-white px-4 py-2 shadow-sm sm:mx-0 sm:rounded-lg sm:border sm:py-3">
        <div className="text-sm sm:flex sm:items-baseline sm:justify-between sm:gap-4">
          <p className="font-semibold">{t('progress', { answered: answeredCount, total: allKeys.length })}</p>
          <div className="text-xs sm:text-right sm:text-sm">
            <SaveStatus text={t(`status.${autosave.state}`, { unsent: autosave.unsent })} state={autosave.state} />
          </div>
        </div>
        <div aria-hidden="true" className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-stone-200">
          <div className="h-full rounded-full bg-[var(--color-brand)]" style={{ width: `${percent}%` }} />
        </div>
        <div className={gaps > 0 || submitError ? 'mt-1 flex items-center justify-between gap-3' : ''}>
          <p role="alert" className="text-sm font-semibold text-red-800">
            {gaps > 0 ? t(gaps === 1 ? 'submit.gaps.one' : 'submit.gaps.other', { count: gaps }) : submitError}
          </p>
          {gaps > 0 ? (
            <button type="button" onClick={jumpToNextGap} className="min-h-11 shrink-0 rounded-md border border-red-800 px-3 text-sm font-medium text-red-800 hover:bg-red-50">
              {t('submit.nextGap')}
            </button>
          ) : null}
        </div>
      </div>

      <Section id="strains" part={t('part', { part: 1, parts: 4 })} title={t('strains.title')} intro={t('strains.intro')} accent="border-[var(--color-strain)]">
        {renderSide(view.strains, view.strainLabels)}
        {commentField('strain')}
      </Section>

      <Section id="resources" part={t('part', { part: 2, parts: 4 })} title={t('resources.title')} intro={t('resources.intro')} accent="border-[var(--color-resource)]">
        {renderSide(view.resources, view.resourceLabels)}
        {commentField('resource')}
      </Section>

      <Section id="relations" part={t('part', { part: 3, parts: 4 })} title={t('relations.title')} intro={t('relations.intro')} accent="border-stone-500">
        {view.relations.map((r) => (
          <ScaleQuestion
            key={r.key}
            name={r.key}
            question={r.text}
            values={MINUS_TWO_TO_TWO}
            labels={view.relationLabels}
            value={answers[r.key]}
            onChange={(v) => answer(r.key, v)}
            missing={missing.has(r.key)}
            missingLabel={t('missingOne')}
          />
        ))}
      </Section>

      <Section id="overall" part={t('part', { part: 4, parts: 4 })} title={t('overall.title')} intro={t('overall.intro')} accent="border-[var(--color-brand)]">
        <ScaleQuestion
          name={view.overall.key}
          question={view.overall.text}
          values={ONE_TO_FIVE}
          labels={view.overall.labels}
          value={answers[view.overall.key]}
          onChange={(v) => answer(view.overall.key, v)}
          missing={missing.has(view.overall.key)}
          missingLabel={t('missingOne')}
        />
      </Section>

      <div className="rounded-card border border-border bg-surface shadow-card p-4 sm:flex sm:items-center sm:justify-between sm:gap-6 sm:p-5">
        <p className="text-[var(--color-muted)]">{t(submitted ? 'submit.changesHint' : 'submit.hint')}</p>
        <button
          type="submit"
          disabled={submitting}
          className="mt-3 min-h-11 w-full shrink-0 rounded-md bg-[var(--color-brand)] px-5 py-2.5 font-semibold text-white hover:bg-blue-950 disabled:opacity-60 sm:mt-0 sm:w-auto"
        >
          {t(submitted ? (submitting ? 'submit.saveBusy' : 'submit.saveChanges') : submitting ? 'submit.busy' : 'submit.label')}
        </button>
      </div>
    </form>
  );
}
