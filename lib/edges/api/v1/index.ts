import type { Endpoint } from '@/lib/edges/api/endpoint';
import { actionEndpoints } from './actions.contract';
import { groupEndpoints } from './groups.contract';
import { leaderEndpoints } from './leaders.contract';
import { reportEndpoints } from './report.contract';
import { resultsEndpoints } from './results.contract';
import { roundEndpoints } from './rounds.contract';

/**
 * Every public API v1 endpoint. The OpenAPI document is generated from this list, so an
 * endpoint missing here is missing from the documentation — tests/integration/openapi.test.ts
 * checks every route file under app/api/v1 against it. Add new contracts here.
 */
export const allV1Endpoints: readonly Endpoint[] = [...groupEndpoints, ...leaderEndpoints, ...roundEndpoints, ...resultsEndpoints, ...actionEndpoints, ...reportEndpoints] as readonly Endpoint[];
