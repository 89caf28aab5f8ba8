/**
 * A server action is an endpoint anyone can call by hand, with any arguments React's wire format
 * can carry: an action that expects a form gets nothing else, or a TypeError would be a 500.
 */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}
