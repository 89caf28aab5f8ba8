import type { Locale } from '@/content/types';
import { env } from '@/lib/platform/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import { sendMail } from '../send-mail';

export interface MemberInvitedMail {
  to: string;
  locale: Locale;
  organisationName: string;
  role: Role;
  invitedBy: string;
}

/**
 * "You now have access to <organisation> as <role>", in the recipient's language. The link is
 * the ordinary sign-in page: access comes from the membership, not from anything in the mail.
 */
export async function sendMemberInvitedMail(mail: MemberInvitedMail): Promise<void> {
  const t = translatorFor(mail.locale);
  const values = { organisation: mail.organisationName, role: t(`members.roles.${mail.role}`), invitedBy: mail.invitedBy };
  const { text, html } = renderMail(
    {
      paragraphs: [t('mail.memberInvited.greeting'), t('mail.memberInvited.body', values), t('mail.memberInvited.howToSignIn')],
      action: { label: t('mail.memberInvited.action'), url: `${env().APP_URL.replace(/\/$/, '')}/sign-in` },
      footer: t('mail.footer'),
    },
    mail.locale,
  );
  await sendMail({ to: mail.to, subject: t('mail.memberInvited.subject', values), text, html });
}
