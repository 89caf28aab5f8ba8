/** An action's statuses in the order a plan moves through them (the schema's ActionStatus). */
export const STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
