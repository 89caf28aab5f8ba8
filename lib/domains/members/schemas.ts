import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { emailSchema } from '@/lib/domains/organisations/schemas';

export const roleSchema = z.enum(Role, 'validation.role');

/** Checkbox groups arrive as nothing, one string or several; always an array here. */
const groupIdsSchema = z.preprocess(
  (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid('validation.invalid')).max(200, 'validation.tooLong'),
);

/**
 * The roles that can be limited to subtrees of the organisation, as MED structures and
 * directorates are: a manager of leaders always is; top management and MED/AMO may be (a
 * director of one area, an område- or lokal-MED) and see the whole organisation when they are
 * not (the top management, HovedMED).
 */
export const scopedRoles: readonly Role[] = ['TOP_MANAGEMENT', 'MED_AMO', 'MANAGER_OF_LEADERS'];

/** A manager of leaders sees only the groups they are given: without one they would see nothing. */
function requireGroupsForManagers(value: { role: Role; groupIds: string[] }, ctx: z.RefinementCtx) {
  if (value.role === 'MANAGER_OF_LEADERS' && value.groupIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['groupIds'], message: 'validation.managerGroupsRequired' });
  }
}

export const inviteMemberSchema = z
  .object({
    email: emailSchema,
    name: z
      .string()
      .trim()
      .max(120, 'validation.tooLong')
      .optional()
      .transform((v) => v || undefined),
    role: roleSchema,
    groupIds: groupIdsSchema,
    locale: z.enum(['da', 'en'], 'validation.invalid').default('da'),
  })
  .superRefine(requireGroupsForManagers);
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeMemberRoleSchema = z
  .object({
    membershipId: z.uuid('validation.invalid'),
    role: roleSchema,
    groupIds: groupIdsSchema,
  })
  .superRefine(requireGroupsForManagers);
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const removeMemberSchema = z.object({ membershipId: z.uuid('validation.invalid') });
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;

/** Self-serve sign-up: the organisation and its first HR admin, who must give a name. */
export const signUpSchema = z.object({
  organisationName: z.string().trim().min(2, 'validation.organisationName').max(120, 'validation.tooLong'),
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  email: emailSchema,
  locale: z.enum(['da', 'en'], 'validation.invalid').default('da'),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** The sign-in form: the address to mail a link to, and where the link should lead (checked again by safeCallbackUrl). */
export const signInSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().max(1000, 'validation.tooLong').optional(),
  /** "E-mail me a link instead": skip the address's organisation's single sign-on. */
  linkInstead: z.literal('1').optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
