import { afterAll, describe, expect, it } from 'vitest';
import { hashToken } from '@/lib/platform/crypto/tokens';
import { ownerDb } from '@/tests/support/owner-db';
import { env } from '@/lib/platform/env';
import { requestFreshLink, sendFreshLink } from '@/lib/domains/invitations/fresh-link';
import { resolveInvitationToken, responseKeyFor } from '@/lib/domains/invitations/links';
import { sendInvitation } from '@/lib/domains/invitations/send-invitation';
import { stopJobQueue } from '@/lib/platform/queue';
import { closeRound } from '@/lib/domains/rounds/mutations';
import { openRound } from '@/lib/domains/rounds/open-round';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { capturingMailer, createDraft, createRoundsOrg, linkIn } from '../fixtures/rounds';

afterAll(async () => {
  await stopJobQueue();
});

/** An open round over Teknik (two leaders, Danish) and Sundhed (one of them English). */
async function openRoundWithInvitations(groups: 'teknik' | 'sundhed' = 'teknik') {
  const org = await createRoundsOrg();
  const draft = await createDraft(org.caller, { groupIds: [org.groups[groups].id], anonymityThreshold: 4 });
  await openRound(org.caller, draft.id);
  const tenant = scopedDb(org.organisationId);
  const invitations = await tenant.invitation.findMany({ where: { roundId: draft.id }, include: { leader: true } });
  return { org, tenant, round: (await tenant.round.findUnique({ where: { id: draft.id } }))!, invitations };
}

