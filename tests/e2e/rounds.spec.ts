import { expect, test } from '@playwright/test';
import { signInAs } from './support/fixtures';
import { waitForMail } from './support/mailbox';

/** An organisation with Direktion (1 leader) ⊃ Sundhed (3) ⊃ Plejecentre (3), and Teknik (2) under Direktion. */
async function organisationWithLeaders() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = Math.random().toString(36).slice(2, 8);
  const organisation = await ownerDb().organisation.create({ data: { name: `Runde Kommune ${suffix}`, slug: `runde-${suffix}` } });
  const organisationId = organisation.id;
  const group = (name: string, parentId: string | null = null) => ownerDb().leaderGroup.create({ data: { organisationId, name, parentId } });
  const direktion = await group('Direktion');
  const sundhed = await group('Sundhed', direktion.id);
  const pleje = await group('Plejecentre', sundhed.id);
  const teknik = await group('Teknik', direktion.id);
  const emails: string[] = [];
  let n = 0;
  for (const [groupId, count] of [
    [direktion.id, 1],
    [sundhed.id, 3],
    [pleje.id, 3],
    [teknik.id, 2],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const email = `leder${++n}.${suffix}@example.test`;
      emails.push(email);
      await ownerDb().leader.create({ data: { organisationId, groupId, name: `Leder ${n}`, email } });
    }
  }
  return { organisation, emails };
}

