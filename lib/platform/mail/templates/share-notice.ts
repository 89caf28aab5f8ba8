import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';

export interface ShareNoticeFacts {
  to: string;
  organisationName: string;
  roundName: string;
  /** The leader who chose to share: the manager sees the name on the page anyway, by consent. */
  leaderName: string;
  /** "Delt med mig" (APP_URL/<org>/shared-with-me). */
  url: string;
}

/** To a manager: a leader shared their balance with them. No figures in the mail; they wait behind sign-in. */
export function shareNoticeMail(facts: ShareNoticeFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = { organisation: facts.organisationName, round: facts.roundName, leader: facts.leaderName };
  const { text, html } = renderMail(
    {
      paragraphs: [t('sharing.mail.greeting'), t('sharing.mail.body', values), t('sharing.mail.how'), t('sharing.mail.withdraw')],
      action: { label: t('sharing.mail.action'), url: facts.url },
      footer: t('sharing.mail.footer', values),
    },
    locale,
  );
  return { to: facts.to, subject: t('sharing.mail.subject', values), text, html };
}
