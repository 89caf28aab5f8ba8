import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';

export interface PoolConcernFacts {
  to: string;
  /** Who the recipient is here: MED/AMO, or an HR admin when the organisation has no MED/AMO member. */
  audience: 'med-amo' | 'hr';
  organisationName: string;
  roundName: string;
  /** The group the leader saw listed; null: the whole round. */
  groupName: string | null;
  /** The leader's own words, possibly empty. */
  message: string;
  /** The round page (APP_URL/<org>/rounds/<id>). */
  url: string;
}

/**
 * To MED/AMO (or HR): a leader thinks someone listed in their pool is not a leader in their group.
 * It says where and what the leader wrote — never who wrote it: nothing the product holds knows.
 */
export function poolConcernMail(facts: PoolConcernFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = {
    organisation: facts.organisationName,
    round: facts.roundName,
    group: facts.groupName ?? t('pool.mail.wholeRound'),
  };
  const { text, html } = renderMail(
    {
      paragraphs: [
        t('pool.mail.greeting'),
        t('pool.mail.body', values),
        facts.message ? t('pool.mail.message', { message: facts.message }) : t('pool.mail.noMessage'),
        t('pool.mail.why'),
        t('pool.mail.next'),
      ],
      action: { label: t('pool.mail.action'), url: facts.url },
      footer: t(`pool.mail.footer.${facts.audience}`, values),
    },
    locale,
  );
  return { to: facts.to, subject: t('pool.mail.subject', values), text, html };
}
