/**
 * Danish alphabetical order (æ, ø, å after z), for every list of names the product sorts.
 * One collator each, made once: `String.prototype.localeCompare` with a locale builds a new
 * collator on every call, which made sorting a 1,000-group tree cost ~90 ms instead of ~2 ms
 * (issue 19).
 */
const danish = new Intl.Collator('da');
const danishIgnoringCase = new Intl.Collator('da', { sensitivity: 'base' });

/** The same order as localeCompare with 'da'. */
export const compareDanish = (a: string, b: string): number => danish.compare(a, b);

/** The same with sensitivity 'base': case and accents do not set two names apart. */
export const compareDanishIgnoringCase = (a: string, b: string): number => danishIgnoringCase.compare(a, b);
