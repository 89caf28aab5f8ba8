import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './support/fixtures';

const DEMO_SLUG = 'syddal-kommune';
const GROUP = 'Dagtilbud';

/** The demo's newest closed round and the chosen group, and a revision date two years after the round closed. */
async function demo() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const round = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, status: 'CLOSED' }, orderBy: { opensAt: 'desc' } });
  const group = await ownerDb().roundGroup.findFirstOrThrow({ where: { roundId: round.id, name: GROUP } });
  const closed = round.closedAt && round.closedAt < round.closesAt ? round.closedAt : round.closesAt;
  const revision = new Date(Date.UTC(closed.getUTCFullYear() + 2, closed.getUTCMonth(), 1));
  return {
    organisation,
    round,
    groupId: group.groupId,
    revision: revision.toISOString().slice(0, 10),
    revisionText: new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(revision),
  };
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('HR writes a group APV, MED/AMO comments, approves and downloads the report, and the overview shows the revision date', async ({ browser }) => {
  test.setTimeout(90_000);
  const { organisation, round, groupId, revision, revisionText } = await demo();

  // HR admin: from the APV list to the group, fills in each element.
  const hrContext = await browser.newContext();
  await signInAs(hrContext, organisation.id, 'HR_ADMIN');
  const hr = await hrContext.newPage();
  await hr.goto(`/${DEMO_SLUG}`);
  await hr.getByRole('navigation', { name: 'Organisationens menu' }).getByRole('link', { name: 'APV' }).click();
  await expect(hr.getByRole('heading', { level: 1, name: 'APV for ledere' })).toBeVisible();
  const row = hr.getByRole('region', { name: round.name, exact: true }).getByRole('row', { name: new RegExp(GROUP) });
  await expect(row).toContainText('Ikke påbegyndt');
  await expectNoAxeViolations(hr);
  await row.getByRole('link', { name: GROUP }).click();
  await expect(hr).toHaveURL(new RegExp(`/apv/${round.id}/${groupId}$`));
  await expect(hr.getByRole('heading', { level: 1, name: `APV: ${GROUP}` })).toBeVisible();
  await expect(hr.getByTestId('apv-participation')).toContainText(/\d+ af \d+ har svaret/);
  await expect(hr.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toBeVisible();

  const problems = hr.getByRole('textbox', { name: 'Beskrivelse og vurdering af problemerne' });
  // Before anyone wrote it, the assessment starts from the heaviest strains in the results.
  await expect(problems).toHaveValue(/De tungeste belastninger: .+\(\d,\d\)/);
  await problems.fill('Krydspres mellem budget og kvalitet rammer især de nye ledere.');
  await hr.getByRole('textbox', { name: 'Bidrager arbejdsforholdene til sygefravær?' }).fill('Ja: to ledere har været sygemeldt med stress.');
  await hr.getByRole('textbox', { name: 'Retningslinjer for opfølgning' }).fill('MED-udvalget følger op på handlingsplanen hvert kvartal.');
  await hr.getByRole('region', { name: 'Revisionsdato' }).getByLabel('Revisionsdato').fill(revision);
  await hr.getByRole('button', { name: 'Gem' }).click();
  await expect(hr.getByTestId('apv-save-status')).toContainText('Gemt');
  await hr.reload();
  await expect(hr.getByRole('textbox', { name: 'Bidrager arbejdsforholdene til sygefravær?' })).toHaveValue('Ja: to ledere har været sygemeldt med stress.');
  await expect(hr.getByRole('region', { name: 'Revisionsdato' }).getByLabel('Revisionsdato')).toHaveValue(revision);
  await expect(hr.getByText('Udkast', { exact: true })).toBeVisible();
  await expectNoAxeViolations(hr);

  // A MED/AMO member reads it (not editable), comments and approves.
  const medContext = await browser.newContext({ acceptDownloads: true });
  await signInAs(medContext, organisation.id, 'MED_AMO');
  const med = await medContext.newPage();
  await med.goto(`/${DEMO_SLUG}/apv/${round.id}/${groupId}`);
  await expect(med.getByText('Krydspres mellem budget og kvalitet rammer især de nye ledere.')).toBeVisible();
  await expect(med.getByRole('textbox', { name: 'Beskrivelse og vurdering af problemerne' })).toHaveCount(0);
  await med.getByLabel('Din kommentar').fill('MED-udvalget bakker op om planen.');
  await med.getByRole('button', { name: 'Tilføj kommentar' }).click();
  await expect(med.getByTestId('apv-comments')).toContainText('MED-udvalget bakker op om planen.');
  await med.getByRole('button', { name: "Godkend APV'en" }).click();
  await expect(med.getByTestId('apv-approvals')).toContainText('MED_AMO godkendte');
  await expect(med.getByText('Godkendt af MED/AMO', { exact: true })).toBeVisible();
  await expectNoAxeViolations(med);

  const [download] = await Promise.all([med.waitForEvent('download'), med.getByRole('link', { name: 'Hent rapport (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^apv-.+-da\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);

  // HR edits once more: the approval now stands for an earlier version.
  await hr.getByRole('textbox', { name: 'Retningslinjer for opfølgning' }).fill('MED-udvalget følger op hver anden måned.');
  await hr.getByRole('button', { name: 'Gem' }).click();
  await expect(hr.getByTestId('apv-save-status')).toContainText('Gemt');
  await med.reload();
  await expect(med.getByTestId('apv-approvals')).toContainText('MED_AMO godkendte en tidligere version');
  await expect(med.getByRole('button', { name: 'Godkend den nye version' })).toBeVisible();

  // The organisation overview shows when this part of the leader APV is due for revision.
  await hr.goto(`/${DEMO_SLUG}`);
  const due = hr.getByTestId('apv-revision-due');
  await expect(due.getByRole('row', { name: new RegExp(GROUP) })).toContainText(revisionText);
  await expectNoAxeViolations(hr);
  await hrContext.close();
  await medContext.close();
});
