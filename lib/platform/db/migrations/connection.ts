import 'server-only';
import pg from 'pg';
import { MigrationError } from './errors';

/** A parsed PostgreSQL connection string, described without its password for messages. */
export interface DatabaseTarget {
  connectionString: string;
  host: string;
  port: number;
  database: string;
  /** The `schema` URL parameter Prisma honours; `undefined` means the server's search_path. */
  schema: string | undefined;
  /** `host:port/database`, safe to print. */
  display: string;
}

const CONNECT_TIMEOUT_MS = 10_000;

export function parseConnectionString(connectionString: string, label = 'DATABASE_URL'): DatabaseTarget {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    throw new MigrationError('invalid-url', `${label} is not a valid connection URL; expected postgresql://user:password@host:5432/database`);
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new MigrationError('invalid-url', `${label} must start with postgresql:// (got ${url.protocol}//); expected postgresql://user:password@host:5432/database`);
  }
  // pg reads a socket directory from ?host=; otherwise the URL needs a host of its own.
  const host = url.hostname || url.searchParams.get('host') || '';
  if (host === '') {
    throw new MigrationError('invalid-url', `${label} has no host; expected postgresql://user:password@host:5432/database`);
  }
  const port = url.port === '' ? 5432 : Number(url.port);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username) || 'postgres';
  return {
    connectionString,
    host,
    port,
    database,
    schema: url.searchParams.get('schema') ?? undefined,
    display: `${host}:${port}/${database}`,
  };
}

/** Opens one connection and turns connection failures into one-line errors naming host:port. */
export async function connect(target: DatabaseTarget): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: target.connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'ledertrivsel-migrate',
  });
  // An error event on an idle client would otherwise crash the process; the next query reports it.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectionError(target, error);
  }
  if (target.schema !== undefined) {
    // Prisma puts its tables, _prisma_migrations included, in the URL's schema.
    await client.query(`SET search_path TO ${pg.escapeIdentifier(target.schema)}`);
  }
  return client;
}

function connectionError(target: DatabaseTarget, error: unknown): MigrationError {
  const where = `${target.host}:${target.port}`;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ECONNREFUSED':
      return new MigrationError('unreachable', `Cannot reach the database server at ${where} (connection refused); is PostgreSQL running there?`, { cause: error });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new MigrationError('unreachable', `Cannot reach the database server at ${where} (host not found)`, { cause: error });
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new MigrationError('unreachable', `Cannot reach the database server at ${where} (${code})`, { cause: error });
    case '3D000':
      return new MigrationError('connection', `Database "${target.database}" does not exist on ${where}; create it first`, { cause: error });
    case '28P01':
    case '28000':
      return new MigrationError('connection', `The database server at ${where} refused the credentials: ${message}`, { cause: error });
  }
  if (/timeout/i.test(message)) {
    return new MigrationError('unreachable', `Cannot reach the database server at ${where} (no answer within ${CONNECT_TIMEOUT_MS / 1000}s)`, { cause: error });
  }
  return new MigrationError('connection', `Cannot connect to the database at ${where}: ${message}`, { cause: error });
}
