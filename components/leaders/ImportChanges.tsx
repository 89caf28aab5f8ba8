'use client';

import { useTranslations } from 'next-intl';
import type { ImportPreview } from '@/lib/domains/leaders/import/check-rows';

/** The leaders on the list shown before "and N more": enough to recognise the list, not a wall of names. */
const MISSING_SHOWN = 50;

/**
 * What the import will do to the leaders already on file, in words: how many are new, changed or
 * moved, and — since a full export from the HR system is the whole list — the active leaders the
 * file leaves out, which HR may choose to archive. Nothing is archived unless that box is ticked.
 */
export function ImportChanges({ preview, formId, archive, onArchiveChange }: { preview: ImportPreview; formId: string; archive: boolean; onArchiveChange: (archive: boolean) => void }) {
  const t = useTranslations('import.changes');
  const { counts, missing } = preview;
  const shown = missing.slice(0, MISSING_SHOWN);
  const emailChanges = preview.rows.filter((row) => row.changes.includes('email')).length;
  return (
    <div className="space-y-4">
      {counts.update + counts.unchanged > 0 ? <p>{t('summary', { add: counts.add, update: counts.update, move: counts.move, unchanged: counts.unchanged })}</p> : null}
      {emailChanges > 0 ? <p className="font-medium">{t('emailChanges', { count: emailChanges })}</p> : null}
      {missing.length > 0 ? (
        <fieldset className="space-y-3 rounded-card border border-amber-300 bg-amber-50 p-4">
          <legend className="px-1 font-semibold">{t('missingTitle', { count: missing.length })}</legend>
          <p className="text-sm">{t('missingLead')}</p>
          <ul className="max-h-48 list-disc space-y-1 overflow-auto pl-5 text-sm">
            {shown.map((leader) => (
              <li key={leader.id}>
                {leader.name}{' '}
                <span className="text-[var(--color-muted)]">
                  ({leader.email}, {leader.groupPath})
                </span>
              </li>
            ))}
          </ul>
          {missing.length > MISSING_SHOWN ? <p className="text-sm text-[var(--color-muted)]">{t('missingMore', { count: missing.length - MISSING_SHOWN })}</p> : null}
          <label className="flex items-start gap-2 font-medium">
            <input type="checkbox" form={formId} checked={archive} onChange={(e) => onArchiveChange(e.target.checked)} className="mt-1 h-4 w-4" />
            {t('archive', { count: missing.length })}
          </label>
          {archive ? <input type="hidden" form={formId} name="archiveIds" value={missing.map((leader) => leader.id).join(',')} /> : null}
        </fieldset>
      ) : null}
    </div>
  );
}
