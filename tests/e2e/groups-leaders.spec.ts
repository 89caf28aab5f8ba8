import { expect, test } from '@playwright/test';
import { signInAs } from './support/fixtures';

async function emptyOrganisation() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = Math.random().toString(36).slice(2, 8);
  return ownerDb().organisation.create({ data: { name: `Gruppe Kommune ${suffix}`, slug: `gruppe-${suffix}` } });
}

test('HR builds the group tree: creates, refuses a duplicate, renames, moves and archives', async ({ page, context }) => {
  const organisation = await emptyOrganisation();
  await signInAs(context, organisation.id, 'HR_ADMIN');

  await page.goto(`/${organisation.slug}/groups`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ledergrupper' })).toBeVisible();
  await expect(page.getByText('Ingen ledergrupper endnu')).toBeVisible();

  await page.getByLabel('Navn', { exact: true }).fill('Direktion');
  await page.getByRole('button', { name: 'Opret gruppe' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gruppen »Direktion« er oprettet.' })).toBeVisible();

  for (const name of ['Sundhed', 'Økonomi']) {
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByLabel('Placeret under').selectOption({ label: 'Direktion' });
    await page.getByRole('button', { name: 'Opret gruppe' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Gruppen »${name}« er oprettet.` })).toBeVisible();
  }

  // A sibling's name, in another case: refused next to the field.
  await page.getByLabel('Navn', { exact: true }).fill('sundhed');
  await page.getByLabel('Placeret under').selectOption({ label: 'Direktion' });
  await page.getByRole('button', { name: 'Opret gruppe' }).click();
  await expect(page.getByLabel('Navn', { exact: true })).toHaveAccessibleDescription(/Der findes allerede en gruppe, der hedder »Sundhed«/);

  // The tree is nested lists, with leader counts.
  const tree = page.getByRole('region', { name: 'Grupper (3)' });
  const direktionItem = tree
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Direktion', exact: true }) })
    .first();
  await expect(direktionItem.getByRole('list').getByRole('link', { name: 'Sundhed' })).toBeVisible();
  await expect(direktionItem).toContainText('ingen ledere');

  await tree.getByRole('link', { name: 'Sundhed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sundhed' })).toBeVisible();
  await page.getByLabel('Nyt navn').fill('Sundhed og Omsorg');
  await page.getByRole('button', { name: 'Omdøb gruppe' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gruppen hedder nu »Sundhed og Omsorg«.' })).toBeVisible();

  // Its own subtree is never offered as a new parent.
  const move = page.getByLabel('Flyt ind under');
  await expect(move.getByRole('option', { name: /Sundhed og Omsorg/ })).toHaveCount(0);
  await move.selectOption({ label: 'Direktion / Økonomi' });
  await page.getByRole('button', { name: 'Flyt gruppe' }).click();
  await expect(page.getByRole('status').filter({ hasText: '»Sundhed og Omsorg« er flyttet.' })).toBeVisible();
  await expect(page.getByText('Direktion / Økonomi / Sundhed og Omsorg')).toBeVisible();

  // Archiving asks first; Cancel does nothing.
  await page.getByRole('button', { name: 'Arkivér gruppe …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Arkivér »Sundhed og Omsorg«?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Arkivér gruppe …' }).click();
  await dialog.getByRole('button', { name: 'Arkivér', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gruppen »Sundhed og Omsorg« er arkiveret.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Arkiverede grupper (1)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Direktion / Økonomi / Sundhed og Omsorg' })).toBeVisible();
});

test('HR adds, edits and archives leaders, and a group with leaders cannot be archived', async ({ page, context }) => {
  const organisation = await emptyOrganisation();
  const { ownerDb } = await import('@/tests/support/owner-db');
  const direktion = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Direktion' } });
  const sundhed = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Sundhed', parentId: direktion.id } });
  await signInAs(context, organisation.id, 'HR_ADMIN');

  await page.goto(`/${organisation.slug}/leaders`);
  await expect(page.getByText('Ingen ledere endnu')).toBeVisible();
  const add = page.getByRole('region', { name: 'Tilføj en leder' });
  await add.getByLabel('Navn', { exact: true }).fill('Anne Jensen');
  await add.getByLabel('E-mail', { exact: true }).fill('ikke-en-mail');
  await add.getByRole('button', { name: 'Tilføj leder' }).click();
  await expect(add.getByLabel('E-mail', { exact: true })).toHaveAccessibleDescription(/gyldig e-mailadresse/);
  await expect(add.getByLabel('Ledergruppe')).toHaveAccessibleDescription(/Skal udfyldes/);

  await add.getByLabel('E-mail', { exact: true }).fill('Anne.Jensen@Kommune.dk');
  await add.getByLabel('Ledergruppe').selectOption({ label: 'Direktion / Sundhed' });
  await add.getByRole('button', { name: 'Tilføj leder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Anne Jensen (anne.jensen@kommune.dk) er tilføjet.' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Ledere med gruppe, chef og sprog' });
  await expect(table.getByRole('row', { name: /Anne Jensen.*anne\.jensen@kommune\.dk.*Direktion \/ Sundhed/ })).toBeVisible();

  // The same e-mail again is refused on the field.
  await add.getByLabel('Navn', { exact: true }).fill('Anne Dublet');
  await add.getByLabel('E-mail', { exact: true }).fill('anne.jensen@kommune.dk');
  await add.getByLabel('Ledergruppe').selectOption({ label: 'Direktion' });
  await add.getByRole('button', { name: 'Tilføj leder' }).click();
  await expect(add.getByLabel('E-mail', { exact: true })).toHaveAccessibleDescription(/har allerede e-mailen anne\.jensen@kommune\.dk/);

  // The group cannot be archived while Anne is in it, and the page says why.
  await page.goto(`/${organisation.slug}/groups/${sundhed.id}`);
  await expect(page.getByText(/Gruppen kan ikke arkiveres endnu: den har stadig 1 aktiv leder/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Arkivér gruppe …' })).toHaveCount(0);

  // Edit: move Anne to Direktion, then archive her.
  await page.goto(`/${organisation.slug}/leaders`);
  await table.getByRole('link', { name: /Anne Jensen/ }).click();
  await page.getByLabel('Ledergruppe').selectOption({ label: 'Direktion' });
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ændringerne for Anne Jensen er gemt.' })).toBeVisible();
  await page.getByRole('button', { name: 'Arkivér leder …' }).click();
  await page.getByRole('dialog', { name: 'Arkivér Anne Jensen?' }).getByRole('button', { name: 'Arkivér', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Anne Jensen er arkiveret.' })).toBeVisible();
  await page.getByLabel('Vis arkiverede ledere').check();
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByRole('heading', { name: '1 arkiveret leder' })).toBeVisible();
});

test('HR imports leaders from pasted CSV: sees each row’s problems, fixes them, and imports all at once', async ({ page, context }) => {
  const organisation = await emptyOrganisation();
  const { ownerDb } = await import('@/tests/support/owner-db');
  const direktion = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Direktion' } });
  await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Sundhed', parentId: direktion.id } });
  await signInAs(context, organisation.id, 'HR_ADMIN');

  await page.goto(`/${organisation.slug}/leaders`);
  await page.getByRole('link', { name: 'Importér fra en CSV-fil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importér ledere' })).toBeVisible();

  // The example file uses the organisation's own groups and Danish Excel's semicolons.
  const example = await page.request.get(`/${organisation.slug}/leaders/import/example.csv`);
  expect(example.headers()['content-type']).toContain('text/csv');
  expect(await example.text()).toContain('navn;e-mail;gruppe;chef_email;sprog\r\nAnne Jensen;anne.jensen@kommune.dk;Direktion/Sundhed;');

  const text = page.getByLabel('Eller indsæt CSV-teksten');
  await text.fill('navn;e-mail;gruppe\nAnne Jensen;anne@kommune.dk;Direktion/Sundhed\nBo Hansen;bo@kommune.dk;Direktion/Marketing\nCy Yde;cy@kommune.dk;Direktion');
  await page.getByRole('button', { name: 'Kontrollér rækkerne' }).click();
  await expect(page.getByText('1 af 3 rækker har et problem.', { exact: false })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Filens rækker med deres problemer' });
  await expect(rows.getByRole('row', { name: /^3 Bo Hansen .*Der er ingen aktiv gruppe »Direktion\/Marketing«/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importér 3 ledere' })).toBeDisabled();

  await text.fill('navn;e-mail;gruppe\nAnne Jensen;anne@kommune.dk;Direktion/Sundhed\nBo Hansen;bo@kommune.dk;Direktion\nCy Yde;cy@kommune.dk;Direktion');
  await expect(page.getByText('Teksten er ændret, siden den blev kontrolleret.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Kontrollér rækkerne' }).click();
  await expect(page.getByText('Alle 3 rækker er klar til import.')).toBeVisible();
  await page.getByRole('button', { name: 'Importér 3 ledere' }).click();
  await expect(page.getByText('3 ledere er importeret.')).toBeVisible();

  await page.getByRole('link', { name: 'Se lederne' }).click();
  await expect(page.getByRole('heading', { name: '3 ledere' })).toBeVisible();
});

test("HR imports next year's export from the HR system: two leaders changed, one left out and archived, one new", async ({ page, context }) => {
  const organisation = await emptyOrganisation();
  const { ownerDb } = await import('@/tests/support/owner-db');
  const direktion = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Direktion' } });
  const sundhed = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Sundhed', parentId: direktion.id } });
  for (const [name, email, groupId] of [
    ['Anne Jensen', 'anne@kommune.dk', sundhed.id],
    ['Bo Hansen', 'bo@kommune.dk', sundhed.id],
    ['Cy Yde', 'cy@kommune.dk', direktion.id],
    ['Dorte Dahl', 'dorte@kommune.dk', sundhed.id],
  ] as const) {
    await ownerDb().leader.create({ data: { organisationId: organisation.id, name, email, groupId } });
  }
  await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/${organisation.slug}/leaders/import`);

  await page
    .getByLabel('Eller indsæt CSV-teksten')
    .fill('navn;e-mail;gruppe\nAnne Jensen;anne@kommune.dk;Direktion/Sundhed\nBo Hansen-Berg;bo@kommune.dk;Direktion/Sundhed\nCy Yde;cy@kommune.dk;Direktion/Sundhed\nEva Ny;eva@kommune.dk;Direktion');
  await page.getByRole('button', { name: 'Kontrollér rækkerne' }).click();
  await expect(page.getByText('1 ny leder, 2 ændres (1 flyttes til en anden gruppe), 1 uændrede.')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Filens rækker med deres problemer' });
  await expect(rows.getByRole('row', { name: /^3 Bo Hansen-Berg .*Ændres: navn/ })).toBeVisible();
  await expect(rows.getByRole('row', { name: /^4 Cy Yde .*Ændres: flyttes til en anden gruppe/ })).toBeVisible();
  await expect(page.getByRole('group', { name: '1 leder er ikke i filen' })).toContainText('Dorte Dahl');
  await expect(page.getByRole('button', { name: 'Gem 3 ændringer' })).toBeEnabled();

  await page.getByRole('checkbox', { name: 'Arkivér lederen, der ikke er i filen' }).check();
  await page.getByRole('button', { name: 'Gem 4 ændringer' }).click();
  await expect(page.getByText('Importen er gemt: 1 ny leder, 2 opdateret, 1 arkiveret.')).toBeVisible();

  const leaders = await ownerDb().leader.findMany({ where: { organisationId: organisation.id }, orderBy: { email: 'asc' } });
  expect(leaders.map((l) => [l.name, l.groupId, l.archivedAt === null])).toEqual([
    ['Anne Jensen', sundhed.id, true],
    ['Bo Hansen-Berg', sundhed.id, true],
    ['Cy Yde', sundhed.id, true],
    ['Dorte Dahl', sundhed.id, false],
    ['Eva Ny', direktion.id, true],
  ]);
});

test('HR imports an export with employee numbers: a leader whose e-mail changed is updated, not added and archived', async ({ page, context }) => {
  const organisation = await emptyOrganisation();
  const { ownerDb } = await import('@/tests/support/owner-db');
  const direktion = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Direktion' } });
  const sundhed = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Sundhed', parentId: direktion.id } });
  const anne = await ownerDb().leader.create({ data: { organisationId: organisation.id, name: 'Anne Jensen', email: 'anne@kommune.dk', groupId: sundhed.id, employeeNumber: '100' } });
  await ownerDb().leader.create({ data: { organisationId: organisation.id, name: 'Bo Hansen', email: 'bo@kommune.dk', groupId: sundhed.id, employeeNumber: '200' } });
  await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/${organisation.slug}/leaders/import`);

  await page.getByLabel('Eller indsæt CSV-teksten').fill('navn;e-mail;gruppe;medarb.nr\nAnne Jensen;anne.jensen@kommune.dk;Direktion/Sundhed;100\nBo Hansen;bo@kommune.dk;Direktion/Sundhed;200');
  await page.getByRole('button', { name: 'Kontrollér rækkerne' }).click();
  const rows = page.getByRole('table', { name: 'Filens rækker med deres problemer' });
  await expect(rows.getByRole('columnheader', { name: 'Medarb.nr.' })).toBeVisible();
  await expect(rows.getByRole('row', { name: /^2 Anne Jensen .*Ændres: ny e-mail \(før anne@kommune\.dk\)/ })).toBeVisible();
  await expect(page.getByText('1 leder får ny e-mailadresse.', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: /ikke i filen/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Gem 1 ændring' }).click();
  await expect(page.getByText('Importen er gemt: 0 nye ledere, 1 opdateret, 0 arkiveret.')).toBeVisible();
  expect(await ownerDb().leader.findUniqueOrThrow({ where: { id: anne.id } })).toMatchObject({ email: 'anne.jensen@kommune.dk', employeeNumber: '100', archivedAt: null });
  expect(await ownerDb().leader.count({ where: { organisationId: organisation.id } })).toBe(2);
});

test('HR uploads a Danish Excel file (Windows-1252) that is checked at once, and cancelling leaves nothing behind', async ({ page, context }) => {
  const organisation = await emptyOrganisation();
  const { ownerDb } = await import('@/tests/support/owner-db');
  await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Direktion' } });
  await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/${organisation.slug}/leaders/import`);

  const csv = 'navn;e-mail;gruppe\r\nSøren Ærø;soeren@kommune.dk;Direktion\r\nÅse Øst;ase@kommune.dk;Ældreplejen\r\n';
  const bytes = Buffer.from([...csv].map((c) => ({ ø: 0xf8, Æ: 0xc6, Å: 0xc5, Ø: 0xd8, æ: 0xe6 })[c] ?? c.charCodeAt(0)));
  await page.getByLabel('Vælg en CSV-fil').setInputFiles({ name: 'ledere.csv', mimeType: 'text/csv', buffer: bytes });

  await expect(page.getByLabel('Eller indsæt CSV-teksten')).toHaveValue(/Søren Ærø;soeren@kommune\.dk/);
  await expect(page.getByText('1 af 2 rækker har et problem.', { exact: false })).toBeVisible();
  await expect(page.getByRole('row', { name: /^3 Åse Øst .*Der er ingen aktiv gruppe »Ældreplejen«/ })).toBeVisible();

  await page.getByRole('button', { name: 'Annullér' }).click();
  await expect(page.getByLabel('Eller indsæt CSV-teksten')).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Kontrollér før import' })).toHaveCount(0);
  expect(await ownerDb().leader.count({ where: { organisationId: organisation.id } })).toBe(0);
});
