import 'server-only';
import type { Locale } from '@/content/types';
import { requiredKeys } from '@/lib/domains/responses/answer-rules';
import { poolFor } from '@/lib/domains/responses/pool';
import type { PoolConcernOutcome } from '@/lib/domains/responses/pool-concern';
import { getOwnResponse } from '@/lib/domains/responses/queries';
import type { QuestionnaireFormOutcome } from '@/lib/domains/responses/questionnaire-form';
import { questionnaireView } from '@/lib/domains/responses/questionnaire-view';
import type { RespondentLink } from '@/lib/domains/responses/respondent-for-token';
import { html, type Html } from '@/lib/platform/html/html';
import { introHtml } from './intro';
import { poolHtml } from './pool';
import { questionnaireFormHtml } from './questionnaire-form';

interface QuestionnairePageProps {
  link: Extract<RespondentLink, { state: 'open' }>;
  token: string;
  locale: Locale;
  /** How the last "someone here is not a leader in my group" sent from the page went (`?pool=`). */
  poolOutcome: PoolConcernOutcome | null;
  /** How the last plain post of the questionnaire went (`?form=`). */
  formOutcome: Exclude<QuestionnaireFormOutcome, 'submitted'> | null;
}

/** The whole questionnaire page for an open personal link, in the leader's language. */
export async function questionnairePageHtml({ link, token, locale, poolOutcome, formOutcome }: QuestionnairePageProps): Promise<{ title: string; body: Html }> {
  const [own, pool] = await Promise.all([getOwnResponse(link.ctx), poolFor(link.ctx)]);
  const submitted = own.status === 'SUBMITTED';
  // After an incomplete submit, what is still open is what the stored response lacks — the rule submitResponse applied.
  const missing = formOutcome === 'incomplete' ? requiredKeys(link.ctx.questionnaire).filter((key) => own.answers[key] === undefined) : [];
  const [intro, poolSection, form] = await Promise.all([
    introHtml({
      locale,
      organisationName: link.organisation.name,
      roundName: link.round.name,
      closesAt: link.round.closesAt,
      threshold: link.round.anonymityThreshold,
      submitted,
      resultHref: `/r/${token}/result`,
      aloneInGroup: pool.aloneInOwnGroup,
    }),
    poolHtml({ locale, pool, threshold: link.round.anonymityThreshold, organisationName: link.organisation.name, token, outcome: poolOutcome }),
    questionnaireFormHtml({
      locale,
      view: questionnaireView(link.ctx.questionnaire, locale),
      token,
      storageKey: `lt-unsent-${link.ctx.invitationId}`,
      answers: own.answers,
      comments: own.comments,
      submitted,
      outcome: formOutcome,
      missing,
    }),
  ]);
  return { title: link.round.name, body: html`<div class="mx-auto max-w-3xl space-y-10">${intro}${poolSection}${form}</div>` };
}
