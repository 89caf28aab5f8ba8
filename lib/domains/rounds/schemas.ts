import { z } from 'zod';
import { currentQuestionnaireVersion, getQuestionnaire } from '@/content/questionnaires';
import { MIN_ANONYMITY_THRESHOLD } from '@/lib/domains/anonymity/suppression';
import { parseLocalDateTime } from './local-time';

/**
 * The rules of a round, shared by the HR form and the public API. The two differ only in how a
 * date arrives (a Danish wall-clock value from a datetime-local input, or an ISO 8601 instant)
 * and in how lists arrive (FormData strings, or JSON arrays); the rules themselves are one.
 */

export const DEFAULT_REMINDER_DAYS = [7, 2] as const;

export const roundNameSchema = z.string().trim().min(2, 'validation.tooShort').max(120, 'validation.tooLong');

export const anonymityThresholdSchema = z
  .number('validation.anonymityThreshold')
  .int('validation.anonymityThreshold')
  .min(MIN_ANONYMITY_THRESHOLD, 'validation.anonymityThreshold')
  .max(100, 'validation.anonymityThreshold');

/**
 * Comments need more answers behind them than figures: a phrase, a topic or an episode gives its
 * writer away far more easily than a mean does. 5 is what staff-wellbeing surveys commonly use.
 */
export const DEFAULT_COMMENT_THRESHOLD = 5;

export const commentThresholdSchema = z
  .number('commentRules.validation.threshold')
  .int('commentRules.validation.threshold')
  .min(MIN_ANONYMITY_THRESHOLD, 'commentRules.validation.threshold')
  .max(100, 'commentRules.validation.threshold');

/** The comment threshold a round gets when none is given: 5, or its figure threshold when that is higher. */
export function defaultCommentThreshold(anonymityThreshold: number): number {
  return Math.max(DEFAULT_COMMENT_THRESHOLD, anonymityThreshold);
}

export const reminderDaysSchema = z
  .array(z.number('validation.reminderDay').int('validation.reminderDay').min(1, 'validation.reminderDay').max(60, 'validation.reminderDay'))
  .max(10, 'validation.tooMany')
  .refine((days) => new Set(days).size === days.length, 'validation.reminderDaysDistinct');

export const groupIdsSchema = z.array(z.uuid('validation.invalid')).min(1, 'validation.roundGroups').max(1000, 'validation.tooMany');

const localeSchema = z.enum(['da', 'en']);

const questionnaireVersionSchema = z.string().refine((v) => getQuestionnaire(v) !== null, 'validation.questionnaireVersion');

/** An instant in the API: ISO 8601 with a zone, e.g. "2027-03-01T09:00:00+01:00". */
export const isoInstantSchema = z.iso.datetime({ offset: true, message: 'validation.dateTime' }).transform((value) => new Date(value));

/** A datetime-local form value, read as Danish time. */
const localInstantSchema = z
  .string('validation.required')
  .trim()
  .min(1, 'validation.required')
  .transform((value, ctx) => {
    const date = parseLocalDateTime(value);
    if (!date) ctx.addIssue({ code: 'custom', message: 'validation.dateTime' });
    return date ?? new Date(NaN);
  });

interface Dated {
  opensAt: Date;
  closesAt: Date;
  anonymityThreshold: number;
  commentThreshold?: number | undefined;
}

/** Closing must follow opening and lie ahead: a round that closes in the past could never be answered. */
function checkDates(input: Dated, ctx: z.core.$RefinementCtx<Dated>): void {
  // Runs even when a date field already failed; then there is nothing to compare.
  const valid = (d: unknown) => d instanceof Date && !Number.isNaN(d.getTime());
  if (!valid(input.opensAt) || !valid(input.closesAt)) return;
  if (input.closesAt <= input.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'validation.closesAfterOpens' });
  else if (input.closesAt <= new Date()) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'validation.closesInFuture' });
}

/** Comments are never shown to fewer than figures are (the database's CHECK says the same). */
function checkThresholds(input: Dated, ctx: z.core.$RefinementCtx<Dated>): void {
  if (input.commentThreshold !== undefined && Number.isInteger(input.anonymityThreshold) && input.commentThreshold < input.anonymityThreshold) {
    ctx.addIssue({ code: 'custom', path: ['commentThreshold'], message: 'commentRules.validation.belowFigures' });
  }
}

function checkRound(input: Dated, ctx: z.core.$RefinementCtx<Dated>): void {
  checkDates(input, ctx);
  checkThresholds(input, ctx);
}

/** The round as the domain takes it (both entry points parse into this). */
export interface RoundInput {
  name: string;
  opensAt: Date;
  closesAt: Date;
  groupIds: string[];
  questionnaireVersion: string;
  defaultLocale: 'da' | 'en';
  anonymityThreshold: number;
  /** Absent: defaultCommentThreshold(anonymityThreshold). */
  commentThreshold?: number | undefined;
  reminderDays: number[];
}

/** The API's create body. */
export const createRoundSchema = z
  .object({
    name: roundNameSchema,
    opensAt: isoInstantSchema,
    closesAt: isoInstantSchema,
    groupIds: groupIdsSchema,
    anonymityThreshold: anonymityThresholdSchema.default(MIN_ANONYMITY_THRESHOLD),
    commentThreshold: commentThresholdSchema
      .optional()
      .describe('Submitted responses a group needs before its free-text comments show; at least anonymityThreshold. Default: 5, or anonymityThreshold when higher'),
    reminderDays: reminderDaysSchema.default([...DEFAULT_REMINDER_DAYS]),
    defaultLocale: localeSchema.optional(),
    questionnaireVersion: questionnaireVersionSchema.default(currentQuestionnaireVersion),
  })
  .superRefine(checkRound);

const asArray = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);
const toNumber = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value === '' ? undefined : value);

/** "7, 2" or "7 2" → [7, 2]; empty → no reminders; a non-number stays NaN so the field says so. */
function parseDayList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const parts = value.split(/[\s,;]+/).filter(Boolean);
  return parts.map((part) => (/^-?\d+$/.test(part) ? Number(part) : NaN));
}

/** The HR form (FormData): the same rules, with Danish wall-clock dates and string lists. */
export const roundFormSchema = z
  .object({
    name: roundNameSchema,
    opensAt: localInstantSchema,
    closesAt: localInstantSchema,
    groupIds: z.preprocess(asArray, groupIdsSchema),
    anonymityThreshold: z.preprocess(toNumber, anonymityThresholdSchema.default(MIN_ANONYMITY_THRESHOLD)),
    commentThreshold: z.preprocess(toNumber, commentThresholdSchema.optional()),
    reminderDays: z.preprocess(parseDayList, reminderDaysSchema.default([...DEFAULT_REMINDER_DAYS])),
    defaultLocale: localeSchema.default('da'),
    questionnaireVersion: questionnaireVersionSchema.default(currentQuestionnaireVersion),
  })
  .superRefine(checkRound);

/** A later closing date for an open round (form: Danish wall clock). */
export const extendRoundFormSchema = z.object({ closesAt: localInstantSchema });

/**
 * A consequential step behind an explicit yes (components/rounds/ConfirmActionForm.tsx: open and
 * send, close now; MED/AMO's approval, whose fingerprint travels bound to the action). An
 * unticked box is told what to do, not that something is "required".
 */
export const confirmFormSchema = z.object({ confirm: z.literal('yes', 'validation.confirm') });
