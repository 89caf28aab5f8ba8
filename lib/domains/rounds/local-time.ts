/**
 * Form dates are typed as wall-clock time in Denmark (<input type="datetime-local"> carries no
 * zone), whatever zone the server runs in. These convert between that and instants.
 */
export const ORGANISATION_TIME_ZONE = 'Europe/Copenhagen';

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** "2027-03-01T09:00" in Denmark → the instant; null for anything that is not such a value. */
export function parseLocalDateTime(value: string, timeZone = ORGANISATION_TIME_ZONE): Date | null {
  const match = localPattern.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s!);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d! || h! > 23 || mi! > 59) return null;
  // Two passes settle the offset across a daylight-saving change.
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** An instant as the value of a datetime-local input in Denmark ("2027-03-01T09:00"). */
export function toLocalDateTimeInput(date: Date, timeZone = ORGANISATION_TIME_ZONE): string {
  const shifted = new Date(date.getTime() + offsetMinutes(date.getTime(), timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
