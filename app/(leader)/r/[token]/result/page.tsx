import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { InvalidLinkNotice, RoundClosedNotice, TooManyAttemptsNotice } from '@/components/questionnaire/LinkNotice';
import { PersonalResultView } from '@/components/questionnaire/PersonalResultView';
import { leaderLocale } from '@/lib/platform/i18n/leader-locale';
import { personalResult } from '@/lib/domains/responses/personal-result';
import { getOwnResponse } from '@/lib/domains/responses/queries';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/platform/http/request-context';
import { lookupPersonalLink } from '@/lib/domains/responses/respondent-for-token';
import { getShareState } from '@/lib/domains/sharing/share';
import { ShareWithManager } from '@/components/sharing/ShareWithManager';
import { shareWithManagerAction, withdrawShareAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { referrer: 'no-referrer', robots: { index: false } };

/** The leader's own balance: reachable only through their link, and only while the round is open. */
export default async function PersonalResultPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ share?: string }> }) {
  const { token } = await params;
  const { share } = await searchParams;
  const link = await lookupPersonalLink(token, clientIp(await headers()));
  if (!link) return <InvalidLinkNotice locale={await leaderLocale('da')} />;
  if (link.state === 'rate-limited') return <TooManyAttemptsNotice locale={await leaderLocale('da')} retryAfterSeconds={link.retryAfterSeconds} />;
  const locale = await leaderLocale(link.state === 'open' ? link.leaderLocale : link.round.defaultLocale);
  if (link.state === 'closed') return <RoundClosedNotice locale={locale} round={link.round} organisationSlug={link.organisation.slug} />;
  const own = await getOwnResponse(link.ctx);
  if (own.status !== 'SUBMITTED') redirect(`/r/${token}`);
  return (
    <div lang={locale} className="space-y-10">
      <PersonalResultView
        locale={locale}
        questionnaire={link.ctx.questionnaire}
        result={personalResult(link.ctx.questionnaire, own.answers)}
        questionnaireHref={`/r/${token}`}
        csvHref={`/api/r/${token}/answers.csv?lang=${locale}`}
      />
      <ShareWithManager locale={locale} token={token} state={await getShareState(link)} outcome={share} shareAction={shareWithManagerAction} withdrawAction={withdrawShareAction} />
    </div>
  );
}
