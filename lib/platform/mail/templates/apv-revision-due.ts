import type { Locale } from '@/content/types';
import { formatDay } from '@/lib/platform/format/dates';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';
import type { ApvMailFacts } from './apv-awaits-approval';

export interface ApvRevisionDueFacts extends ApvMailFacts {
  /** The revision date as "YYYY-MM-DD". */
  dueOn: string;
  /** Days from today until then. */
  days: number;
}

/** To HR and MED/AMO, 60 and 14 days before a group's APV must be revised. */
export function apvRevisionDueMail(facts: ApvRevisionDueFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = { organisation: facts.organisationName, round: facts.roundName, group: facts.groupName, due: formatDay(facts.dueOn, locale), days: facts.days };
  const { text, html } = renderMail(
    {
      paragraphs: [facts.recipientName ? t('mails.greetingNamed', { name: facts.recipientName }) : t('mails.greeting'), t('mails.apvRevisionDue.body', values), t('mails.apvRevisionDue.how')],
      action: { label: t('mails.apvRevisionDue.action'), url: facts.url },
      footer: t('mails.switchFooter'),
    },
    locale,
  );
  return { to: facts.to, subject: t('mails.apvRevisionDue.subject', values), text, html };
}
