import { z } from 'zod';
import { getFactor } from '@/content/leader-wellbeing';
import { emailSchema } from '@/lib/domains/organisations/schemas';
import { ActionStatus, ResponsibleLevel } from '@/lib/generated/prisma/enums';
import { isPastDay } from './dates';

/**
 * The rules of an action, shared by the workshop's and the plan's forms and the public API.
 * Forms send '' for an empty optional field; it means "none", as leaving a JSON key out does.
 */

export const responsibleLevels = Object.values(ResponsibleLevel) as [ResponsibleLevel, ...ResponsibleLevel[]];
export const actionStatuses = Object.values(ActionStatus) as [ActionStatus, ...ActionStatus[]];

/** 1 is done first. The APV's plan must say in what order problems are solved; five steps are enough to say it. */
export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 5;

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, 'validation.tooLong').nullable().optional());

/** A calendar date, "YYYY-MM-DD" (what <input type="date"> sends), stored as that day. */
export const dueDateSchema = z
  .string('validation.required')
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'validation.date')
  .transform((value) => new Date(`${value}T00:00:00Z`));

/**
 * A new action's due date: today (in Danish time) or later — a deadline already passed is a typing
 * slip, not a plan. An edit may keep a date that has since passed (the action is overdue, not
 * wrong); moving it into the past is refused by updateAction, which knows the stored date.
 */
export const upcomingDueDateSchema = dueDateSchema.refine((date) => !isPastDay(date, new Date()), 'validation.dueDatePast');

const actionFields = {
  title: z.string('validation.required').trim().min(3, 'validation.tooShort').max(200, 'validation.tooLong'),
  why: optionalText(2000),
  factorKey: z.preprocess(
    blankToNull,
    z
      .string()
      .refine((key) => getFactor(key) !== null, 'validation.invalid')
      .nullable()
      .optional(),
  ),
  sourceKey: optionalText(200),
  responsibleLevel: z.enum(responsibleLevels, 'validation.invalid'),
  ownerName: optionalText(200),
  ownerEmail: z.preprocess(blankToNull, emailSchema.nullable().optional()),
  dueDate: dueDateSchema,
  priority: z.coerce.number('validation.invalid').int('validation.invalid').min(PRIORITY_MIN, 'validation.invalid').max(PRIORITY_MAX, 'validation.invalid'),
  status: z.enum(actionStatuses, 'validation.invalid').optional(),
};

/** A new action. `groupId` null is an action for the whole organisation. */
export const createActionSchema = z.object({
  groupId: z.preprocess(blankToNull, z.uuid('validation.invalid').nullable()),
  ...actionFields,
  dueDate: upcomingDueDateSchema,
});
export type CreateActionInput = z.infer<typeof createActionSchema>;

/** The form's create: the round comes with the form, not the URL. */
export const createActionFormSchema = createActionSchema.extend({ roundId: z.uuid('validation.invalid') });

/** An edit of an existing action from the plan (every field is sent by the form). */
export const updateActionFormSchema = z.object({ actionId: z.uuid('validation.invalid'), ...actionFields, status: z.enum(actionStatuses, 'validation.invalid') });
export type UpdateActionInput = z.infer<typeof updateActionFormSchema>;

/** The plan page's filters (?round=&group=&status=); "org" as group is the organisation-wide actions. */
export const planFilterSchema = z.object({
  round: z.uuid().optional(),
  group: z.union([z.uuid(), z.literal('org')]).optional(),
  status: z.enum(actionStatuses).optional(),
});
export type PlanFilter = z.infer<typeof planFilterSchema>;
