import { linkFormRoute } from '@/lib/domains/responses/link-route';
import { raisePoolConcernFromForm } from '@/lib/domains/responses/pool-concern';

export const dynamic = 'force-dynamic';

/** "Someone here is not a leader in my group", the questionnaire's plain form: back to the page with how it went. */
export const POST = linkFormRoute(async (ctx, form) => `?pool=${await raisePoolConcernFromForm(ctx, form)}#pool`);
