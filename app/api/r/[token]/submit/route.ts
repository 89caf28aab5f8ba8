import { linkRoute } from '@/lib/domains/responses/link-route';
import { submitResponse } from '@/lib/domains/responses/mutations';

export const dynamic = 'force-dynamic';

export const POST = linkRoute(async (ctx) => submitResponse(ctx));