test('HR creates a round, sees what can be shown anonymously, opens it, and every leader gets a working personal link', async ({ page, context }) => {
  const { organisation, emails } = await organisationWithLeaders();
  await signInAs(context, organisation.id, 'HR_ADMIN');

  await page.goto(`/${organisation.slug}/rounds`);
  await expect(page.getByRole('heading', { level: 1, name: 'Runder' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ingen runder endnu' })).toBeVisible();
  await page.getByRole('link', { name: 'Ny runde' }).click();

  // Every field error at once, tied to its field.
  await page.getByLabel('Navn').fill('');
  await page.getByRole('button', { name: 'Gem som kladde' }).click();
  await expect(page.getByLabel('Navn')).toHaveAccessibleDescription(/Skal være mindst 2 tegn/);
  await expect(page.getByRole('group', { name: 'Grupper' })).toHaveAccessibleDescription(/Vælg mindst én gruppe/);

  await page.getByLabel('Navn').fill('LederAPV 2027');
  await page.getByRole('checkbox', { name: 'Direktion' }).check();
  await page.getByLabel('Anonymitetsgrænse').fill('4');
  await page.getByRole('button', { name: 'Gem som kladde' }).click();

  // The draft's page: Sundhed (6) would leave 3 < 4 in Direktion, so it is hidden; the rest are too small.
  await expect(page.getByRole('heading', { level: 1, name: 'LederAPV 2027' })).toBeVisible();
  await expect(page.getByText('Kladde', { exact: true })).toBeVisible();
  const preview = page.getByRole('table', { name: 'Anonymitet: hvad kan vises?' });
  await expect(preview.getByRole('row', { name: /Direktion 9 .*Kan vises/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Sundhed 6 .*Skjules/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Teknik 2 .*For få/ })).toBeVisible();

  // Opening needs an explicit yes.
  await page.getByRole('button', { name: 'Åbn og send invitationer' }).click();
  await expect(page.getByRole('checkbox', { name: 'Ja, send invitationer til 9 ledere' })).toHaveAccessibleDescription(/Sæt hak for at bekræfte/);
  await page.getByRole('checkbox', { name: 'Ja, send invitationer til 9 ledere' }).check();
  await page.getByRole('button', { name: 'Åbn og send invitationer' }).click();
  await expect(page.getByText('Runden er åben. 9 invitationer er på vej.')).toBeVisible();
  await expect(page.getByText('Åben', { exact: true })).toBeVisible();
  await expect(page.getByText('0 af 9 har svaret (0 %)')).toBeVisible();
  // The notice is said once: it leaves the address, so a reload does not say it again.
  await expect(page).not.toHaveURL(/opened=/);
  await page.reload();
  await expect(page.getByText('0 af 9 har svaret (0 %)')).toBeVisible();
  await expect(page.getByText(/Runden er åben/)).toHaveCount(0);
  // Per group, counts only where the threshold (4) allows: Sundhed's 6 would leave Direktion's 3 others exposed.
  const progress = page.getByRole('table', { name: 'Svarprocent' });
  await expect(progress.getByRole('row', { name: /^Direktion 9 0 0 %/ })).toBeVisible();
  await expect(progress.getByRole('row', { name: /Sundhed .*Antal skjult/ })).toBeVisible();
  await expect(progress.getByRole('row', { name: /Teknik .*Færre end 4 inviteret/ })).toBeVisible();

  // The queue in the server sends the invitations; the link opens the leader's questionnaire.
  const mail = await waitForMail(emails[4]!, { subject: /LederAPV 2027/, timeoutMs: 20_000 });
  expect(mail.text).toContain('Ingen i organisationen kan se dine individuelle svar');
  const link = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
  await page.goto(link);
  await expect(page.getByText('LederAPV 2027').first()).toBeVisible();

  // HR sees that mails left — never who answered, and never on the page with the counts.
  await page.goto(`/${organisation.slug}/rounds`);
  await page.getByRole('link', { name: 'LederAPV 2027' }).click();
  await expect(page.getByRole('table', { name: 'Inviterede ledere' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Se de 9 inviterede ledere' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inviterede ledere (9)' })).toBeVisible();
  const invited = page.getByRole('table', { name: 'Inviterede ledere' });
  await expect(invited.getByRole('row')).toHaveCount(10);
  await expect(invited.getByRole('columnheader')).toHaveText(['Navn', 'E-mail', 'Gruppe', 'Invitation']);
  await expect(page.getByText(/har svaret \(/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Tilbage til runden' }).click();

  // Close early, after confirming.
  await page.getByRole('checkbox', { name: 'Ja, luk runden nu' }).check();
  await page.getByRole('button', { name: 'Luk runden' }).click();
  await expect(page.getByText('Runden er lukket.', { exact: true })).toBeVisible();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('LederAPV 2027');
});

test("HR copies last year's round into next year's draft and sees the anonymity with this year's leaders", async ({ page, context }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { organisation } = await organisationWithLeaders();
  const groups = await ownerDb().leaderGroup.findMany({ where: { organisationId: organisation.id } });
  const id = (name: string) => groups.find((g) => g.name === name)!.id;
  const opensAt = new Date(Date.now() - 300 * 86_400_000);
  await ownerDb().round.create({
    data: {
      organisationId: organisation.id,
      name: 'LederAPV 2026',
      status: 'CLOSED',
      opensAt,
      closesAt: new Date(opensAt.getTime() + 21 * 86_400_000),
      closedAt: new Date(opensAt.getTime() + 21 * 86_400_000),
      groupIds: [id('Sundhed'), id('Teknik')],
      anonymityThreshold: 4,
      reminderDays: [10, 3],
      questionnaireVersion: '2026.1',
    },
  });
  // Since last year: Teknik was archived, and Sundhed got a fourth leader of its own.
  await ownerDb().leaderGroup.update({ where: { id: id('Teknik') }, data: { archivedAt: new Date() } });
  await ownerDb().leader.create({ data: { organisationId: organisation.id, groupId: id('Sundhed'), name: 'Ny leder', email: `ny.${organisation.id}@example.test` } });
  await signInAs(context, organisation.id, 'HR_ADMIN');

  // The new-round page offers to start from the last round.
  await page.goto(`/${organisation.slug}/rounds/new`);
  const startFrom = page.getByRole('region', { name: 'Start fra sidste års runde' });
  await expect(startFrom.getByText(/Kopiér LederAPV 2026 med grupper/)).toBeVisible();
  await startFrom.getByRole('button', { name: 'Kopiér som ny runde' }).click();

  // The draft's review page: a year later, the same threshold and reminders, Teknik left out and said so.
  const nextYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date(opensAt.getTime() + 366 * 86_400_000));
  await expect(page.getByRole('heading', { level: 1, name: `LederAPV ${nextYear}` })).toBeVisible();
  await expect(page.getByText('Kladde', { exact: true })).toBeVisible();
  await expect(page.getByText(/Kladden er kopieret/)).toBeVisible();
  await expect(page.getByText('Denne gruppe er arkiveret og er ikke med i den nye runde: Teknik')).toBeVisible();
  await expect(page.getByText('10, 3 dage før lukning')).toBeVisible();
  // This year's leaders: Sundhed 4 + Plejecentre 3 = 7 with a threshold of 4.
  const preview = page.getByRole('table', { name: 'Anonymitet: hvad kan vises?' });
  await expect(preview.getByRole('row', { name: /Sundhed 7 .*Kan vises/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Plejecentre 3 .*For få/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Teknik/ })).toHaveCount(0);

  // The old round's own page has the same action.
  await page.goto(`/${organisation.slug}/rounds`);
  await page.getByRole('link', { name: 'LederAPV 2026' }).click();
  await page.getByRole('region', { name: 'Næste års runde' }).getByRole('button', { name: 'Kopiér som ny runde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `LederAPV ${nextYear} (2)` })).toBeVisible();
});

test('the new-round form offers a name no round of the organisation has', async ({ page, context }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { organisation } = await organisationWithLeaders();
  // This year's and next year's rounds exist already, whichever year the form's closing date falls in.
  const year = new Date().getFullYear();
  const taken = [`LederAPV ${year}`, `LederAPV ${year + 1}`];
  for (const name of taken) {
    await ownerDb().round.create({ data: { organisationId: organisation.id, name, opensAt: new Date(), closesAt: new Date(), questionnaireVersion: '2026.1' } });
  }
  await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/${organisation.slug}/rounds/new`);
  const name = await page.getByLabel('Navn').inputValue();
  expect(taken).not.toContain(name);
  expect(name).toMatch(/^LederAPV \d{4} \(2\)$/);
});

test('another organisation’s round looks exactly like a round that does not exist', async ({ page, context }) => {
  const mine = await organisationWithLeaders();
  const theirs = await organisationWithLeaders();
  const { ownerDb } = await import('@/tests/support/owner-db');
  const group = await ownerDb().leaderGroup.findFirstOrThrow({ where: { organisationId: theirs.organisation.id, name: 'Teknik' } });
  const round = await ownerDb().round.create({
    data: { organisationId: theirs.organisation.id, name: 'Deres runde', opensAt: new Date(), closesAt: new Date(Date.now() + 7 * 86_400_000), groupIds: [group.id], questionnaireVersion: '2026.1' },
  });
  await signInAs(context, mine.organisation.id, 'HR_ADMIN');
  const response = await page.goto(`/${mine.organisation.slug}/rounds/${round.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await expect(page.getByText('Deres runde')).toHaveCount(0);
  await page.goto(`/${mine.organisation.slug}/rounds/0190a8a0-0000-7000-8000-000000000000`);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
});

test('a leader who lost the link asks for a new one and gets the same answer whether the address is known or not', async ({ page }) => {
  await page.goto('/link');
  await expect(page.getByRole('heading', { level: 1, name: 'Få dit personlige link igen' })).toBeVisible();
  await page.getByRole('button', { name: 'Send mig mit link' }).click();
  await expect(page.getByLabel('Din e-mailadresse')).toHaveAccessibleDescription(/Skriv en gyldig e-mailadresse/);
  await page.getByLabel('Din e-mailadresse').fill('nobody@example.test');
  await page.getByRole('button', { name: 'Send mig mit link' }).click();
  await expect(page.getByText('Hvis adressen er kendt i en åben runde, er dit link på vej.', { exact: false })).toBeVisible();
});
