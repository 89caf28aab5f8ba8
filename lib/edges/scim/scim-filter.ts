import 'server-only';
import { SCIMMY } from './scimmy';

/**
 * A SCIM filter, parsed by scimmy, narrowed to what we answer: one attribute compared with
 * `eq` to a string — what an identity provider asks to match a person or a group
 * (`userName eq "anne@kommune.dk"`, `externalId eq "…"`, `displayName eq "Sundhed"`). Anything
 * else — another operator, `and`/`or`/`not`, an attribute we do not store — is SCIM's 400
 * invalidFilter, never a list that silently ignores part of the question.
 */
export function equalityFilter<F extends string>(filter: string | null, attributes: Record<string, F>): { field: F; value: string } | null {
  if (filter === null || filter.trim() === '') return null;
  const parsed = new SCIMMY.Types.Filter(filter);
  const supported = Object.keys(attributes).join(', ');
  const refuse = (why: string) => new SCIMMY.Types.Error(400, 'invalidFilter', `${why} Filter on one of ${supported} with "eq", e.g. ${Object.keys(attributes)[0]} eq "…".`);
  if (parsed.length !== 1) throw refuse('Filters joined with "or" are not supported.');
  const entries = Object.entries(parsed[0] as Record<string, unknown>);
  if (entries.length !== 1) throw refuse('Filters joined with "and" are not supported.');
  const [attribute, comparison] = entries[0]!;
  const field = Object.entries(attributes).find(([name]) => name.toLowerCase() === attribute.toLowerCase())?.[1];
  if (!field) throw refuse(`Filtering on "${attribute}" is not supported.`);
  if (!Array.isArray(comparison) || comparison.length !== 2 || comparison[0] !== 'eq' || typeof comparison[1] !== 'string') throw refuse(`Only "${attribute} eq" with a string value is supported.`);
  return { field, value: comparison[1] };
}

/** SCIM paging (RFC 7644, section 3.4.2.4): 1-based startIndex, count capped at what we serve at once. */
export const SCIM_MAX_RESULTS = 200;

export function pageOf(searchParams: URLSearchParams): { startIndex: number; count: number } {
  const number = (name: string, fallback: number) => {
    const raw = searchParams.get(name);
    if (raw === null || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value)) throw new SCIMMY.Types.Error(400, 'invalidValue', `"${name}" must be a whole number.`);
    return value;
  };
  // Out-of-range values are read as the nearest allowed one, as the RFC asks, not refused.
  return { startIndex: Math.max(1, number('startIndex', 1)), count: Math.min(SCIM_MAX_RESULTS, Math.max(0, number('count', 100))) };
}

/** Whether the client left out an attribute (excludedAttributes=members, as Entra asks of groups). */
export function excludes(searchParams: URLSearchParams, attribute: string): boolean {
  return (searchParams.get('excludedAttributes') ?? '').split(',').some((name) => name.trim().toLowerCase() === attribute.toLowerCase());
}
