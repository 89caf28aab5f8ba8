import 'server-only';
import { NextResponse } from 'next/server';
import { toAppError } from '@/lib/platform/errors';
import { localizedErrorMessage } from '@/lib/platform/i18n/error-message';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** The one mapper from anything thrown to the API's error shape. */
export function apiErrorResponse(error: unknown): NextResponse<ApiErrorBody> {
  const appError = toAppError(error);
  // A full line of saves refused on purpose (lib/platform/db/turn-queue.ts: a 503 with no cause)
  // is the server protecting itself, not a fault; the line says once that it is refusing.
  const refusedUnderLoad = appError.code === 'service_unavailable' && appError.cause === undefined;
  if (appError.status >= 500 && !refusedUnderLoad) {
    // Logged for operators with its cause; the client only ever sees the generic message.
    console.error(`[api] ${appError.code}`, appError.cause ?? appError);
  }
  // The API speaks English; the same keys give the UI its Danish.
  const body: ApiErrorBody = { error: { code: appError.code, message: localizedErrorMessage(appError, 'en') } };
  if (appError.details !== undefined) body.error.details = appError.details;
  const headers = appError.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(appError.retryAfterSeconds) };
  return NextResponse.json(body, { status: appError.status, headers });
}
