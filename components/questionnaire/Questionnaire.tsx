'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { fill } from './fill';
import { ScaleQuestion } from './ScaleQuestion';
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
}

const ONE_TO_FIVE = [1, 2, 3, 4, 5];
const MINUS_TWO_TO_TWO = [-2, -1, 0, 1, 2];

export function Questionnaire({ view, labels, apiBase, resultHref, storageKey, initialAnswers, initialComments }: QuestionnaireProps) {
  const t = (key: string, values?: Record<string, string | number>) => fill(labels[key] ?? key, values);
  const router = useRouter();
  const autosave = useAutosave(`${apiBase}/answers`, storageKey);
  const [answers, setAnswers] = useState(initialAnswers);
  const [comments, setComments] = useState(initialComments);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

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

  const allKeys = [...view.strains, ...view.resources]
    .map((q) => q.key)
    .concat(
      view.relations.map((r) => r.key),
      view.overall.key,
    );
  const answeredCount = allKeys.filter((key) => answers[key] !== undefined).length;

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
        setMissing(keys);
        setSubmitError(t('submit.missing', { count: keys.size }));
        const first = allKeys.find((key) => keys.has(key));
        if (first) document.querySelector<HTMLInputElement>(`#q-${first.replace(/[^a-z0-9-]/gi, '-')} input`)?.focus();
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
    <div className="rounded-lg border border-stone-200 bg-white p-4">
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

  return (
    <form
      className="space-y-10 pb-28"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="strains-heading" className="space-y-3">
          <h2 id="strains-heading" className="border-b-4 border-[var(--color-strain)] pb-1 text-xl font-semibold">
            {t('strains.title')}
          </h2>
          <p className="text-[var(--color-muted)]">{t('strains.intro')}</p>
          {renderSide(view.strains, view.strainLabels)}
          {commentField('strain')}
        </section>
        <section aria-labelledby="resources-heading" className="space-y-3">
          <h2 id="resources-heading" className="border-b-4 border-[var(--color-resource)] pb-1 text-xl font-semibold">
            {t('resources.title')}
          </h2>
          <p className="text-[var(--color-muted)]">{t('resources.intro')}</p>
          {renderSide(view.resources, view.resourceLabels)}
          {commentField('resource')}
        </section>
      </div>

      <section aria-labelledby="relations-heading" className="space-y-3">
        <h2 id="relations-heading" className="text-xl font-semibold">
          {t('relations.title')}
        </h2>
        <p className="text-[var(--color-muted)]">{t('relations.intro')}</p>
        <div className="grid gap-3 md:grid-cols-2">
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
        </div>
      </section>

      <section aria-labelledby="overall-heading" className="space-y-3">
        <h2 id="overall-heading" className="text-xl font-semibold">
          {t('overall.title')}
        </h2>
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
      </section>

      <div className="fixed inset-x-0 bottom-0 border-t border-stone-300 bg-white/95 px-4 py-2 shadow-lg sm:py-3">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3">
          <div className="min-w-0 text-xs sm:text-sm">
            <p className="font-medium">{t('progress', { answered: answeredCount, total: allKeys.length })}</p>
            <SaveStatus text={t(`status.${autosave.state}`, { unsent: autosave.unsent })} state={autosave.state} />
            {submitError ? (
              <p role="alert" className="text-sm font-medium text-red-800">
                {submitError}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={submitting} className="shrink-0 rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white disabled:opacity-60 sm:px-5 sm:py-3">
            {submitting ? t('submit.busy') : t('submit.label')}
          </button>
        </div>
      </div>
    </form>
  );
}