async function jobsFor(queue: string, invitationId: string): Promise<number> {
  const rows = await ownerDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'invitationId' = $2`, queue, invitationId);
  return rows[0]!.n;
}

describe('the invitation mail', () => {
  it('goes to each leader once, with a personal link whose token is stored only as a keyed hash', async () => {
    const { tenant, invitations } = await openRoundWithInvitations();
    const mailer = capturingMailer();
    for (const invitation of invitations) expect(await sendInvitation({ organisationId: invitation.organisationId, invitationId: invitation.id }, mailer.deps)).toBe('sent');
    // A second run of the same jobs (a retry, a duplicate) sends nothing.
    for (const invitation of invitations) expect(await sendInvitation({ organisationId: invitation.organisationId, invitationId: invitation.id }, mailer.deps)).toBe('skipped');

    expect(mailer.sent.map((m) => m.to).sort()).toEqual(invitations.map((i) => i.leader.email).sort());
    const token = linkIn(mailer.sent[0]!);
    const stored = await tenant.invitationToken.findMany();
    expect(stored).toHaveLength(2);
    expect(stored.map((t) => t.tokenHash)).toContain(hashToken(token, 'invitation'));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await tenant.invitation.findMany()).every((i) => i.sentAt !== null)).toBe(true);
  });

  it('says who asks, why, how long it takes, who sees what and until when — in the leader’s language', async () => {
    const { org, invitations } = await openRoundWithInvitations('sundhed');
    const mailer = capturingMailer();
    for (const invitation of invitations) await sendInvitation({ organisationId: invitation.organisationId, invitationId: invitation.id }, mailer.deps);
    const english = mailer.sent.find((m) => m.to === org.leaders.sundhed[0]!.email)!;
    const danish = mailer.sent.find((m) => m.to === org.leaders.sundhed[1]!.email)!;

    expect(english.subject).toBe(`${org.organisation.name} asks for your answer: LederAPV 2027`);
    expect(english.text).toContain('5–8 minutes');
    expect(english.text).toContain('Nobody in the organisation can see your individual answers');
    expect(english.text).toContain('at least 4 answers');
    expect(english.text).toMatch(/You can answer until \d{1,2} \w+ \d{4}/);
    const appUrl = env().APP_URL.replace(/\/$/, '');
    expect(english.text).toContain(`${appUrl}/r/`);
    expect(english.text).toContain(`${appUrl}/link`);
    expect(english.html).toContain('<html lang="en">');

    expect(danish.subject).toBe(`${org.organisation.name} beder om dit svar: LederAPV 2027`);
    expect(danish.text).toContain('Ingen i organisationen kan se dine individuelle svar');
    expect(danish.text).toContain('5–8 minutter');
    expect(danish.html).toContain('<html lang="da">');
  });

  it('is sent again by a retry when the mail server failed, with the link stored when the round opened', async () => {
    const { tenant, invitations } = await openRoundWithInvitations();
    const invitation = invitations[0]!;
    const job = { organisationId: invitation.organisationId, invitationId: invitation.id };
    const linksAtOpening = await tenant.invitationToken.findMany({ where: { invitationId: invitation.id } });
    expect(linksAtOpening).toHaveLength(1);
    const failing = capturingMailer({ failFor: () => true });
    await expect(sendInvitation(job, failing.deps)).rejects.toThrow('SMTP connection lost');
    expect((await tenant.invitation.findUnique({ where: { id: invitation.id } }))?.sentAt).toBeNull();

    const working = capturingMailer();
    expect(await sendInvitation(job, working.deps)).toBe('sent');
    expect(working.sent).toHaveLength(1);
    expect(await resolveInvitationToken(linkIn(working.sent[0]!))).toMatchObject({ state: 'open', invitation: { id: invitation.id } });
    expect(await tenant.invitationToken.findMany({ where: { invitationId: invitation.id } })).toEqual(linksAtOpening);
  });

  it('is not sent to a leader archived after the round opened, nor once the round has closed', async () => {
    const { org, invitations } = await openRoundWithInvitations();
    const [first, second] = invitations;
    await ownerDb().leader.update({ where: { id: first!.leaderId }, data: { archivedAt: new Date() } });
    const mailer = capturingMailer();
    expect(await sendInvitation({ organisationId: first!.organisationId, invitationId: first!.id }, mailer.deps)).toBe('skipped');
    await closeRound(org.caller, second!.roundId);
    expect(await sendInvitation({ organisationId: second!.organisationId, invitationId: second!.id }, mailer.deps)).toBe('skipped');
    expect(mailer.sent).toHaveLength(0);
  });
});

describe('a personal link', () => {
  it('leads to its invitation, round and organisation while the round is open', async () => {
    const { org, invitations } = await openRoundWithInvitations();
    const mailer = capturingMailer();
    await sendInvitation({ organisationId: org.organisationId, invitationId: invitations[0]!.id }, mailer.deps);
    const resolved = await resolveInvitationToken(linkIn(mailer.sent[0]!));
    expect(resolved?.state).toBe('open');
    if (resolved?.state !== 'open') return;
    expect(resolved.invitation.id).toBe(invitations[0]!.id);
    expect(resolved.organisation.id).toBe(org.organisationId);
    expect(resolved.round.status).toBe('OPEN');
  });

  it('is refused — as closed, not unknown — after closesAt even before the round is marked closed, and after closing early', async () => {
    const { org, round, invitations } = await openRoundWithInvitations();
    const mailer = capturingMailer();
    await sendInvitation({ organisationId: org.organisationId, invitationId: invitations[0]!.id }, mailer.deps);
    const token = linkIn(mailer.sent[0]!);
    const afterClosing = new Date(round.closesAt.getTime() + 1);
    expect(await resolveInvitationToken(token, afterClosing)).toMatchObject({ state: 'closed', round: { id: round.id } });
    expect(await resolveInvitationToken(token, afterClosing)).not.toHaveProperty('invitation');
    await closeRound(org.caller, round.id);
    expect(await resolveInvitationToken(token)).toMatchObject({ state: 'closed' });
  });

  it('is unknown when it is not one of ours, malformed or cut short', async () => {
    const { org, invitations } = await openRoundWithInvitations();
    const mailer = capturingMailer();
    await sendInvitation({ organisationId: org.organisationId, invitationId: invitations[0]!.id }, mailer.deps);
    const token = linkIn(mailer.sent[0]!);
    expect(await resolveInvitationToken(token.slice(0, -1))).toBeNull();
    expect(await resolveInvitationToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await resolveInvitationToken("' OR 1=1 --")).toBeNull();
    expect(await resolveInvitationToken('')).toBeNull();
  });

  it('derives the response key from the invitation with the server key, not from the link', () => {
    const key = responseKeyFor('0190a8a0-0000-7000-8000-000000000001');
    expect(key).toBe(responseKeyFor('0190a8a0-0000-7000-8000-000000000001'));
    expect(key).not.toBe(responseKeyFor('0190a8a0-0000-7000-8000-000000000002'));
    expect(key).not.toBe(hashToken('0190a8a0-0000-7000-8000-000000000001', 'invitation'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('asking for a fresh link', () => {
  it('queues the link again for every open round of a known address, and audits it without the address', async () => {
    const { org, tenant, invitations } = await openRoundWithInvitations();
    const invitation = invitations[0]!;
    await requestFreshLink(`  ${invitation.leader.email.toUpperCase()} `, { ip: '198.51.100.7', userAgent: 'test' });
    expect(await jobsFor('send-fresh-link', invitation.id)).toBe(1);
    const audit = await tenant.auditLogEntry.findMany({ where: { action: 'invitation.link-requested' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetType: 'invitation', targetId: invitation.id, ip: '198.51.100.7' });
    expect(JSON.stringify(audit[0])).not.toContain(invitation.leader.email);

    const mailer = capturingMailer();
    expect(await sendFreshLink({ organisationId: org.organisationId, invitationId: invitation.id }, mailer.deps)).toBe('sent');
    expect(mailer.sent[0]!.to).toBe(invitation.leader.email);
    expect(mailer.sent[0]!.subject).toBe('Dit link til LederAPV 2027');
    expect(await resolveInvitationToken(linkIn(mailer.sent[0]!))).toMatchObject({ state: 'open', invitation: { id: invitation.id } });
  });

  it('mails the leader’s own link again, writing no new link that would date the request', async () => {
    const { org, tenant, invitations } = await openRoundWithInvitations();
    const job = { organisationId: org.organisationId, invitationId: invitations[0]!.id };
    const mailer = capturingMailer();
    await sendInvitation(job, mailer.deps);
    const links = await tenant.invitationToken.findMany({ where: { invitationId: job.invitationId } });
    await sendFreshLink(job, mailer.deps);
    const [first, fresh] = mailer.sent.map(linkIn);
    expect(fresh).toBe(first);
    expect(await resolveInvitationToken(fresh!)).toMatchObject({ state: 'open', invitation: { id: job.invitationId } });
    expect(await tenant.invitationToken.findMany({ where: { invitationId: job.invitationId } })).toEqual(links);
  });

  it('answers an unknown address exactly as a known one, and does nothing for it', async () => {
    const { invitations } = await openRoundWithInvitations();
    const before = await ownerDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-fresh-link'`);
    const known = await requestFreshLink(invitations[0]!.leader.email);
    const unknown = await requestFreshLink('nobody@example.test');
    const invalid = await requestFreshLink('not an address');
    expect(unknown).toEqual(known);
    expect(invalid).toEqual(known);
    const after = await ownerDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-fresh-link'`);
    expect(after[0]!.n).toBe(before[0]!.n + 1);
  });

  it('sends nothing for a closed round', async () => {
    const { org, round, invitations } = await openRoundWithInvitations();
    await closeRound(org.caller, round.id);
    await requestFreshLink(invitations[0]!.leader.email);
    expect(await jobsFor('send-fresh-link', invitations[0]!.id)).toBe(0);
    const mailer = capturingMailer();
    expect(await sendFreshLink({ organisationId: org.organisationId, invitationId: invitations[0]!.id }, mailer.deps)).toBe('skipped');
  });

  it('stops after a few requests an hour, so the form cannot flood an inbox', async () => {
    const { invitations } = await openRoundWithInvitations();
    const leader = invitations[0]!;
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push(
        await requestFreshLink(leader.leader.email).then(
          () => 'queued',
          (error: { code?: string }) => error.code,
        ),
      );
    expect(outcomes).toEqual(['queued', 'queued', 'queued', 'rate_limited', 'rate_limited']);
    expect(await jobsFor('send-fresh-link', leader.id)).toBe(3);
  });
});
