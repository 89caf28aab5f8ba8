import { invalidLinkHtml, roundClosedHtml, tooManyAttemptsHtml } from '@/components/questionnaire/html/notices';
import { leaderDocument } from '@/components/questionnaire/html/document';
import { questionnairePageHtml } from '@/components/questionnaire/html/questionnaire-page';
import { personalHeaders } from '@/lib/domains/responses/link-route';
import { poolConcernOutcome } from '@/lib/domains/responses/pool-concern';
import { questionnaireFormOutcome } from '@/lib/domains/responses/questionnaire-form';
import { lookupPersonalLink } from '@/lib/domains/responses/respondent-for-token';
import { clientIp } from '@/lib/platform/http/request-context';
import { inlinePageStyles } from '@/lib/platform/http/inline-page-styles';
import { leaderLocale } from '@/lib/platform/i18n/leader-locale';
import { questionnaireScript } from '@/components/questionnaire/script/asset';

export const dynamic = 'force-dynamic';

/**
 * The leader's personal link: the questionnaire while the round is open, a calm dead end
 * otherwise. Served as HTML from this route handler, without the Next.js client runtime, so that
 * it is usable at once on a slow phone and works without JavaScript (decision 0016); the
 * neighbouring result page (./result) is an ordinary page and lends it its CSS.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const query = new URL(request.url).searchParams;
  const nonce = request.headers.get('x-nonce') ?? '';
  const link = await lookupPersonalLink(token, clientIp(request.headers));

  let page: { title: string; body: Parameters<typeof leaderDocument>[0]['body'] };
  let locale = await leaderLocale('da');
  let open = false;
  if (!link) page = await invalidLinkHtml(locale);
  else if (link.state === 'rate-limited') page = await tooManyAttemptsHtml(locale, link.retryAfterSeconds);
  else if (link.state === 'closed') {
    locale = await leaderLocale(link.round.defaultLocale);
    page = await roundClosedHtml(locale, link.round, link.organisation.slug);
  } else {
    locale = await leaderLocale(link.leaderLocale);
    open = true;
    page = await questionnairePageHtml({ link, token, locale, poolOutcome: poolConcernOutcome(query.get('pool')), formOutcome: questionnaireFormOutcome(query.get('form')) });
  }
  const document = await leaderDocument({
    locale,
    title: page.title,
    nonce,
    styles: inlinePageStyles('(leader)/r/[token]/result/page'),
    languageAction: open ? `/api/r/${token}/language` : undefined,
    script: open ? questionnaireScript() : undefined,
    body: page.body,
  });
  return new Response(document, { status: link ? 200 : 404, headers: { 'Content-Type': 'text/html; charset=utf-8', ...personalHeaders } });
}
