import type { Locale } from '@/content/types';
import { formatDay } from '@/lib/platform/format/dates';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import type { OutgoingMail } from '../send-mail';
import type { OverdueActionFacts } from './action-overdue';

/** To an action's owner, a week before its deadline (the overdue mail follows if it passes). */
export function actionDueSoonMail(facts: OverdueActionFacts & { days: number }, locale: Locale): OutgoingMail {
  const t = translatorFor(locale);
  const values = {
    organisation: facts.organisationName,
    round: facts.roundName,
    title: facts.title,
    due: formatDay(facts.dueDate, locale),
    days: facts.days,
    group: facts.groupName ?? t('actionPlan.organisationWide'),
  };
  const { text, html } = renderMail(
    {
      paragraphs: [facts.ownerName ? t('mails.greetingNamed', { name: facts.ownerName }) : t('mails.greeting'), t('mails.actionDueSoon.body', values), t('mails.actionDueSoon.next')],
      action: { label: t('mails.actionDueSoon.action'), url: facts.url },
      footer: `${t('mails.actionDueSoon.footer', values)} ${t('mails.switchHint')}`,
    },
    locale,
  );
  return { to: facts.to, subject: t('mails.actionDueSoon.subject', values), text, html };
}
