import type { Locale } from '@/content/types';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';

/** What every mail to a leader about a round needs to say. */
export interface LeaderMailFacts {
  to: string;
  leaderName: string;
  organisationName: string;
  roundName: string;
  closesAt: Date;
  anonymityThreshold: number;
  /** The personal link (APP_URL/r/<token>). */
  url: string;
  /** Where a lost link can be replaced (APP_URL/link). */
  linkPageUrl: string;
}

/** A closing date as Danes read it, in Danish time, whatever zone the server runs in. */
export function formatMailDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(date);
}

/**
 * The invitation to a round: who is asking (the organisation), why, how long it takes, who sees
 * what, until when — and the personal link. In the leader's language.
 */
export function invitationMail(facts: LeaderMailFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = { organisation: facts.organisationName, round: facts.roundName, name: facts.leaderName };
  const { text, html } = renderMail(
    {
      paragraphs: [
        t('mail.invitation.greeting', values),
        t('mail.invitation.why', values),
        t('mail.invitation.duration'),
        t('mail.invitation.privacy', { threshold: facts.anonymityThreshold }),
        t('mail.invitation.closes', { closes: formatMailDate(facts.closesAt, locale) }),
        t('mail.invitation.personal', { linkPage: facts.linkPageUrl }),
      ],
      action: { label: t('mail.invitation.action'), url: facts.url },
      footer: t('mail.footer'),
    },
    locale,
  );
  return { to: facts.to, subject: t('mail.invitation.subject', values), text, html };
}
