import { staffRoute } from '@/lib/edges/api/staff-route';
import { agendaCommandSchema } from '@/lib/domains/workshop/schemas';
import { commandAgendaClock, readAgendaClock } from '@/lib/domains/workshop/timer';

type Params = { roundId: string; groupId: string };

/** The workshop's shared agenda clock: every open workshop page polls it. */
export const GET = staffRoute<undefined, undefined, Params>({ permission: 'workshop:read' }, ({ actor, params }) => readAgendaClock(actor, params));

/** A facilitator's start, pause, reset, step or minutes. */
export const POST = staffRoute<undefined, typeof agendaCommandSchema, Params>({ permission: 'workshop:facilitate', body: agendaCommandSchema }, ({ actor, params, body }) =>
  commandAgendaClock(actor, { roundId: params.roundId, groupId: params.groupId }, body),
);
