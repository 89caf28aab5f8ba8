import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { getOwnResponse } from '@/lib/responses/queries';
import { questionnaireView } from '@/lib/responses/questionnaire-view';
import type { RespondentLink } from '@/lib/responses/respondent-for-token';
import { Questionnaire } from './Questionnaire';
import { QuestionnaireIntro } from './QuestionnaireIntro';

/** The whole questionnaire page for an open personal link, in the leader's language. */
export async function QuestionnaireScreen({ link, token, locale }: { link: Extract<RespondentLink, { state: 'open' }>; token: string; locale: Locale }) {
  const own = await getOwnResponse(link.ctx);
  const messages = await getMessages({ locale });
  return (
    <div lang={locale} className="space-y-10">
      <QuestionnaireIntro
        locale={locale}
        organisationName={link.organisation.name}
        roundName={link.round.name}
        closesAt={link.round.closesAt}
        threshold={link.round.anonymityThreshold}
        submitted={own.status === 'SUBMITTED'}
        resultHref={`/r/${token}/result`}
      />
      {/* Only the catalogue this page's client part needs travels to the browser. */}
      <NextIntlClientProvider locale={locale} messages={{ questionnaire: (messages as Record<string, unknown>).questionnaire as never }}>
        <Questionnaire
          view={questionnaireView(link.ctx.questionnaire, locale)}
          apiBase={`/api/r/${token}`}
          resultHref={`/r/${token}/result`}
          storageKey={`lt-unsent-${link.ctx.invitationId}`}
          initialAnswers={own.answers}
          initialComments={own.comments}
        />
      </NextIntlClientProvider>
    </div>
  );
}
