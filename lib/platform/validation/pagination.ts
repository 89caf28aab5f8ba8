import { z } from 'zod';

export const PAGE_LIMIT_DEFAULT = 100;
export const PAGE_LIMIT_MAX = 500;

/**
 * The query every list of the public API takes. A page ends at `limit` items and names the
 * cursor of the next one; a mirror that syncs asks for `status=all&updatedSince=<its last run>`,
 * so archived records reach it as changes rather than silently disappearing from the list.
 */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number('validation.invalid')
    .int('validation.invalid')
    .min(1, 'validation.invalid')
    .max(PAGE_LIMIT_MAX, 'validation.invalid')
    .default(PAGE_LIMIT_DEFAULT)
    .meta({ description: `Items per page, 1–${PAGE_LIMIT_MAX}`, example: PAGE_LIMIT_DEFAULT }),
  cursor: z.uuid('validation.invalid').optional().meta({ description: 'The `nextCursor` of the previous page' }),
  updatedSince: z.iso
    .datetime({ offset: true, error: 'validation.invalid' })
    .optional()
    .meta({ description: 'Only records created or changed at or after this instant (ISO 8601)', example: '2027-01-01T00:00:00Z' }),
  status: z.enum(['active', 'archived', 'all'], 'validation.invalid').default('active').meta({ description: 'Active records (default), archived ones, or both' }),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** A page of a list: `nextCursor` is null on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.uuid().nullable() });

/**
 * Cuts one page from rows already in list order, after the row whose id is the cursor. A cursor
 * that names no row is refused rather than restarting at the top, which would hand a mirror
 * the same rows twice without telling it.
 */
export function pageAfter<T extends { id: string }>(rows: readonly T[], query: Pick<PageQuery, 'limit' | 'cursor'>): { items: T[]; nextCursor: string | null } | null {
  let start = 0;
  if (query.cursor !== undefined) {
    const at = rows.findIndex((row) => row.id === query.cursor);
    if (at === -1) return null;
    start = at + 1;
  }
  const items = rows.slice(start, start + query.limit);
  const more = start + query.limit < rows.length;
  return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
}
