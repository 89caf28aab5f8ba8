import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from './errors';

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const error = new AppError('conflict', { userMessage: 'E-mail already used.' });
    expect(toAppError(error)).toBe(error);
  });

  it('turns a unique-constraint violation into a 409 without echoing SQL', () => {
    const mapped = toAppError(Object.assign(new Error('Unique constraint failed on the fields: (`email`)'), { code: 'P2002' }));
    expect(mapped.status).toBe(409);
    expect(mapped.userMessage).not.toMatch(/constraint|email/);
  });

  it('turns a refused connection into 503 service_unavailable', () => {
    const refused = new Error('outer', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) });
    expect(toAppError(refused).code).toBe('service_unavailable');
  });

  it('turns a transaction that found no connection in time (P2028) into 503 with a time to retry', () => {
    const mapped = toAppError(Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' }));
    expect(mapped.status).toBe(503);
    expect(mapped.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('hides an unknown error behind a generic internal message', () => {
    const mapped = toAppError(new Error('relation "Secret" does not exist'));
    expect(mapped.status).toBe(500);
    expect(mapped.userMessage).not.toContain('Secret');
  });
});
