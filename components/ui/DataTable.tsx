import type { ReactNode } from 'react';

/** A column header; `hidden` keeps it for screen readers only (a column of row actions). */
export type DataTableColumn = string | { label: string; hidden: true };

/**
 * The app's list tables (leaders, members, audit log, API keys, APV overview): one frame, a
 * caption for screen readers, column headers with scope, and the rows as children — so every
 * list scrolls, reads and is announced the same way.
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: DataTableColumn[]; children: ReactNode }) {
  // relative: screen-reader-only text in a cell (position: absolute) must scroll with the table, not widen the page.
  return (
    <div className="relative overflow-x-auto rounded-card border border-border bg-surface shadow-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            {columns.map((column) => {
              const label = typeof column === 'string' ? column : column.label;
              return (
                <th key={label} scope="col" className="px-4 py-2 font-semibold">
                  {typeof column === 'string' ? label : <span className="sr-only">{label}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
