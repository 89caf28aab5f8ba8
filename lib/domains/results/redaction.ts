/**
 * The comment with every occurrence of the phrase replaced by the marker, or null when the phrase
 * does not occur. Upper and lower case do not matter, and any run of spaces or line breaks in the
 * phrase matches any run in the comment: what a moderator retypes from the screen is found.
 */
export function redactPhrase(body: string, phrase: string, marker: string): string | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  const redacted = body.replace(pattern, marker);
  return redacted === body ? null : redacted;
}
