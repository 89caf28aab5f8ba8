import type { Metadata } from 'next';
import { InvalidLinkNotice, RoundClosedNotice, TooManyAttemptsNotice } from '@/components/questionnaire/LinkNotice';
import { QuestionnaireScreen } from '@/components/questionnaire/QuestionnaireScreen';
import { leaderLocale } from '@/lib/platform/i18n/leader-locale';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/platform/http/request-context';
import { lookupPersonalLink } from '@/lib/domains/responses/respondent-for-token';
import { poolConcernOutcome } from '@/lib/domains/responses/pool-concern';

export const dynamic = 'force-dynamic';
// The token is in the URL: no Referer may carry it to another site, and no search engine may keep it.
export const metadata: Metadata = { referrer: 'no-referrer', robots: { index: false, follow: false } };

/** The leader's personal link: the questionnaire while the round is open, a calm dead end otherwise. */
export default async function PersonalLinkPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ pool?: string }> }) {
  const { token } = await params;
  const { pool } = await searchParams;
  const link = await lookupPersonalLink(token, clientIp(await headers()));
  if (!link) return <InvalidLinkNotice locale={await leaderLocale('da')} />;
  if (link.state === 'rate-limited') return <TooManyAttemptsNotice locale={await leaderLocale('da')} retryAfterSeconds={link.retryAfterSeconds} />;
  if (link.state === 'closed') {
    const locale = await leaderLocale(link.round.defaultLocale);
    return <RoundClosedNotice locale={locale} round={link.round} organisationSlug={link.organisation.slug} />;
  }
  return <QuestionnaireScreen link={link} token={token} locale={await leaderLocale(link.leaderLocale)} poolOutcome={poolConcernOutcome(pool)} />;
}
