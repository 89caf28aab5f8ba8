import type { Locale } from '@/content/types';
import { formatDay } from '@/lib/platform/format/dates';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';

export interface OverdueActionFacts {
  to: string;
  ownerName: string | null;
  organisationName: string;
  roundName: string;
  /** The group's name, or null for an organisation-wide action. */
  groupName: string | null;
  title: string;
  /** The due day as "YYYY-MM-DD". */
  dueDate: string;
  /** The action in the plan (APP_URL/<org>/action-plan/<id>). */
  url: string;
}

/** To an action's owner, the day after its deadline passed with the action not done: what, where, since when. */
export function actionOverdueMail(facts: OverdueActionFacts, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = {
    organisation: facts.organisationName,
    round: facts.roundName,
    title: facts.title,
    due: formatDay(facts.dueDate, locale),
    group: facts.groupName ?? t('actionPlan.organisationWide'),
  };
  const { text, html } = renderMail(
    {
      paragraphs: [facts.ownerName ? t('actionPlan.mail.greetingNamed', { name: facts.ownerName }) : t('actionPlan.mail.greeting'), t('actionPlan.mail.body', values), t('actionPlan.mail.next')],
      action: { label: t('actionPlan.mail.action'), url: facts.url },
      footer: t('actionPlan.mail.footer', values),
    },
    locale,
  );
  return { to: facts.to, subject: t('actionPlan.mail.subject', values), text, html };
}
