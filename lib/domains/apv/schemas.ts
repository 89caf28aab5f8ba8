import { z } from 'zod';

const uuid = z.uuid({ message: 'validation.invalid' });
/** Long enough for a thorough assessment; short enough that a slip of the paste key is caught. */
export const APV_TEXT_MAX = 20_000;
const text = z.string().trim().max(APV_TEXT_MAX, 'validation.tooLong');

/** The editable elements of one group's APV record; the same schema for the form and the server. */
export const apvRecordSchema = z.object({
  roundId: uuid,
  groupId: uuid,
  problemsAssessment: text.default(''),
  sicknessAbsence: text.default(''),
  followUpGuidelines: text.default(''),
  revisionDueOn: z.iso.date({ message: 'validation.invalid' }),
});
export type ApvRecordInput = z.infer<typeof apvRecordSchema>;

export const apvCommentSchema = z.object({
  roundId: uuid,
  groupId: uuid,
  body: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(4000, 'validation.tooLong'),
});
export type ApvCommentInput = z.infer<typeof apvCommentSchema>;

export const apvApprovalSchema = z.object({ roundId: uuid, groupId: uuid });
export type ApvApprovalInput = z.infer<typeof apvApprovalSchema>;
