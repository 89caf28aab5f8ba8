import type { DatabaseError } from 'pg';

/**
 * The `logs` Prisma writes for a migration that failed (its P3018 ApplyMigrationError text),
 * minus Rust's debug dump of the error and the terminal colour codes around the position.
 */
export function failureLogs(migrationName: string, script: string, error: unknown): string {
  const dbError = asDatabaseError(error);
  const code = dbError?.code ?? 'none';
  const text = dbError === undefined ? String(error instanceof Error ? error.message : error) : describe(dbError, script);
  return [
    'A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve',
    '',
    `Migration name: ${migrationName}`,
    '',
    `Database error code: ${code}`,
    '',
    'Database error:',
    text,
    '',
  ].join('\n');
}

/** The one line a person needs first: the server's message and where in the file it points. */
export function failureSummary(script: string, error: unknown): string {
  const dbError = asDatabaseError(error);
  if (dbError === undefined) return error instanceof Error ? error.message : String(error);
  const line = dbError.position === undefined ? undefined : lineOf(script, Number(dbError.position));
  return `${dbError.message} (SQLSTATE ${dbError.code}${line === undefined ? '' : `, migration.sql line ${line}`})`;
}

function describe(error: DatabaseError, script: string): string {
  let text = `${error.severity ?? 'ERROR'}: ${error.message}`;
  if (error.detail) text += `\nDETAIL: ${error.detail}`;
  if (error.hint) text += `\nHINT: ${error.hint}`;
  if (error.position !== undefined) text += `\n\nPosition:\n${excerpt(script, Number(error.position))}`;
  return text;
}

/** The failing line with up to five lines before it, numbered as Prisma numbers them. */
function excerpt(script: string, position: number): string {
  const lines = script.split('\n');
  const failing = lineOf(script, position) ?? lines.length;
  const first = Math.max(1, failing - 5);
  return lines
    .slice(first - 1, failing)
    .map((line, index) => `${String(first + index).padStart(3)}${line === '' ? '' : ` ${line}`}`)
    .join('\n');
}

/** PostgreSQL's position counts characters from 1; returns the 1-based line holding it. */
function lineOf(script: string, position: number): number | undefined {
  if (!Number.isFinite(position) || position < 1) return undefined;
  let end = 0;
  const lines = script.split('\n');
  for (let index = 0; index < lines.length; index++) {
    end += (lines[index]?.length ?? 0) + 1;
    if (position <= end) return index + 1;
  }
  return lines.length;
}

function asDatabaseError(error: unknown): DatabaseError | undefined {
  const candidate = error as Partial<DatabaseError> | null;
  return typeof candidate?.code === 'string' && typeof candidate.severity === 'string' ? (candidate as DatabaseError) : undefined;
}
