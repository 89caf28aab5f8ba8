import { describe, expect, it } from 'vitest';
import { mailSwitchedOn, mailSwitches, setMailSwitches } from '@/lib/domains/notifications/switches';
import { ownerDb } from '@/tests/support/owner-db';
import { memberActorOf } from '../fixtures/actors';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';

async function orgWithStaff() {
  const org = await createOrg();
  const organisationId = org.organisation.id;
  const hr = await memberActorOf(organisationId, (await createStaff(organisationId, 'HR_ADMIN')).user.id);
  const medAmo = await memberActorOf(organisationId, (await createStaff(organisationId, 'MED_AMO')).user.id);
  return { organisationId, hr, medAmo };
}

describe("the organisation's mail switches", () => {
  it('has every follow-up mail on until HR switches one off, and logs each change once', async () => {
    const { organisationId, hr } = await orgWithStaff();
    expect((await mailSwitches(organisationId)).every((s) => s.on)).toBe(true);

    await setMailSwitches(hr, ['RESULTS_READY', 'APV_AWAITS_APPROVAL', 'APV_REVISION_DUE', 'SHARE_NOTICE']);
    await setMailSwitches(hr, ['RESULTS_READY', 'APV_AWAITS_APPROVAL', 'APV_REVISION_DUE', 'SHARE_NOTICE']);
    expect(await mailSwitchedOn(organisationId, 'ACTION_DUE_SOON')).toBe(false);
    expect(await mailSwitchedOn(organisationId, 'RESULTS_READY')).toBe(true);
    expect((await mailSwitches(organisationId)).filter((s) => !s.on).map((s) => s.kind)).toEqual(['ACTION_DUE_SOON']);

    await setMailSwitches(hr, []);
    expect((await mailSwitches(organisationId)).some((s) => s.on)).toBe(false);
    const log = await ownerDb().auditLogEntry.findMany({ where: { organisationId, action: 'organisation.mails-changed' }, orderBy: { createdAt: 'asc' } });
    expect(log.map((e) => e.details)).toEqual([
      { from: 'none', to: 'ACTION_DUE_SOON' },
      { from: 'ACTION_DUE_SOON', to: 'RESULTS_READY,APV_AWAITS_APPROVAL,APV_REVISION_DUE,SHARE_NOTICE,ACTION_DUE_SOON' },
    ]);
  });

  it('is HR’s to change: MED/AMO is refused', async () => {
    const { organisationId, medAmo } = await orgWithStaff();
    await expect(setMailSwitches(medAmo, [])).rejects.toMatchObject({ code: 'forbidden' });
    expect((await mailSwitches(organisationId)).every((s) => s.on)).toBe(true);
  });
});
