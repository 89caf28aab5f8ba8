import { getMessages } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { poolFor } from '@/lib/domains/responses/pool';
import type { PoolConcernOutcome } from '@/lib/domains/responses/pool-concern';
import { getOwnResponse } from '@/lib/domains/responses/queries';
import { questionnaireView } from '@/lib/domains/responses/questionnaire-view';
import type { RespondentLink } from '@/lib/domains/responses/respondent-for-token';
import { Questionnaire, type QuestionnaireLabels } from './Questionnaire';
import { QuestionnaireIntro } from './QuestionnaireIntro';
import { PoolSection } from './PoolSection';

const clientSections = ['explain', 'missingOne', 'progress', 'part', 'strains', 'resources', 'relations', 'overall', 'comment', 'submit', 'status'];

function flatten(value: unknown, prefix: string, out: QuestionnaireLabels): QuestionnaireLabels {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

/** Only the texts the questionnaire's client part shows, as raw templates. */
async function questionnaireLabels(locale: Locale): Promise<QuestionnaireLabels> {
  const all = ((await getMessages({ locale })) as Record<string, Record<string, unknown>>).questionnaire ?? {};
  return flatten(Object.fromEntries(clientSections.map((key) => [key, all[key]])), '', {});
}

interface QuestionnaireScreenProps {
  link: Extract<RespondentLink, { state: 'open' }>;
  token: string;
  locale: Locale;
  /** How the last "someone here is not a leader in my group" sent from the page went (`?pool=`). */
  poolOutcome: PoolConcernOutcome | null;
}

/** The whole questionnaire page for an open personal link, in the leader's language. */
export async function QuestionnaireScreen({ link, token, locale, poolOutcome }: QuestionnaireScreenProps) {
  const [own, pool] = await Promise.all([getOwnResponse(link.ctx), poolFor(link.ctx)]);
  return (
    <div lang={locale} className="mx-auto max-w-3xl space-y-10">
      <QuestionnaireIntro
        locale={locale}
        organisationName={link.organisation.name}
        roundName={link.round.name}
        closesAt={link.round.closesAt}
        threshold={link.round.anonymityThreshold}
        submitted={own.status === 'SUBMITTED'}
        resultHref={`/r/${token}/result`}
        aloneInGroup={pool.aloneInOwnGroup}
      />
      <PoolSection locale={locale} pool={pool} threshold={link.round.anonymityThreshold} organisationName={link.organisation.name} token={token} outcome={poolOutcome} />
      <Questionnaire
        view={questionnaireView(link.ctx.questionnaire, locale)}
        labels={await questionnaireLabels(locale)}
        apiBase={`/api/r/${token}`}
        resultHref={`/r/${token}/result`}
        storageKey={`lt-unsent-${link.ctx.invitationId}`}
        initialAnswers={own.answers}
        initialComments={own.comments}
        submitted={own.status === 'SUBMITTED'}
      />
    </div>
  );
}
