'use client';

import { useTranslations } from 'next-intl';
import { createContext, useActionState, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { submitWithoutReset } from '@/components/ui/submit-without-reset';
import { formState } from '@/components/groups/form-state';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { ActionFormOptions } from '@/lib/domains/action-plan/options';
import { ActionFields } from './ActionFields';

type CreateAction = (previous: ActionResult<{ id: string; title: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string; title: string }>>;

/** Where a new action comes from: a dialogue question, a chart or a note — named so the form can say so. */
export interface ActionSource {
  key: string;
  label: string;
  factorKey?: string;
}

/**
 * Which group a new action is for: the page's one group (the workshop), or a choice among the
 * groups the planner reaches (the plan; '' is the whole organisation).
 */
export type ActionGroup = { groupId: string } | { choices: { value: string; label: string }[]; defaultValue: string };

const OpenContext = createContext<((source: ActionSource | null) => void) | null>(null);

/** The plan's own "new action" button: an action that comes from no particular question or chart. */
export function NewActionButton({ label }: { label: string }) {
  const open = useContext(OpenContext);
  if (!open) return null;
  return (
    <button type="button" onClick={() => open(null)} className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950">
      <span aria-hidden="true">＋ </span>
      {label}
    </button>
  );
}

/** A button beside a question, chart or note that opens the page's one "new action" dialog for it. */
export function CreateActionButton({ source, label }: { source: ActionSource; label: string }) {
  const open = useContext(OpenContext);
  if (!open) return null;
  return (
    <button type="button" onClick={() => open(source)} className="rounded-md border border-[var(--color-brand)] px-3 py-1.5 text-sm font-medium text-[var(--color-brand)] hover:bg-blue-50">
      <span aria-hidden="true">＋ </span>
      {label}
    </button>
  );
}

function ActionForm({
  action,
  roundId,
  group,
  source,
  options,
  onDone,
  onCancel,
}: {
  action: CreateAction;
  roundId: string;
  group: ActionGroup;
  source: ActionSource | null;
  options: ActionFormOptions;
  onDone: (title: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('actionPlan.create');
  const tFields = useTranslations('actionPlan.fields');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('fixErrors'));
  useEffect(() => {
    if (state?.ok) onDone(state.data.title);
  }, [state, onDone]);
  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-4">
      <input type="hidden" name="roundId" value={roundId} />
      {source ? <input type="hidden" name="sourceKey" value={source.key} /> : null}
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      {'groupId' in group ? (
        <input type="hidden" name="groupId" value={group.groupId} />
      ) : (
        <div>
          <label htmlFor={`${id}-groupId`} className="block font-medium">
            {tFields('group')}
          </label>
          <select id={`${id}-groupId`} name="groupId" defaultValue={values.groupId ?? group.defaultValue} className={inputClass} {...describedBy(`${id}-groupId-error`, fieldErrors.groupId)}>
            {group.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-groupId-error`} messages={fieldErrors.groupId} />
        </div>
      )}
      <ActionFields id={id} values={{ factorKey: source?.factorKey ?? '', ...values }} errors={fieldErrors} options={options} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={t('submitting')} pending={pending}>
          {t('submit')}
        </SubmitButton>
        <button type="button" onClick={onCancel} className="rounded-md border border-stone-400 px-4 py-2 font-medium">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The page's one "new action" dialog (a modal <dialog>: focus stays inside, Escape closes, focus
 * returns to the button that opened it). Each opening gets a fresh form; a created action is
 * announced, and the page's plan refreshes from the server.
 */
export function ActionDialogProvider({ action, roundId, group, options, children }: { action: CreateAction; roundId: string; group: ActionGroup; options: ActionFormOptions; children: ReactNode }) {
  const t = useTranslations('actionPlan.create');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // null while closed; the source is null for an action that comes from no question or chart.
  const [opening, setOpening] = useState<{ source: ActionSource | null } | null>(null);
  const [generation, setGeneration] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const titleId = useId();

  const open = useCallback((source: ActionSource | null) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpening({ source });
    setGeneration((g) => g + 1);
    setCreated(null);
    dialog.current?.showModal();
  }, []);
  const close = useCallback(() => dialog.current?.close(), []);
  const done = useCallback((title: string) => {
    setCreated(title);
    dialog.current?.close();
  }, []);

  return (
    <OpenContext.Provider value={open}>
      {children}
      {/* Always in the page, so the announcement is heard; shown as a notice once there is one. */}
      <div role="status" className={created ? 'fixed bottom-4 right-4 z-40 max-w-sm rounded-md border border-teal-300 bg-teal-50 p-3 text-sm text-teal-900 shadow' : 'sr-only'}>
        {created ? t('done', { title: created }) : ''}
      </div>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => opener.current?.focus()}
        className="m-auto w-full max-w-2xl rounded-xl border border-stone-300 p-0 shadow-xl backdrop:bg-stone-900/50"
      >
        <div className="max-h-[85vh] overflow-y-auto p-6">
          <h2 id={titleId} className="text-xl font-semibold">
            {t('title')}
          </h2>
          {opening?.source ? <p className="mt-1 text-sm text-[var(--color-muted)]">{t('from', { source: opening.source.label })}</p> : null}
          <div className="mt-4">
            {opening ? <ActionForm key={generation} action={action} roundId={roundId} group={group} source={opening.source} options={options} onDone={done} onCancel={close} /> : null}
          </div>
        </div>
      </dialog>
    </OpenContext.Provider>
  );
}
