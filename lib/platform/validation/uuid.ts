const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can name nothing: it is answered like an unknown one (404), never with a database error. */
export function isUuid(value: string): boolean {
  // Also the arguments of server actions, which anyone can send as any type.
  return typeof value === 'string' && uuidPattern.test(value);
}
