import { expect, test } from '@playwright/test';
import { allMails, linksIn, waitForMail, type Mail } from './support/mailbox';
import { answerEverything } from './support/questionnaire';

/**
 * HR's whole path in one story, as a new customer walks it: sign up, sign in from the mailed
 * link, build the group tree, import leaders (one row needs fixing), create and open a round,
 * every invitation arrives, one leader answers, the count moves, a reminder reaches only those
 * who have not answered, and closing the round stops every link.
 */
const personalLink = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{43}/;

function linkOf(mail: Mail, pattern: RegExp): string {
  const link = linksIn(mail).find((l) => pattern.test(l));
  if (!link) throw new Error(`No link matching ${pattern} in:\n${mail.text}`);
  return link;
}

test('HR goes from sign-up to a closed round with every leader invited, reminded only if they have not answered', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const hrEmail = `hr.${suffix}@fjordby.example`;
  const organisationName = `Fjordby Kommune ${suffix}`;
  const leaders = ['anne', 'bo', 'cecilie', 'dan'].map((name) => ({ name, email: `${name}.${suffix}@fjordby.example` }));

  // Sign up and sign in from the mailed magic link.
  await page.goto('/sign-up');
  await page.getByLabel('Organisationens navn').fill(organisationName);
  await page.getByLabel('Dit navn').fill('Hanne Rasmussen');
  await page.getByLabel('Din arbejdsmail').fill(hrEmail);
  const signedUpAt = new Date();
  await page.getByRole('button', { name: 'Opret organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();
  await page.goto(linkOf(await waitForMail(hrEmail, { subject: /Dit login til Ledertrivsel/, after: signedUpAt }), /\/api\/auth\/callback\/email/));
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  const slug = new URL(page.url()).pathname.split('/')[1]!;

  // The group tree: Direktion ⊃ Sundhed ⊃ Plejecentre.
  await page.getByRole('navigation', { name: 'Organisationens menu' }).getByRole('link', { name: 'Ledergrupper' }).click();
  for (const [name, parent] of [
    ['Direktion', null],
    ['Sundhed', 'Direktion'],
    ['Plejecentre', 'Direktion / Sundhed'],
  ] as const) {
    await page.getByLabel('Navn', { exact: true }).fill(name);
    if (parent) await page.getByLabel('Placeret under').selectOption({ label: parent });
    await page.getByRole('button', { name: 'Opret gruppe' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Gruppen »${name}« er oprettet.` })).toBeVisible();
  }

  // Leaders from CSV: one row names a group that does not exist; nothing is imported until it is fixed.
  await page.goto(`/${slug}/leaders/import`);
  const csv = (plejeGroup: string) =>
    [
      'navn;e-mail;gruppe',
      `Anne Ahl;${leaders[0]!.email};Direktion`,
      `Bo Berg;${leaders[1]!.email};Direktion/Sundhed`,
      `Cecilie Carl;${leaders[2]!.email};${plejeGroup}`,
      `Dan Dahl;${leaders[3]!.email};Direktion/Sundhed/Plejecentre`,
    ].join('\n');
  await page.getByLabel('Eller indsæt CSV-teksten').fill(csv('Direktion/Plejecenter'));
  await page.getByRole('button', { name: 'Kontrollér rækkerne' }).click();
  await expect(page.getByText('1 af 4 rækker har et problem.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importér 4 ledere' })).toBeDisabled();
  await page.getByLabel('Eller indsæt CSV-teksten').fill(csv('Direktion/Sundhed/Plejecentre'));
  await page.getByRole('button', { name: 'Kontrollér rækkerne' }).click();
  await expect(page.getByText('Alle 4 rækker er klar til import.')).toBeVisible();
  await page.getByRole('button', { name: 'Importér 4 ledere' }).click();
  await expect(page.getByText('4 ledere er importeret.')).toBeVisible();

  // A round over the whole tree, with reminders 7 and 2 days before closing; opened after a yes.
  await page.goto(`/${slug}/rounds/new`);
  await page.getByLabel('Navn').fill('LederAPV 2027');
  await page.getByRole('checkbox', { name: 'Direktion' }).check();
  await page.getByLabel('Påmindelser (dage før lukning)').fill('7, 2');
  await page.getByRole('button', { name: 'Gem som kladde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'LederAPV 2027' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ja, send invitationer til 4 ledere' }).check();
  const openedAt = new Date();
  await page.getByRole('button', { name: 'Åbn og send invitationer' }).click();
  await expect(page.getByText('Runden er åben. 4 invitationer er på vej.')).toBeVisible();
  const roundPage = page.url();

  // Every invitation arrives, each with its own personal link.
  const invitations = await Promise.all(leaders.map((l) => waitForMail(l.email, { subject: /LederAPV 2027/, after: openedAt, timeoutMs: 20_000 })));
  const links = invitations.map((mail) => personalLink.exec(mail.text)![0]);
  expect(new Set(links).size).toBe(4);

  // One leader (Bo) answers in a browser of their own; HR's count moves from 0 to 1 of 4.
  await page.goto(roundPage);
  await expect(page.getByText('0 af 4 har svaret (0 %)')).toBeVisible();
  const leaderContext = await browser.newContext();
  const leaderPage = await leaderContext.newPage();
  await leaderPage.goto(links[1]!);
  await answerEverything(leaderPage, 3);
  await leaderPage.getByRole('button', { name: 'Indsend mine svar' }).click();
  await expect(leaderPage.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('1 af 4 har svaret (25 %)')).toBeVisible();

  // A reminder now reaches the three who have not answered, and not Bo.
  const remindedAt = new Date();
  await page.getByRole('button', { name: 'Send påmindelse' }).click();
  await expect(page.getByText('3 ledere får en påmindelse om lidt.')).toBeVisible();
  for (const leader of [leaders[0]!, leaders[2]!, leaders[3]!]) await waitForMail(leader.email, { subject: /^Påmindelse: LederAPV 2027/, after: remindedAt, timeoutMs: 20_000 });
  const toBo = (await allMails()).filter((m) => m.to === leaders[1]!.email && new Date(m.receivedAt) > remindedAt);
  expect(toBo).toEqual([]);

  // Closing the round stops every link, the answered one and the unanswered ones alike.
  await page.getByRole('checkbox', { name: 'Ja, luk runden nu' }).check();
  await page.getByRole('button', { name: 'Luk runden' }).click();
  await expect(page.getByText('Runden er lukket.', { exact: true })).toBeVisible();
  for (const link of [links[1]!, links[2]!]) {
    await leaderPage.goto(link);
    await expect(leaderPage.getByRole('heading', { level: 1, name: 'Runden er lukket' })).toBeVisible();
    await expect(leaderPage.getByRole('button', { name: 'Indsend mine svar' })).toHaveCount(0);
    // …and leads on to the group's results: signing in with the address the link came to.
    await expect(leaderPage.getByRole('link', { name: 'Log ind og se resultaterne' })).toHaveAttribute('href', `/sign-in?callbackUrl=${encodeURIComponent(`/${slug}/results`)}`);
  }
  await leaderContext.close();
});
