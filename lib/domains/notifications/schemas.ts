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

const oneOrMany = z.union([z.enum(FollowUpMail, 'validation.invalid'), z.array(z.enum(FollowUpMail, 'validation.invalid'))], 'validation.invalid');
const toList = (value: FollowUpMail | FollowUpMail[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The settings form: one checkbox named "enabled" per mail that stays on, and one hidden "shown"
 * per mail the form listed. An unticked box sends nothing, so "none ticked" means every mail
 * off — which a post that lists no mails at all (a stray or forged request, or an old page that
 * knew fewer mails) must not be able to mean: the form has to name every mail it switches.
 */
export const mailSwitchesSchema = z.object({
  enabled: oneOrMany.optional().transform(toList),
  shown: oneOrMany.transform(toList).refine((shown) => followUpMails.every((kind) => shown.includes(kind)), 'validation.invalid'),
});

export type MailSwitchesInput = z.infer<typeof mailSwitchesSchema>;
