import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import type { QuestionnaireFormOutcome } from '@/lib/domains/responses/questionnaire-form';
import type { QuestionnaireView, ScaleQuestionView } from '@/lib/domains/responses/questionnaire-view';
import { html, jsonBlock, type Html } from '@/lib/platform/html/html';
import { fill } from '../fill';
import { questionId, scaleQuestionHtml } from './scale-question';

const ONE_TO_FIVE = [1, 2, 3, 4, 5];
const MINUS_TWO_TO_TWO = [-2, -1, 0, 1, 2];

/** The texts the script shows (raw templates it fills itself, components/questionnaire/fill.ts). */
const scriptSections = ['missingOne', 'progress', 'submit', 'status'];

function flatten(value: unknown, prefix: string, out: Record<string, string>): Record<string, string> {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

async function scriptLabels(locale: Locale): Promise<Record<string, string>> {
  const all = ((await getMessages({ locale })) as Record<string, Record<string, unknown>>).questionnaire ?? {};
  return flatten(Object.fromEntries(scriptSections.map((key) => [key, all[key]])), '', {});
}

interface QuestionnaireFormProps {
  locale: Locale;
  view: QuestionnaireView;
  token: string;
  storageKey: string;
  answers: Record<string, number>;
  comments: { strain: string; resource: string };
  /** Already submitted once: the button saves changes (and shows the balance) rather than submits. */
  submitted: boolean;
  /** How the last plain post went (`?form=`); with `missing`, the questions it could not submit without. */
  outcome: Exclude<QuestionnaireFormOutcome, 'submitted'> | null;
  missing: string[];
}

/** The questionnaire's order, as the model reads it: strains, resources, relations, the overall question. */
export function questionKeys(view: QuestionnaireView): string[] {
  return [...view.strains, ...view.resources]
    .map((q) => q.key)
    .concat(
      view.relations.map((r) => r.key),
      view.overall.key,
    );
}

/**
 * The questionnaire as a plain form (decision 0016): posted to /api/r/<token>/form, it saves
 * the answers given, and with the submit button submits them. The script
 * (components/questionnaire/script/) adds autosave, the offline queue, the progress bar and
 * the jump to what is missing; the markup is what components/questionnaire once rendered with React.
 */
export async function questionnaireFormHtml({ locale, view, token, storageKey, answers, comments, submitted, outcome, missing }: QuestionnaireFormProps): Promise<Html> {
  const tq = await getTranslations({ locale, namespace: 'questionnaire' });
  const tf = await getTranslations({ locale, namespace: 'questionnaireForm' });
  const labels = await scriptLabels(locale);
  const t = (key: string, values?: Record<string, string | number>) => fill(labels[key] ?? key, values);
  const keys = questionKeys(view);
  const missingSet = new Set(missing);
  const missingInOrder = keys.filter((key) => missingSet.has(key));
  const answered = keys.filter((key) => answers[key] !== undefined).length;
  const percent = Math.round((answered / keys.length) * 100);
  const textOf = new Map<string, string>([...view.strains, ...view.resources, ...view.relations, view.overall].map((q) => [q.key, q.text]));

  const question = (q: { key: string; text: string }, values: number[], scaleLabels: string[], explanation?: ScaleQuestionView) =>
    scaleQuestionHtml({
      name: q.key,
      question: q.text,
      values,
      labels: scaleLabels,
      value: answers[q.key],
      explanation: explanation ? { title: explanation.factorTitle, text: explanation.explanation, toggleLabel: tq('explain') } : undefined,
      missing: missingSet.has(q.key),
      missingLabel: t('missingOne'),
    });

  const commentField = (side: 'strain' | 'resource') =>
    html`<div class="rounded-card border border-border bg-surface shadow-card p-4 sm:p-5">
      <label for="comment-${side}" class="font-medium">${tq(`comment.${side}`)}</label>
      <p id="comment-${side}-warning" class="mt-1 text-sm text-amber-900">${tq('comment.warning')}</p>
      <textarea id="comment-${side}" name="comment-${side}" aria-describedby="comment-${side}-warning" maxlength="2000" rows="3" class="mt-2 w-full rounded-md border border-stone-400 p-2">
${comments[side]}</textarea>
    </div>`;

  const section = (id: string, part: number, accent: string, body: Html) =>
    html`<section aria-labelledby="${id}-heading" class="space-y-4">
      <div class="border-l-4 pl-3 ${accent}">
        <p class="text-sm font-medium text-[var(--color-muted)]">${tq('part', { part, parts: 4 })}</p>
        <h2 id="${id}-heading" class="text-xl font-semibold sm:text-2xl">${tq(`${id}.title`)}</h2>
        <p class="mt-1 text-[var(--color-muted)]">${tq(`${id}.intro`)}</p>
      </div>
      ${body}
    </section>`;

  // After a plain post: what happened, and for an incomplete submit every question still open, linked.
  const outcomeBox = outcome
    ? outcome === 'saved'
      ? html`<div id="form-status" role="status" tabindex="-1" class="rounded-md border border-[var(--color-resource)] bg-[var(--color-resource-soft)] p-3 font-medium">${tf('outcome.saved')}</div>`
      : html`<div id="form-status" role="alert" tabindex="-1" class="rounded-md border border-red-300 bg-red-50 p-3">
          <p class="font-semibold text-red-800">${tf(`outcome.${outcome}`, { count: missingInOrder.length })}</p>
          ${
            outcome === 'incomplete' && missingInOrder.length > 0
              ? html`<ul class="mt-2 list-disc space-y-1 pl-5">
                  ${missingInOrder.map((key) => html`<li><a href="#${questionId(key)}" class="underline underline-offset-2">${textOf.get(key) ?? key}</a></li>`)}
                </ul>`
              : null
          }
        </div>`
    : null;

  const gaps = missingInOrder.length;
  return html`<form
    id="questionnaire"
    data-testid="questionnaire"
    action="/api/r/${token}/form"
    method="post"
    class="space-y-12"
    novalidate
    data-api="/api/r/${token}"
    data-result="/r/${token}/result"
    data-storage="${storageKey}"
    data-submitted="${submitted ? 'true' : 'false'}"
  >
    <script type="application/json" id="questionnaire-labels">
      ${jsonBlock(labels)}
    </script>
    <div data-testid="questionnaire-bar" class="sticky top-0 z-20 -mx-4 border-b border-stone-300 bg-white px-4 py-2 shadow-sm sm:mx-0 sm:rounded-lg sm:border sm:py-3">
      <div class="text-sm sm:flex sm:items-baseline sm:justify-between sm:gap-4">
        <p class="font-semibold" data-progress>${t('progress', { answered, total: keys.length })}</p>
        <div class="text-xs sm:text-right sm:text-sm"><p role="status" aria-live="polite" class="text-[var(--color-muted)]" data-save-state="plain">${tf('statusPlain')}</p></div>
      </div>
      <div aria-hidden="true" class="mt-1.5 h-1.5 overflow-hidden rounded-full bg-stone-200">
        <div class="h-full rounded-full bg-[var(--color-brand)]" data-progress-bar style="width: ${percent}%"></div>
      </div>
      <div data-gaps class="${gaps > 0 ? 'mt-1 flex items-center justify-between gap-3' : ''}">
        <p role="alert" class="text-sm font-semibold text-red-800">${gaps > 0 ? t(gaps === 1 ? 'submit.gaps.one' : 'submit.gaps.other', { count: gaps }) : null}</p>
      </div>
    </div>
    ${outcomeBox} ${section('strains', 1, 'border-[var(--color-strain)]', html`${view.strains.map((q) => question(q, ONE_TO_FIVE, view.strainLabels, q))}${commentField('strain')}`)}
    ${section('resources', 2, 'border-[var(--color-resource)]', html`${view.resources.map((q) => question(q, ONE_TO_FIVE, view.resourceLabels, q))}${commentField('resource')}`)}
    ${section('relations', 3, 'border-stone-500', html`${view.relations.map((r) => question(r, MINUS_TWO_TO_TWO, view.relationLabels))}`)}
    ${section('overall', 4, 'border-[var(--color-brand)]', question(view.overall, ONE_TO_FIVE, view.overall.labels))}
    <div class="rounded-card border border-border bg-surface shadow-card p-4 sm:p-5">
      <div class="sm:flex sm:items-center sm:justify-between sm:gap-6">
        <p class="text-[var(--color-muted)]">${t(submitted ? 'submit.changesHint' : 'submit.hint')}</p>
        <div class="mt-3 flex shrink-0 flex-col gap-2 sm:mt-0">
          <button
            type="submit"
            name="intent"
            value="submit"
            data-submit
            class="min-h-11 w-full shrink-0 rounded-md bg-[var(--color-brand)] px-5 py-2.5 font-semibold text-white hover:bg-blue-950 disabled:opacity-60 sm:w-auto"
          >
            ${t(submitted ? 'submit.saveChanges' : 'submit.label')}
          </button>
          ${submitted ? null : html`<button type="submit" name="intent" value="save" data-plain-only class="min-h-11 w-full shrink-0 rounded-md border border-[var(--color-brand)] px-5 py-2.5 font-medium text-[var(--color-brand)] hover:bg-stone-50 sm:w-auto">${tf('save')}</button>`}
        </div>
      </div>
      <p data-plain-only class="mt-3 text-sm">${tf('noScript')}</p>
    </div>
  </form>`;
}
