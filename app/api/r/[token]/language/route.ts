import { linkFormRoute } from '@/lib/domains/responses/link-route';
import { setLocaleAction } from '@/lib/edges/server-actions/set-locale-action';

export const dynamic = 'force-dynamic';

/**
 * The questionnaire page's language switcher (a plain form: the page has no Next.js runtime to
 * call the site's server action with, decision 0016): the same cookie, then back to the page.
 */
export const POST = linkFormRoute(async (_ctx, form) => {
  await setLocaleAction(form);
  return '';
});
