/**
 * The surface most content sits on, as a class string in a module with no imports, so client
 * components (the questionnaire has a JavaScript budget) can use it without pulling in anything.
 */
export const cardClass = 'rounded-card border border-border bg-surface p-6 shadow-card';
