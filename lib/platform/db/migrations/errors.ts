/** What went wrong, so callers (start script, tests) can react without parsing messages. */
export type MigrationErrorKind = 'invalid-url' | 'unreachable' | 'connection' | 'migrations-folder' | 'lock-timeout' | 'not-empty' | 'edited' | 'failed' | 'resolve' | 'schema-engine' | 'usage';

/**
 * A migration problem explained for the person running the command. The message is one line
 * (details such as failure logs stay in `_prisma_migrations` or in `cause`), so it reads well
 * in a terminal and in a server's start log.
 */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  readonly kind: MigrationErrorKind;
  /** The migration the problem is about, when there is one. */
  readonly migrationName: string | undefined;

  constructor(kind: MigrationErrorKind, message: string, options: { migrationName?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.migrationName = options.migrationName;
  }
}
