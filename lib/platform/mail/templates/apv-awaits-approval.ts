import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';

export interface ApvMailFacts {
  to: string;
  recipientName: string | null;
  organisationName: string;
  roundName: string;
  groupName: string;
  /** The group's APV (APP_URL/<org>/apv/<roundId>/<groupId>). */
  url: string;
}

/** To a MED/AMO member: HR has written a group's APV and it waits for their approval. */
export function apvAwaitsApprovalMail(facts: ApvMailFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = { organisation: facts.organisationName, round: facts.roundName, group: facts.groupName };
  const { text, html } = renderMail(
    {
      paragraphs: [facts.recipientName ? t('mails.greetingNamed', { name: facts.recipientName }) : t('mails.greeting'), t('mails.apvAwaitsApproval.body', values), t('mails.apvAwaitsApproval.how')],
      action: { label: t('mails.apvAwaitsApproval.action'), url: facts.url },
      footer: t('mails.switchFooter'),
    },
    locale,
  );
  return { to: facts.to, subject: t('mails.apvAwaitsApproval.subject', values), text, html };
}
