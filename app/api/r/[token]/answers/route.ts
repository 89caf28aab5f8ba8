import { readJson } from '@/lib/platform/http/read-json';
import { linkRoute } from '@/lib/domains/responses/link-route';
import { saveAnswers } from '@/lib/domains/responses/mutations';

export const dynamic = 'force-dynamic';

export const POST = linkRoute(async (ctx, request) => saveAnswers(ctx, await readJson(request, 64 * 1024)));
