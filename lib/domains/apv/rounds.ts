import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { listRounds } from '@/lib/domains/rounds/queries';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { openApvRound } from './access';
import { listApvRecords } from './queries';
import { isoDay } from '@/lib/platform/format/dates';
import { latestRevisionDate, roundClosedOn } from './revision';
import { apvStatus, type ApvStatus } from './status';

export interface ApvGroupRow {
  groupId: string;
  name: string;
  depth: number;
  status: ApvStatus;
  /** The record's revision date, or the default (three years after the close) before it is written. */
  revisionDueOn: string;
}

export interface ApvRoundRow {
  id: string;
  name: string;
  closedOn: string;
  /** May download the organisation-wide report. */
  total: boolean;
  groups: ApvGroupRow[];
}

/** The closed rounds, newest first, each with the groups whose APV the viewer may open and where each stands. */
export async function listApvRounds(viewer: StaffActor, now = new Date()): Promise<ApvRoundRow[]> {
  const closed = (await listRounds(scopedDb(viewer.organisationId), now)).filter((r) => r.status === 'CLOSED');
  const records = await listApvRecords(
    viewer.organisationId,
    closed.map((r) => r.id),
  );
  const byKey = new Map(records.map((r) => [`${r.roundId}/${r.groupId}`, r]));
  const rows: ApvRoundRow[] = [];
  for (const summary of closed) {
    const apv = await openApvRound(viewer, summary.id, now);
    const closedOn = roundClosedOn(apv.ctx.round);
    const groups = apv.ctx.visibility.groups
      .filter((g) => apv.groupIds.has(g.groupId))
      .map((g) => {
        const record = byKey.get(`${summary.id}/${g.groupId}`) ?? null;
        return { groupId: g.groupId, name: g.name, depth: g.depth, status: apvStatus(record, now), revisionDueOn: record ? isoDay(record.revisionDueOn) : latestRevisionDate(closedOn) };
      });
    rows.push({ id: summary.id, name: summary.name, closedOn, total: apv.total, groups });
  }
  return rows;
}
