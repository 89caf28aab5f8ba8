import { linkFormRoute } from '@/lib/domains/responses/link-route';
import { postQuestionnaireForm } from '@/lib/domains/responses/questionnaire-form';

export const dynamic = 'force-dynamic';

/** The questionnaire as a plain form (no JavaScript): saved, or submitted and on to the balance; else back to the page with how it went. */
export const POST = linkFormRoute(async (ctx, form) => {
  const outcome = await postQuestionnaireForm(ctx, form);
  return outcome === 'submitted' ? '/result' : `?form=${outcome}#form-status`;
});
