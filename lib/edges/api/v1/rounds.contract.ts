import { z } from 'zod';
import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { createRoundSchema } from '@/lib/domains/rounds/schemas';

const roundIdParams = z.object({ id: z.string().describe('The round id (UUID)') });

const roundStatusSchema = z.enum(['DRAFT', 'OPEN', 'CLOSED']);

export const createRoundEndpoint = defineEndpoint({
  method: 'post',
  path: '/rounds',
  summary: 'Create a round as a draft (nothing is sent until it is opened)',
  tag: 'Rounds',
  permission: 'rounds:manage',
  body: createRoundSchema,
  success: { status: 201, description: 'The draft round', schema: z.object({ id: z.string(), status: roundStatusSchema }) },
  errors: [400],
});

export const getRoundEndpoint = defineEndpoint({
  method: 'get',
  path: '/rounds/{id}',
  summary: 'A round with how many were invited and how many have answered (never who)',
  tag: 'Rounds',
  permission: 'rounds:read',
  params: roundIdParams,
  success: {
    status: 200,
    description: 'The round',
    schema: z.object({
      id: z.string(),
      name: z.string(),
      status: roundStatusSchema,
      opensAt: z.iso.datetime(),
      closesAt: z.iso.datetime(),
      invited: z.number().int(),
      responded: z.number().int(),
      anonymityThreshold: z.number().int().describe('Fewest answers a group needs before its figures are shown'),
      commentThreshold: z.number().int().describe('Fewest answers a group needs before its free-text comments are shown (never below anonymityThreshold)'),
      approval: z
        .object({
          required: z.boolean().describe('Draft: opening needs a MED/AMO member’s approval now. Opened: it opened with one'),
          approved: z.boolean().describe('Draft: a valid approval exists (no change to its groups or leaders since). Opened: it opened with one'),
          approvedAt: z.iso.datetime().nullable(),
        })
        .describe('The second person: a MED/AMO member who did not create the round approves who it invites before it opens'),
    }),
  },
  errors: [404],
});

export const openRoundEndpoint = defineEndpoint({
  method: 'post',
  path: '/rounds/{id}/open',
  summary: 'Open a draft round: snapshot its groups and queue one invitation mail per leader',
  tag: 'Rounds',
  permission: 'rounds:manage',
  params: roundIdParams,
  success: { status: 200, description: 'The round is open; invitations are being sent', schema: z.object({ invited: z.number().int() }) },
  errors: [400, 404, 409],
  errorNotes: {
    409: 'The round is not a draft (`conflict`), or it needs approval first (`approval_required`): where the organisation has a MED/AMO member, a round opens only after one who did not create it has approved who it invites in each group, on the round’s page. Any change to its groups or leaders voids an approval. MED/AMO are e-mailed (at most once a day per round); try again once they have approved.',
  },
});

export const closeRoundEndpoint = defineEndpoint({
  method: 'post',
  path: '/rounds/{id}/close',
  summary: 'Close an open round now; its personal links stop working',
  tag: 'Rounds',
  permission: 'rounds:manage',
  params: roundIdParams,
  success: { status: 200, description: 'The closed round', schema: z.object({ id: z.string(), status: roundStatusSchema }) },
  errors: [404, 409],
});

export const roundEndpoints = [createRoundEndpoint, getRoundEndpoint, openRoundEndpoint, closeRoundEndpoint] as const;
