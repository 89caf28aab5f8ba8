import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';
import { formatMailDate, type LeaderMailFacts } from './invitation';

const DAY = 24 * 60 * 60 * 1000;

/** A reminder to a leader who has not answered yet, with a new personal link (earlier ones keep working). */
export function reminderMail(facts: LeaderMailFacts, locale: Locale, now: Date): OutgoingMail {
  const t = translatorFor(locale);
  // Whole days, rounded: the scan sends a step's reminders minutes before or after its exact time,
  // and a reminder scheduled 21 days before closing must say 21, not 22 or 20.
  const days = Math.max(0, Math.round((facts.closesAt.getTime() - now.getTime()) / DAY));
  const values = { organisation: facts.organisationName, round: facts.roundName, name: facts.leaderName, days };
  const { text, html } = renderMail(
    {
      paragraphs: [
        t('mail.reminder.greeting', values),
        t('mail.reminder.body', { ...values, closes: formatMailDate(facts.closesAt, locale) }),
        t('mail.invitation.duration'),
        t('mail.invitation.privacy', { threshold: facts.anonymityThreshold }),
        t('mail.reminder.started'),
        t('mail.invitation.personal', { linkPage: facts.linkPageUrl }),
      ],
      action: { label: t('mail.reminder.action'), url: facts.url },
      footer: t('mail.footer'),
    },
    locale,
  );
  return { to: facts.to, subject: t('mail.reminder.subject', values), text, html };
}
