/**
 * The parts of the message catalogue that client components read: all that staff and sign-in
 * pages send to the browser (components/layout/ClientIntlProvider.tsx, decision 0019). Server
 * components translate on the server and send text, so their namespaces stay off this list.
 * client-namespaces.test.ts fails when a client component reads a namespace not covered here.
 */
export const clientNamespaces = [
  // Section error boundaries (error.tsx, components/layout/SectionError.tsx)
  'actionPlan.error',
  'apv.error',
  'results.error',
  'workshop.error',
  // Sign-in and sign-up
  'auth.errors',
  'auth.signIn',
  'auth.signUp',
  'signInFlow',
  // Action plan
  'actionPlan.create',
  'actionPlan.edit',
  'actionPlan.fields',
  'actionPlan.priority',
  'actionPlan.status',
  // APV
  'apv.approvals',
  'apv.comments',
  'apv.form',
  'apv.sections',
  // Results dashboard
  'commentRules.redact',
  'heatmapLoad',
  'participation.heatmap',
  'results.comments',
  'results.heatmap',
  // Workshop
  'workshop.notes',
  'workshop.present',
  'workshop.timer',
  // Rounds
  'commentRules.form',
  'roundApproval.request',
  'roundCopy',
  'rounds.extend',
  'rounds.form',
  'rounds.remind',
  // Groups, leaders, import, members
  'groups',
  'import',
  'leaders',
  'members',
  // Settings and data protection
  'apiKeys',
  'dataProtection.deleteOrganisation',
  'dataProtection.export',
  'dataProtection.retention',
  'mails.settings',
  'scim',
  'sso.form',
] as const;
