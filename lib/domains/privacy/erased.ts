/** What an erased leader's name becomes, wherever it was kept: no language, no person. */
export const ERASED_NAME = '—';
