import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { seedDemo } from '@/lib/domains/demo/seed-demo';
import { buildReport } from '@/lib/domains/report/model';
import { renderReportPdf } from '@/lib/domains/report/render-pdf';
import { actorFromApiKey } from '@/lib/domains/auth/actor';

/** The demo organisation's closed round is what a newcomer's first report is made from: every scope must render. */
describe('the APV report of the demo organisation', () => {
  it('renders as PDF for the whole organisation and for every group, shown or suppressed', async () => {
    await seedDemo();
    const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: 'syddal-kommune' } });
    const round = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, status: 'CLOSED' }, orderBy: { opensAt: 'desc' } });
    const groups = await ownerDb().roundGroup.findMany({ where: { roundId: round.id }, select: { groupId: true, name: true } });
    const viewer = actorFromApiKey({ organisationId: organisation.id, apiKeyId: '00000000-0000-7000-8000-000000000000' }, { ip: null, userAgent: null });
    const failures: string[] = [];
    for (const scope of [{ groupId: undefined, name: 'organisation' }, ...groups]) {
      try {
        const pdf = await renderReportPdf(await buildReport(viewer, { roundId: round.id, groupId: scope.groupId, locale: 'da' }));
        expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      } catch (error) {
        failures.push(`${scope.name}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
