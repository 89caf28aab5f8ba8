/**
 * The one error type domain code throws. It carries a stable machine code, the HTTP status the
 * API answers with, and a message safe to show a user. lib/platform/http/api-error-response.ts maps it
 * to the API's {error:{code,message,details}} shape; nothing else builds that shape.
 */
export const errorCodes = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** Opening a round needs a second person's approval it does not have (lib/domains/rounds/approval.ts). */
  approval_required: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface AppErrorOptions {
  userMessage?: string;
  /** A catalogue key (content/messages) for the message, so the UI can show it in the user's language. */
  messageKey?: string;
  messageValues?: Record<string, string | number>;
  details?: unknown;
  cause?: unknown;
  /** For rate_limited: when to try again (the API's Retry-After header). */
  retryAfterSeconds?: number;
}

const defaultMessages: Record<ErrorCode, string> = {
  validation_failed: 'The request is invalid.',
  unauthenticated: 'Sign in or provide a valid API key.',
  forbidden: 'You do not have permission to do this.',
  not_found: 'Not found.',
  conflict: 'This conflicts with existing data.',
  approval_required:
    "The round opens only after a MED/AMO member who did not create it has approved who it invites in each group. Any change to the round's groups or leaders after an approval voids it.",
  payload_too_large: 'The request is too large.',
  rate_limited: 'Too many requests. Try again later.',
  internal: 'Something went wrong on our side. Nothing was changed.',
  service_unavailable: 'The service is temporarily unavailable. Try again shortly.',
};

export class AppError extends Error {
  readonly status: number;
  readonly userMessage: string;
  readonly details: unknown;
  readonly messageKey: string;
  readonly messageValues: Record<string, string | number> | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(options.userMessage ?? defaultMessages[code], { cause: options.cause });
    this.name = 'AppError';
    this.status = errorCodes[code];
    this.userMessage = options.userMessage ?? defaultMessages[code];
    this.details = options.details;
    this.messageKey = options.messageKey ?? (options.userMessage ? '' : `errors.codes.${code}`);
    this.messageValues = options.messageValues;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Another organisation's record and a missing one look the same: confirming it exists would leak. */
export function notFound(what = 'Not found.'): AppError {
  return new AppError('not_found', { userMessage: what });
}

/** A refusal because the thing is in the wrong state for the action (HTTP 409), e.g. a round that is not open. */
export function wrongState(messageKey: string): AppError {
  return new AppError('conflict', { messageKey });
}

const prismaCodeMap: Record<string, ErrorCode> = {
  P2002: 'conflict', // unique constraint
  P2003: 'conflict', // foreign key
  P2025: 'not_found', // record to update/delete not found
};

/**
 * Turns anything thrown into an AppError. Raw Prisma/SQL errors never reach a user: known codes
 * become their AppError, connection failures and a transaction that could not start become
 * service_unavailable (with Retry-After), the rest internal.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in prismaCodeMap) return new AppError(prismaCodeMap[code]!, { cause: error });
  // P2028: an interactive transaction found no free connection within its maxWait. Like a
  // refused connection, it is worth retrying shortly, and the answer says when.
  if (code === 'P2028' || isConnectionError(error)) return new AppError('service_unavailable', { cause: error, retryAfterSeconds: 5 });
  return new AppError('internal', { cause: error });
}

const connectionErrorCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', '57P01', '57P03', 'P1001', 'P1017']);

export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && connectionErrorCodes.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect/i.test(message)) return true;
  }
  return false;
}
