import { describe, expect, it } from 'vitest';
import { resolveInvitationToken } from '@/lib/domains/invitations/links';
import { enqueue } from '@/lib/platform/queue';
import { requestFreshLink } from '@/lib/domains/invitations/fresh-link';
import { openRound } from '@/lib/domains/rounds/open-round';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { useMailAndJobs } from '../support/mail-and-jobs';
import { createDraft, createRoundsOrg, linkIn } from '../fixtures/rounds';
import { ownerDb } from '@/tests/support/owner-db';

/** The real path: open → jobs in PostgreSQL → pg-boss workers → SMTP. */
const delivery = useMailAndJobs();

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the job queue', () => {
  it('delivers one invitation mail per leader over SMTP after a round opens, and marks each sent', async () => {
    const org = await createRoundsOrg();
    const draft = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id] });
    const { invited } = await openRound(org.caller, draft.id);
    const emails = [...org.leaders.sundhed, ...org.leaders.pleje].map((l) => l.email);
    await waitUntil(async () => emails.every((e) => delivery.smtp.messages.some((m) => m.to.includes(e))));
    const tenant = scopedDb(org.organisationId);
    await waitUntil(async () => (await tenant.invitation.count({ where: { roundId: draft.id, sentAt: { not: null } } })) === invited);

    const ours = delivery.smtp.messages.filter((m) => emails.some((e) => m.to.includes(e)));
    expect(ours).toHaveLength(invited);
    const mail = ours.find((m) => m.to.includes(org.leaders.pleje[0]!.email))!;
    expect(mail.subject).toContain('LederAPV 2027');
    expect(mail.html).toContain('/r/');
    expect(await resolveInvitationToken(linkIn(mail))).toMatchObject({ state: 'open', invitation: { leaderId: org.leaders.pleje[0]!.id } });
  });

  it('mails a fresh link asked for on /link', async () => {
    const org = await createRoundsOrg();
    const draft = await createDraft(org.caller, { groupIds: [org.groups.teknik.id] });
    await openRound(org.caller, draft.id);
    const email = org.leaders.teknik[0]!.email;
    await delivery.smtp.waitForMessage((m) => m.to.includes(email), 15_000);
    await requestFreshLink(email);
    const fresh = await delivery.smtp.waitForMessage((m) => m.to.includes(email) && /Dit link til|Your link to/.test(m.subject), 15_000);
    expect(await resolveInvitationToken(linkIn(fresh))).toMatchObject({ state: 'open' });
  });

  it('runs the reminder scan as a job: an expired round gets closed', async () => {
    const org = await createRoundsOrg();
    const draft = await createDraft(org.caller, { groupIds: [org.groups.teknik.id] });
    await openRound(org.caller, draft.id);
    await ownerDb().round.update({ where: { id: draft.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    await enqueue('reminder-scan', {});
    const tenant = scopedDb(org.organisationId);
    await waitUntil(async () => (await tenant.round.findUnique({ where: { id: draft.id } }))?.status === 'CLOSED');
  });
});
