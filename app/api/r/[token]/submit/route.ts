import { linkRoute } from '@/lib/responses/link-route';
import { submitResponse } from '@/lib/responses/mutations';

export const dynamic = 'force-dynamic';

export const POST = linkRoute(async (ctx) => submitResponse(ctx));
