import { z } from 'zod';
import { emailSchema } from '@/lib/domains/organisations/schemas';
import { pageQuerySchema } from '@/lib/platform/validation/pagination';

/**
 * Leader input, shared by the HR forms, the CSV import and the public API. E-mails are trimmed
 * and lower-cased here, once, so "Anne@Kommune.dk " and "anne@kommune.dk" are the same leader.
 */

export const LEADER_NAME_MAX = 120;

export const leaderNameSchema = z.string('validation.required').trim().min(1, 'validation.required').max(LEADER_NAME_MAX, 'validation.tooLong');
export const leaderEmailSchema = emailSchema;
export const leaderLocaleSchema = z.enum(['da', 'en'], 'validation.invalid');

export const EMPLOYEE_NUMBER_MAX = 64;
/**
 * The HR system's employee number, compared as text exactly as written once trimmed: "00123" and
 * "123" are two numbers (guessing that Excel dropped a zero could join two people).
 */
export const employeeNumberSchema = z.string('validation.invalid').trim().min(1, 'validation.required').max(EMPLOYEE_NUMBER_MAX, 'validation.tooLong');

/** Forms send "" for an untouched optional field; here that means "none". */
const blankToNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);

const formFields = {
  name: leaderNameSchema,
  email: leaderEmailSchema,
  // An unchosen group is "required", not "invalid".
  groupId: z.string('validation.required').trim().min(1, 'validation.required').pipe(z.uuid('validation.invalid')),
  managerEmail: z.preprocess(blankToNull, leaderEmailSchema.nullable()),
  locale: z.preprocess(blankToNull, leaderLocaleSchema.nullable()),
  employeeNumber: z.preprocess(blankToNull, employeeNumberSchema.nullable()),
};

export const createLeaderFormSchema = z.object(formFields);
export const updateLeaderFormSchema = z.object({ leaderId: z.uuid('validation.invalid'), ...formFields });
export const leaderIdSchema = z.object({ leaderId: z.uuid('validation.invalid') });

/** A leader as the domain takes it. */
export interface LeaderInput {
  name: string;
  email: string;
  groupId: string;
  managerEmail: string | null;
  locale: 'da' | 'en' | null;
  /** Left out: none (on create) or unchanged (on update). */
  employeeNumber?: string | null;
  /** The identity provider's id, set only by SCIM provisioning (lib/edges/scim). */
  scimExternalId?: string | null;
}
export type LeaderPatch = Partial<LeaderInput>;

// ─── Public API v1 ────────────────────────────────────────────────────────────────────

export const createLeaderBodySchema = z.object({
  name: leaderNameSchema.meta({ example: 'Anne Jensen' }),
  email: leaderEmailSchema.meta({ description: 'Unique within the organisation; stored lower-cased', example: 'anne.jensen@kommune.dk' }),
  groupId: z.uuid('validation.invalid').meta({ description: 'The leader group the leader belongs to' }),
  managerEmail: leaderEmailSchema.nullable().optional().meta({ description: "The leader's own manager, if any" }),
  locale: leaderLocaleSchema.nullable().optional().meta({ description: "The leader's language for mails and the questionnaire; the organisation's default when left out" }),
  employeeNumber: employeeNumberSchema
    .nullable()
    .optional()
    .meta({ description: "The HR system's employee number, trimmed; unique within the organisation when set (archived leaders included). The CSV import matches on it", example: '104233' }),
});

export const updateLeaderBodySchema = createLeaderBodySchema.partial().refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: 'validation.nothingToChange' });

export const leaderSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  groupId: z.uuid(),
  managerEmail: z.string().nullable(),
  locale: z.enum(['da', 'en']).nullable(),
  employeeNumber: z.string().nullable(),
  archivedAt: z.iso.datetime().nullable().meta({ description: 'When the leader was archived; null while they are active' }),
  updatedAt: z.iso.datetime(),
});

export const listLeadersQuerySchema = pageQuerySchema.extend({
  groupId: z.uuid('validation.invalid').optional().meta({ description: 'Only leaders in this group and the groups below it' }),
});
