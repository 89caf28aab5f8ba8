import { expect, test } from '@playwright/test';
import { signInAs } from './support/fixtures';
import { waitForMail } from './support/mailbox';

const DEMO_SLUG = 'syddal-kommune';

/**
 * The second person (issue 13): in the demo organisation, which has a MED/AMO member, HR cannot
 * open a round alone. HR asks; MED/AMO — signed in as med@syddal.example — sees who joined the
 * round's groups lately and approves; then HR opens it.
 */
test('HR asks MED/AMO to approve a round, MED/AMO checks the newcomers and approves, and HR opens it', async ({ browser }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const demo = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const teknik = await ownerDb().leaderGroup.findFirstOrThrow({ where: { organisationId: demo.id, name: 'Teknik og Miljø' } });
  // Teknik og Miljø has two leaders from before; a third, added today, makes it big enough to show.
  const suffix = Math.random().toString(36).slice(2, 8);
  await ownerDb().leader.create({ data: { organisationId: demo.id, groupId: teknik.id, name: 'Nina Nyansat', email: `nina.${suffix}@syddal.example` } });
  const roundName = `Teknik-runde ${suffix}`;

  const hrContext = await browser.newContext();
  await signInAs(hrContext, demo.id, 'HR_ADMIN');
  const hr = await hrContext.newPage();
  await hr.goto(`/${DEMO_SLUG}/rounds/new`);
  await hr.getByLabel('Navn').fill(roundName);
  await hr.getByRole('checkbox', { name: 'Teknik og Miljø' }).check();
  await hr.getByRole('button', { name: 'Gem som kladde' }).click();
  await expect(hr.getByRole('heading', { level: 1, name: roundName })).toBeVisible();

  // The preview lists the newcomer; opening waits for MED/AMO.
  const newcomers = hr.getByRole('list', { name: 'Nye i grupperne de sidste 30 dage' });
  await expect(newcomers.getByRole('row', { name: /Nina Nyansat .*Tilføjet/ })).toBeVisible();
  await expect(newcomers.getByText(/Uden de nye ville gruppen have under 3 ledere/)).toBeVisible();
  const openSection = hr.getByRole('region', { name: 'Åbn runden og send invitationer' });
  await expect(openSection.getByText('Runden kan først åbnes, når et MED/AMO-medlem')).toBeVisible();
  await expect(openSection.getByText('MED/AMO er ikke bedt om godkendelse endnu.')).toBeVisible();
  await expect(openSection.getByRole('button', { name: 'Åbn og send invitationer' })).toHaveCount(0);
  const askedAt = new Date();
  await openSection.getByRole('button', { name: 'Bed MED/AMO om godkendelse' }).click();
  // Karen Bach and any other MED/AMO member of the demo (other specs add some).
  await expect(openSection.getByText(/^\d+ (person|personer) fra MED\/AMO er bedt om at godkende runden\.$/)).toBeVisible();
  await expect(openSection.getByText(/MED\/AMO blev sidst bedt om godkendelse/)).toBeVisible();

  // MED/AMO gets the mail and follows its link.
  const mail = await waitForMail('med@syddal.example', { subject: new RegExp(roundName), after: askedAt, timeoutMs: 20_000 });
  const link = /https?:\/\/\S+\/rounds\/[0-9a-f-]{36}/.exec(mail.text)![0];
  const medContext = await browser.newContext();
  await signInAs(medContext, demo.id, 'MED_AMO', { email: 'med@syddal.example' });
  const med = await medContext.newPage();
  await med.goto(new URL(link).pathname);
  await expect(med.getByRole('heading', { level: 1, name: roundName })).toBeVisible();
  await expect(med.getByRole('list', { name: 'Nye i grupperne de sidste 30 dage' }).getByRole('row', { name: /Nina Nyansat nina\.\S+ Tilføjet/ })).toBeVisible();
  const approveSection = med.getByRole('region', { name: 'Godkend runden' });
  await approveSection.getByRole('button', { name: 'Godkend runden' }).click();
  await expect(approveSection.getByRole('checkbox', { name: 'Jeg har tjekket, hvem der inviteres i hver gruppe' })).toHaveAccessibleDescription(/Sæt hak for at bekræfte/);
  await approveSection.getByRole('checkbox', { name: 'Jeg har tjekket, hvem der inviteres i hver gruppe' }).check();
  await approveSection.getByRole('button', { name: 'Godkend runden' }).click();
  await expect(med.getByText('Du har godkendt runden. HR kan nu åbne den.')).toBeVisible();

  // HR now sees who approved, and opens.
  await hr.reload();
  await expect(openSection.getByText(/^Godkendt af Karen Bach /)).toBeVisible();
  await openSection.getByRole('checkbox', { name: 'Ja, send invitationer til 3 ledere' }).check();
  await openSection.getByRole('button', { name: 'Åbn og send invitationer' }).click();
  await expect(hr.getByText('Runden er åben. 3 invitationer er på vej.')).toBeVisible();

  await hrContext.close();
  await medContext.close();
});
