import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Every model that an organisation owns (it has an organisationId column). The scoping layer
 * puts the caller's organisation into every query on these; a unit test compares this list
 * with prisma/schema.prisma so a new tenant table cannot be forgotten.
 */
export const tenantModels: ReadonlySet<Prisma.ModelName> = new Set<Prisma.ModelName>([
  'Membership',
  'ManagerScope',
  'LeaderGroup',
  'Leader',
  'Round',
  'RoundGroup',
  'RoundGroupItemAggregate',
  'RoundGroupSideAggregate',
  'Invitation',
  'InvitationToken',
  'ReminderDelivery',
  'Response',
  'Answer',
  'ResponseComment',
  'DialogueNote',
  'WorkshopTimer',
  'ActionItem',
  'ActionReminderDelivery',
  'MailDelivery',
  'ApvRecord',
  'ApvComment',
  'ApvApproval',
  'AuditLogEntry',
  'SharedBalance',
  'RoundApproval',
  'PoolConcern',
  'ApiKey',
  'SsoConnection',
]);
