import { AppError } from '@/lib/platform/errors';
import { assertStorableText } from '@/lib/platform/validation/safe-text';

/** Bodies larger than this are refused before they are parsed. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** A request's JSON body, or a clean 400/413: malformed or oversized input never reaches a handler. */
export async function readJson(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new AppError('payload_too_large');
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError('payload_too_large');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', { userMessage: 'The request body is not valid JSON.' });
  }
  assertStorableText(parsed);
  return parsed;
}
