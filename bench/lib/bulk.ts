import type { ClientBase } from 'pg';

export interface Column {
  name: string;
  /** The PostgreSQL type of one value, e.g. uuid, text, int, timestamp(3), "Locale". */
  type: string;
}

/**
 * Multi-row INSERT through unnest(): one statement per slice of rows, each column sent as one
 * array parameter. Used only by the bench seed, for tables the product fills row by row.
 */
export async function insertRows(client: ClientBase, table: string, columns: Column[], rows: unknown[][], slice = 20_000): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const text = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += slice) {
    const part = rows.slice(start, start + slice);
    await client.query(
      text,
      columns.map((_, i) => part.map((row) => row[i])),
    );
  }
}
