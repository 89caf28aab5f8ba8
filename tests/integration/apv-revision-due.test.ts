import { describe, expect, it } from 'vitest';
import { saveApvRecord } from '@/lib/domains/apv/mutations';
import { isoDay } from '@/lib/platform/format/dates';
import { listRevisionsDue } from '@/lib/domains/apv/revision-due';
import { ownerDb } from '@/tests/support/owner-db';
import { createResultsOrg, createResultsRound, resultsViewer, same } from '../fixtures/results';

const DAY = 86_400_000;
const tree = [
  { key: 'Direktion', answers: same(3, { strain: 2, resource: 4 }) },
  { key: 'Sundhed', parent: 'Direktion', answers: same(3, { strain: 3, resource: 3 }) },
  { key: 'Teknik', parent: 'Direktion', answers: same(3, { strain: 3, resource: 3 }) },
];

describe("the overview's APV revision dates", () => {
  it("lists each group's newest APV, earliest date first, with overdue and due-within-90-days flagged", async () => {
    const org = await createResultsOrg();
    const now = new Date();
    // An old round closed almost three years ago, and this year's.
    const old = await createResultsRound(org, tree, { name: 'LederAPV gammel', opensAt: new Date(now.getTime() - 3 * 365 * DAY), closesAt: new Date(now.getTime() - 3 * 365 * DAY + 20 * DAY) });
    const fresh = await createResultsRound(org, tree, { name: 'LederAPV ny', opensAt: new Date(now.getTime() - 40 * DAY), closesAt: new Date(now.getTime() - 20 * DAY) });
    await ownerDb().round.updateMany({ where: { id: { in: [old.roundId, fresh.roundId] } }, data: { closedAt: null } });
    const viewer = await resultsViewer(org, 'HR_ADMIN');
    const hr = { ...viewer, name: 'HR', locale: 'da' as const };
    const write = (roundId: string, group: string, revisionDueOn: string) =>
      saveApvRecord(hr, { roundId, groupId: org.groups[group]!, problemsAssessment: 'x', sicknessAbsence: '', followUpGuidelines: '', revisionDueOn });
    const inDays = (days: number) => isoDay(new Date(now.getTime() + days * DAY));
    const oldClose = old.round.closesAt.getTime();
    await write(old.roundId, 'Direktion', isoDay(new Date(oldClose + 2 * 365 * DAY))); // long past
    await write(old.roundId, 'Sundhed', isoDay(new Date(oldClose + 2 * 365 * DAY))); // superseded below
    await write(old.roundId, 'Teknik', inDays(10));
    await write(fresh.roundId, 'Sundhed', inDays(400));

    const rows = await listRevisionsDue(viewer, now);
    expect(rows.map((r) => [r.groupName, r.roundName, r.urgency])).toEqual([
      ['Direktion', 'LederAPV gammel', 'overdue'],
      ['Teknik', 'LederAPV gammel', 'due-soon'],
      ['Sundhed', 'LederAPV ny', 'later'],
    ]);
  });
});
