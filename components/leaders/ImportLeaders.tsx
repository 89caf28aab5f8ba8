'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormMessage, inputClass } from '@/components/ui/Field';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { ImportPreview } from '@/lib/domains/leaders/import/check-rows';
import { decodeCsvFile } from './decode-csv-file';
import { ImportChanges } from './ImportChanges';
import { ImportPreviewTable } from './ImportPreviewTable';

type ImportCounts = { added: number; updated: number; archived: number };
type ImportResult = ActionResult<{ kind: 'preview'; preview: ImportPreview; changedMeanwhile?: boolean } | ({ kind: 'imported' } & ImportCounts)>;
type ImportAction = (previous: ImportResult | null, formData: FormData) => Promise<ImportResult>;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Upload or paste → check → import. The preview lives here in the browser; "Import" sends the
 * same text again and the server checks it once more before writing all rows in one go. Editing
 * the text after a check disables "Import" until it is checked again.
 */
export function ImportLeaders({ action, maxBytes, leadersHref }: { action: ImportAction; maxBytes: number; leadersHref: string }) {
  const t = useTranslations('import');
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const checkButton = useRef<HTMLButtonElement>(null);
  const [csv, setCsv] = useState('');
  const [checkedCsv, setCheckedCsv] = useState<string | null>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(true);
  const [archive, setArchive] = useState(false);
  const [dismissed, setDismissed] = useState<ImportResult | null>(null);
  const [result, formAction, pending] = useActionState<ImportResult | null, FormData>(async (previous, formData) => {
    const sent = String(formData.get('csv') ?? '');
    const next = await action(previous, formData);
    setCheckedCsv(sent);
    // A fresh check asks again whether to archive: the list of leaders left out may have changed.
    setArchive(false);
    if (next.ok && next.data.kind === 'imported') setCsv('');
    return next;
  }, null);
  const state = result === dismissed ? null : result;
  const preview = state?.ok && state.data.kind === 'preview' ? state.data.preview : null;
  const changedMeanwhile = state?.ok && state.data.kind === 'preview' && state.data.changedMeanwhile === true;
  const imported = state?.ok && state.data.kind === 'imported' ? state.data : null;
  const stale = preview !== null && checkedCsv !== csv;
  const changeCount = preview ? preview.counts.add + preview.counts.update + (archive ? preview.missing.length : 0) : 0;
  const onlyAdds = preview !== null && preview.counts.update + preview.counts.unchanged === 0 && !archive;
  const tooLarge = t('fileProblems.fileTooLarge', { limit: '1 MB' });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > maxBytes) {
      setLocalProblem(tooLarge);
      return;
    }
    const text = decodeCsvFile(await file.arrayBuffer());
    // The text lands in the box (where it can be corrected) and is checked at once.
    flushSync(() => {
      setCsv(text);
      setLocalProblem(null);
    });
    form.current?.requestSubmit(checkButton.current);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (byteLength(csv) > maxBytes) {
      event.preventDefault();
      setLocalProblem(tooLarge);
    } else setLocalProblem(null);
  }

  function cancel() {
    setDismissed(result);
    setCsv('');
    setCheckedCsv(null);
    setLocalProblem(null);
    setArchive(false);
    if (form.current) form.current.reset();
  }

  return (
    <div className="space-y-6">
      <form ref={form} id={`${id}-form`} action={formAction} onSubmit={onSubmit} noValidate className="rounded-card border border-border bg-surface p-6 shadow-card space-y-4">
        <h2 className="text-lg font-semibold">{t('input.title')}</h2>
        <div>
          <label htmlFor={`${id}-file`} className="block font-medium">
            {t('input.file')}
          </label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={onFile} aria-describedby={`${id}-file-hint`} className="mt-1 block text-sm" />
          <p id={`${id}-file-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('input.fileHint')}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-csv`} className="block font-medium">
            {t('input.text')}
          </label>
          <textarea
            id={`${id}-csv`}
            name="csv"
            rows={8}
            spellCheck={false}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            aria-describedby={`${id}-csv-hint`}
            className={`${inputClass} font-mono text-sm`}
          />
          <p id={`${id}-csv-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('input.textHint')}
          </p>
        </div>
        {localProblem ? <FormMessage tone="error">{localProblem}</FormMessage> : null}
        {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('failed')}</FormMessage> : null}
        <button
          ref={checkButton}
          type="submit"
          name="intent"
          value="preview"
          disabled={pending || csv.trim() === ''}
          className="rounded-md border border-[var(--color-brand)] bg-white px-4 py-2 font-medium text-[var(--color-brand)] hover:bg-blue-50 disabled:opacity-60"
        >
          {pending ? t('input.working') : t('input.check')}
        </button>
      </form>

      {imported !== null ? (
        <FormMessage tone="success">
          {imported.updated === 0 && imported.archived === 0 ? t('done', { count: imported.added }) : t('doneChanges', imported)}{' '}
          <Link href={leadersHref} className="underline underline-offset-4">
            {t('toLeaders')}
          </Link>
        </FormMessage>
      ) : null}

      {preview ? (
        <section aria-labelledby={`${id}-preview-title`} className="space-y-4">
          <h2 id={`${id}-preview-title`} className="text-lg font-semibold">
            {t('preview.title')}
          </h2>
          {preview.fileProblems.length > 0 ? (
            <FormMessage tone="error">
              {preview.fileProblems.map((problem) => (
                <span key={problem.code} className="block">
                  {t(`fileProblems.${problem.code}`, problem.values ?? {})}
                </span>
              ))}
            </FormMessage>
          ) : (
            <FormMessage tone={preview.problemRows > 0 ? 'warning' : 'success'}>
              {preview.problemRows > 0 ? t('preview.problems', { problems: preview.problemRows, total: preview.rows.length }) : t('preview.ready', { count: preview.rows.length })}
            </FormMessage>
          )}
          {changedMeanwhile ? <FormMessage tone="warning">{t('changes.changedMeanwhile')}</FormMessage> : null}
          {preview.ready ? <ImportChanges preview={preview} formId={`${id}-form`} archive={archive} onArchiveChange={setArchive} /> : null}
          {preview.ignoredColumns.length > 0 ? <p className="text-sm text-[var(--color-muted)]">{t('preview.ignoredColumns', { columns: preview.ignoredColumns.join(', ') })}</p> : null}
          {stale ? <p className="text-sm font-medium text-amber-900">{t('preview.stale')}</p> : null}

          <div className="flex flex-wrap items-center gap-3">
            <button
              type="submit"
              form={`${id}-form`}
              name="intent"
              value="commit"
              disabled={!preview.ready || stale || pending || changeCount === 0}
              aria-describedby={!preview.ready || changeCount === 0 ? `${id}-blocked` : undefined}
              className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950 disabled:cursor-not-allowed disabled:opacity-50"
            >
              {pending ? t('input.working') : onlyAdds ? t('preview.import', { count: preview.rows.length }) : t('preview.apply', { count: changeCount })}
            </button>
            <button type="button" onClick={cancel} className="rounded-md border border-stone-300 bg-white px-4 py-2">
              {t('preview.cancel')}
            </button>
            {!preview.ready || changeCount === 0 ? (
              <span id={`${id}-blocked`} className="text-sm text-[var(--color-muted)]">
                {preview.ready ? t('preview.nothingToChange') : t('preview.blocked')}
              </span>
            ) : null}
          </div>

          {preview.rows.length > 0 ? (
            <>
              {preview.problemRows > 0 ? (
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} className="h-4 w-4" />
                  {t('preview.onlyProblems')}
                </label>
              ) : null}
              <ImportPreviewTable preview={preview} onlyProblems={onlyProblems && preview.problemRows > 0} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
