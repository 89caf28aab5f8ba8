'use client';

import { Check, TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { ImportPreview, PreviewRow } from '@/lib/domains/leaders/import/check-rows';

/** Enough to find and fix problems without making the browser draw 5,000 rows. */
const MAX_SHOWN = 500;

/** Every row with its problems as text (never colour alone), numbered as a spreadsheet numbers them. */
export function ImportPreviewTable({ preview, onlyProblems }: { preview: ImportPreview; onlyProblems: boolean }) {
  const t = useTranslations('import');
  const rows = onlyProblems ? preview.rows.filter((r) => r.problems.length > 0) : preview.rows;
  const shown = rows.slice(0, MAX_SHOWN);
  const cell = (row: PreviewRow, column: PreviewRow['problems'][number]['column'], value: string) => {
    const bad = row.problems.some((p) => p.column === column);
    return <td className={`px-3 py-2 align-top ${bad ? 'font-medium text-red-900 underline decoration-red-700 decoration-wavy' : ''}`}>{value}</td>;
  };
  return (
    <div className="space-y-2">
      {rows.length > MAX_SHOWN ? <p className="text-sm text-[var(--color-muted)]">{t('table.truncated', { shown: MAX_SHOWN, total: rows.length })}</p> : null}
      <div className="rounded-card border border-border bg-surface p-6 shadow-card max-h-[36rem] overflow-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('table.caption')}</caption>
          <thead className="sticky top-0 border-b border-stone-200 bg-stone-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('table.row')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('table.name')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('table.email')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('table.group')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('table.managerEmail')}
              </th>
              {preview.keyedByEmployeeNumber ? (
                <th scope="col" className="px-3 py-2">
                  {t('table.employeeNumber')}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2">
                {t('table.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.row} className={`border-b border-stone-100 last:border-0 ${row.problems.length > 0 ? 'bg-red-50' : ''}`}>
                <th scope="row" className="px-3 py-2 align-top font-normal tabular-nums">
                  {row.row}
                </th>
                {cell(row, 'name', row.name)}
                {cell(row, 'email', row.email)}
                {cell(row, 'group', row.groupPath ?? row.group)}
                {cell(row, 'managerEmail', row.managerEmail)}
                {preview.keyedByEmployeeNumber ? cell(row, 'employeeNumber', row.employeeNumber) : null}
                <td className="px-3 py-2 align-top">
                  {row.problems.length === 0 ? (
                    <span className="text-teal-900">
                      <Check aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                      {row.outcome === 'update'
                        ? t('table.update', { changes: row.changes.map((change) => t(`table.changed.${change}`, { previous: row.previousEmail ?? '' })).join(', ') })
                        : t(`table.${row.outcome ?? 'add'}`)}
                    </span>
                  ) : (
                    <ul className="space-y-1 text-red-900">
                      {row.problems.map((problem) => (
                        <li key={`${problem.code}-${problem.column}`}>
                          <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                          {t(`problems.${problem.code}`, problem.values ?? {})}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
