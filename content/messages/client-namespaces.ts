/**
 * The parts of the message catalogue that client components read, per area of the app: each
 * area's layout renders `<ClientIntlProvider area="…">`, and its pages' HTML carries these
 * namespaces and no others (decision 0019). Server components translate on the server and send
 * text, so their namespaces stay off this list. client-namespaces.test.ts walks each route's
 * imports and fails when a client component reads a namespace its area does not list, or when
 * an area lists one that none of its client components reads.
 */
export const clientNamespaces = {
  /** Sign-in and sign-up (app/(auth)). */
  signIn: ['auth.errors', 'auth.signIn', 'auth.signUp', 'signInFlow'],
  /** Staff pages outside the areas below (overview, audit, shared with me …): locale and time zone only. */
  staff: [],
  actionPlan: ['actionPlan.create', 'actionPlan.edit', 'actionPlan.error', 'actionPlan.fields', 'actionPlan.priority', 'actionPlan.status'],
  apv: ['apv.approvals', 'apv.comments', 'apv.error', 'apv.form', 'apv.sections', 'results.chart'],
  groups: ['groups'],
  leaders: ['import', 'leaders'],
  members: ['members'],
  results: ['commentRules.redact', 'heatmapLoad', 'participation.heatmap', 'results.chart', 'results.comments', 'results.error', 'results.heatmap'],
  rounds: ['commentRules.form', 'roundApproval.request', 'roundCopy', 'rounds.extend', 'rounds.form', 'rounds.remind'],
  settings: ['apiKeys', 'dataProtection.deleteOrganisation', 'dataProtection.export', 'dataProtection.retention', 'mails.settings', 'scim', 'sso.form'],
  workshop: ['actionPlan.create', 'actionPlan.fields', 'actionPlan.priority', 'actionPlan.status', 'results.chart', 'workshop.error', 'workshop.notes', 'workshop.present', 'workshop.timer'],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesArea = keyof typeof clientNamespaces;
