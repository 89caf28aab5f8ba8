import { readJson } from '@/lib/http/read-json';
import { linkRoute } from '@/lib/responses/link-route';
import { saveAnswers } from '@/lib/responses/mutations';

export const dynamic = 'force-dynamic';

export const POST = linkRoute(async (ctx, request) => saveAnswers(ctx, await readJson(request, 64 * 1024)));
