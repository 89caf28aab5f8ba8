import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { resultsApiParamsSchema, resultsApiQuerySchema, resultsApiResponseSchema } from '@/lib/domains/results/schemas';

export const roundResultsEndpoint = defineEndpoint({
  method: 'get',
  path: '/rounds/{id}/results',
  summary: "A closed round's aggregated results for one group (with its subtree) or the whole organisation — never an individual",
  tag: 'Results',
  permission: 'results:read:all',
  params: resultsApiParamsSchema,
  query: resultsApiQuerySchema,
  success: {
    status: 200,
    description:
      'The aggregates. When fewer than the round’s anonymity threshold answered — or when showing the group would let someone subtract their way to fewer — `suppressed` is true and no figure is given. The counts of a group follow the same rule applied to how many were invited: with fewer than the threshold invited, or where they would give a smaller group away, `invited` and `responded` are null and `countsHidden` says why. The organisation’s counts are always given.',
    schema: resultsApiResponseSchema,
    // A closed round's results do not change: the answer carries an ETag, and asking again with
    // If-None-Match gets 304 until a retention deletion or re-aggregation changes them.
    revalidate: true,
  },
  errors: [400, 404, 409],
});

export const resultsEndpoints = [roundResultsEndpoint] as const;
