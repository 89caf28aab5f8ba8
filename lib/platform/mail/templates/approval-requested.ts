import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';

export interface ApprovalRequestFacts {
  to: string;
  recipientName: string | null;
  organisationName: string;
  roundName: string;
  /** How many leaders and groups opening would invite now. */
  leaders: number;
  groups: number;
  /** The round's page, where the preview and the approval are (APP_URL/<org>/rounds/<id>). */
  url: string;
}

/** To a MED/AMO member: a draft round waits for their check of who it invites before it can open. */
export function approvalRequestedMail(facts: ApprovalRequestFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = { organisation: facts.organisationName, round: facts.roundName, leaders: facts.leaders, groups: facts.groups };
  const { text, html } = renderMail(
    {
      paragraphs: [
        facts.recipientName ? t('roundApproval.mail.greetingNamed', { name: facts.recipientName }) : t('roundApproval.mail.greeting'),
        t('roundApproval.mail.body', values),
        t('roundApproval.mail.why'),
        t('roundApproval.mail.after'),
      ],
      action: { label: t('roundApproval.mail.action'), url: facts.url },
      footer: t('mail.footer'),
    },
    locale,
  );
  return { to: facts.to, subject: t('roundApproval.mail.subject', values), text, html };
}
