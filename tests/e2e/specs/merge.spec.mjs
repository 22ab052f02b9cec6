// Two team members edit their copies of one set in their own browsers and export them; the
// facilitator imports both, merges the second into the first choosing sides, previews,
// saves, and the result holds both people's work. Undo brings the earlier version back.
import { test, expect } from '@playwright/test';
import { download, expectAccessible, openFresh, watchPage } from './helpers.mjs';

const isoDay = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function importFile(page, file) {
  await page.getByTestId('import-input').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

async function checkIn(page, row, value) {
  await page.getByTestId('step').filter({ hasText: 'Points d’étape' }).click();
  await page.getByTestId('check-in-row').nth(row).getByTestId('check-in-value').fill(value);
  await page.getByTestId('save-check-in').click();
  await expect(page.getByTestId('toast')).toContainText('1 point enregistré');
}

test('two copies edited apart are merged side by side, and the result keeps both people’s work', async ({ browser }) => {
  test.setTimeout(120_000);
  // Member 1 drafts and launches the set, then shares it.
  const one = await (await browser.newContext()).newPage();
  const problems = watchPage(one);
  await openFresh(one);
  await one.getByTestId('new-set').click();
  await one.locator('#new-set-name').fill('Livraisons partagées');
  await one.getByTestId('template').selectOption('urgent-deliveries');
  await one.getByTestId('create-submit').click();
  await one.getByLabel('Début du cycle').fill(isoDay(-20));
  await one.getByLabel('Début du cycle').dispatchEvent('change');
  await one.getByTestId('step').filter({ hasText: 'Lancement' }).click();
  await one.getByTestId('launch').click();
  const shared = await download(one, one.getByTestId('export-this'));

  // Member 2 opens the shared file in another browser.
  const two = await (await browser.newContext()).newPage();
  await openFresh(two);
  await importFile(two, shared);
  await two.getByTestId('import-confirm').click();
  await two.getByRole('link', { name: 'Livraisons partagées' }).click();

  // Each works apart: a check-in each, and both retitle the same objective.
  await checkIn(one, 0, '40');
  await checkIn(two, 2, '7,2');
  for (const [page, title] of [[one, 'Livrer vite, partout'], [two, 'Livrer vite et sans casse']]) {
    await page.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
    await page.getByTestId('change-plan').click();
    await page.getByTestId('change-reason').fill('Après la revue');
    await page.getByTestId('objective-title').first().fill(title);
    await page.getByTestId('finish-change').click();
  }
  await two.getByTestId('step').filter({ hasText: 'Revue' }).click();
  await two.getByTestId('meeting-learned').fill('Le transporteur du lundi nous ralentit.');
  await two.getByTestId('save-meeting').click();
  const fromOne = await download(one, one.getByTestId('export-this'));
  const fromTwo = await download(two, two.getByTestId('export-this'));

  // The facilitator imports both: the second is merged into the first.
  const facilitator = await (await browser.newContext()).newPage();
  await openFresh(facilitator);
  await importFile(facilitator, fromOne);
  await facilitator.getByTestId('import-confirm').click();
  await importFile(facilitator, fromTwo);
  await facilitator.getByTestId('import-item').getByRole('radio', { name: /Fusionner/ }).check();
  await facilitator.getByTestId('import-confirm').click();
  const dialog = facilitator.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  const objectiveConflict = dialog.getByTestId('merge-item').filter({ hasText: 'Livrer vite, partout' });
  await expect(objectiveConflict.getByTestId('merge-here')).toContainText('Livrer vite, partout');
  await expect(objectiveConflict.getByTestId('merge-imported')).toContainText('Livrer vite et sans casse');
  await expectAccessible(facilitator, 'merge dialog');
  await objectiveConflict.getByRole('radio', { name: /Prendre celle du fichier/ }).check();
  await expect(dialog.getByTestId('merge-preview')).toContainText('Livrer vite et sans casse');
  await dialog.getByTestId('merge-save').click();
  await expect(facilitator.getByTestId('toast')).toContainText('Versions fusionnées');

  const stored = await facilitator.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('boussole:set:')).map(([, v]) => JSON.parse(v).sets[0]));
  expect(stored).toHaveLength(1);
  const [set] = stored;
  expect(set.objectives[0].title).toBe('Livrer vite et sans casse');
  const values = set.objectives[0].key_results.map((k) => k.check_ins.map((c) => c.value));
  expect(values[0]).toEqual([40]);
  expect(values[2]).toEqual([7.2]);
  expect(set.meetings.map((m) => m.learned)).toEqual(['Le transporteur du lundi nous ralentit.']);
  expect(set.changes.length).toBeGreaterThanOrEqual(2);

  // Undo puts the facilitator's earlier version back.
  await facilitator.getByTestId('toast').getByRole('button', { name: /Rétablir/ }).click();
  const back = await facilitator.evaluate(() => JSON.parse(Object.entries(localStorage).find(([k]) => k.startsWith('boussole:set:'))[1]).sets[0]);
  expect(back.objectives[0].title).toBe('Livrer vite, partout');
  expect(back.meetings).toHaveLength(0);
  expect(problems).toEqual([]);
});
