import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';
import { formatMailDate, type LeaderMailFacts } from './invitation';

/** The new personal link a leader asked for on /link. */
export function freshLinkMail(facts: LeaderMailFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = { organisation: facts.organisationName, round: facts.roundName, name: facts.leaderName };
  const { text, html } = renderMail(
    {
      paragraphs: [
        t('mail.freshLink.greeting', values),
        t('mail.freshLink.body', values),
        t('mail.invitation.privacy', { threshold: facts.anonymityThreshold }),
        t('mail.invitation.closes', { closes: formatMailDate(facts.closesAt, locale) }),
        t('mail.freshLink.ignore'),
      ],
      action: { label: t('mail.freshLink.action'), url: facts.url },
      footer: t('mail.footer'),
    },
    locale,
  );
  return { to: facts.to, subject: t('mail.freshLink.subject', values), text, html };
}
