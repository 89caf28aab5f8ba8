import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';

export interface ResultsReadyFacts {
  to: string;
  recipientName: string | null;
  organisationName: string;
  roundName: string;
  /** The round's dashboard (APP_URL/<org>/results/<roundId>). */
  url: string;
}

/** To a member who may see a closed round's results: they are ready. No figures: those wait behind sign-in and the anonymity rule. */
export function resultsReadyMail(facts: ResultsReadyFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = { organisation: facts.organisationName, round: facts.roundName };
  const { text, html } = renderMail(
    {
      paragraphs: [
        facts.recipientName ? t('mails.greetingNamed', { name: facts.recipientName }) : t('mails.greeting'),
        t('mails.resultsReady.body', values),
        t('mails.resultsReady.how'),
        t('mails.resultsReady.next'),
      ],
      action: { label: t('mails.resultsReady.action'), url: facts.url },
      footer: t('mails.switchFooter'),
    },
    locale,
  );
  return { to: facts.to, subject: t('mails.resultsReady.subject', values), text, html };
}
