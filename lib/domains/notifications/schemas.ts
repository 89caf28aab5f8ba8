import { z } from 'zod';
import { FollowUpMail } from '@/lib/generated/prisma/enums';

/** The follow-up mails in the order the settings page lists them. */
export const followUpMails = [
  FollowUpMail.RESULTS_READY,
  FollowUpMail.APV_AWAITS_APPROVAL,
  FollowUpMail.APV_REVISION_DUE,
  FollowUpMail.SHARE_NOTICE,
  FollowUpMail.ACTION_DUE_SOON,
] as const satisfies readonly FollowUpMail[];

export type { FollowUpMail };

/**
 * The settings form: one checkbox named "enabled" per mail that stays on. An unticked box sends
 * nothing, so "none ticked" arrives as no field at all and means every mail is off.
 */
export const mailSwitchesSchema = z.object({
  enabled: z
    .union([z.enum(FollowUpMail), z.array(z.enum(FollowUpMail))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});

export type MailSwitchesInput = z.infer<typeof mailSwitchesSchema>;
