// Two team members edit their copies of one set in their own browsers and export them; the
// facilitator imports both and the reference set, merges the copies choosing sides,
// previews and saves (the result holds both people's work), sees the alignment and the
// cross-team review, and undo brings the earlier version back.
import { test, expect } from '@playwright/test';
import { download, expectAccessible, openFresh, watchPage } from './helpers.mjs';

const isoDay = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The steering committee's reference set, as its file arrives by email. */
const reference = {
  name: 'direction.json',
  text: JSON.stringify({
    format: 'boussole', version: 3,
    sets: [{
      id: 'direction', name: 'Direction 2027', team: 'Comité de pilotage', cycle: { start: isoDay(-20), end: isoDay(70) },
      vocabulary: { preset: 'standard' }, why: { narrative: 'Servir mieux nos clients.', reasons: ['link_strategy'], other_reason: '' },
      count_rule: { max_objectives: 3, max_key_results: 3 },
      objectives: [
        { id: 'r1', title: 'Des clients servis à temps', why: '', key_results: [], retro: { happened: '', learned: '', differently: '' } },
        { id: 'r2', title: 'Une marque qui inspire confiance', why: '', key_results: [], retro: { happened: '', learned: '', differently: '' } },
      ],
      launch: null, meetings: [], changes: [], closed: null, previous: null, reference: true,
      created: '2026-11-01T08:00:00Z', modified: '2026-11-01T08:00:00Z', revision: 1,
    }],
  }),
};

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
  await importFile(one, reference);
  await one.getByTestId('import-confirm').click();
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
    // Only member 2 changes the delay's target: the merge takes it without asking.
    if (page === two) await page.getByTestId('kr-target').first().fill('20');
    if (page === one) {
      // Member 1 says what the objective serves in the organisation's set.
      await page.getByTestId('contributions').first().locator('summary').click();
      await page.getByTestId('contribution-choice').filter({ hasText: 'Des clients servis à temps' }).locator('input').check();
      await expect(page.getByTestId('contributions').first().locator('summary')).toContainText('Des clients servis à temps');
    }
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
  // Nothing says "nothing changed" behind the dialog: the merge is still to be reviewed.
  await expect(facilitator.getByTestId('toast')).not.toContainText('rien n’a changé');
  const objectiveConflict = dialog.getByTestId('merge-item').filter({ hasText: 'Livrer vite, partout' });
  await expect(objectiveConflict.getByTestId('merge-here')).toContainText('Livrer vite, partout');
  await expect(objectiveConflict.getByTestId('merge-imported')).toContainText('Livrer vite et sans casse');
  await expect(dialog.getByTestId('merge-item'), 'only what both changed is asked').toHaveCount(1);
  await expectAccessible(facilitator, 'merge dialog');
  await objectiveConflict.getByRole('radio', { name: /Prendre celle du fichier/ }).check();
  await expect(dialog.getByTestId('merge-preview')).toContainText('Livrer vite et sans casse');
  await dialog.getByTestId('merge-save').click();
  await expect(facilitator.getByTestId('toast')).toContainText('Versions fusionnées');

  const stored = await facilitator.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('boussole:set:')).map(([, v]) => JSON.parse(v).sets[0]));
  expect(stored).toHaveLength(1);
  const [set] = stored;
  expect(set.objectives[0].contributes_to.map((c) => c.objective_title)).toEqual(['Des clients servis à temps']);
  expect(set.objectives[0].title).toBe('Livrer vite et sans casse');
  expect(set.objectives[0].key_results[0].target).toBe(20);
  const values = set.objectives[0].key_results.map((k) => k.check_ins.map((c) => c.value));
  expect(values[0]).toEqual([40]);
  expect(values[2]).toEqual([7.2]);
  expect(set.meetings.map((m) => m.learned)).toEqual(['Le transporteur du lundi nous ralentit.']);
  expect(set.changes.length).toBeGreaterThanOrEqual(2);

  // The earlier version stays restorable from the set's page, after the toast and a
  // reload, until the merge is kept; going back puts the facilitator's version back.
  await facilitator.getByRole('link', { name: set.name }).click();
  await expect(facilitator.getByTestId('merge-undo')).toContainText('reste disponible');
  await facilitator.reload();
  await expect(facilitator.getByTestId('set-name')).toHaveValue(set.name);
  await facilitator.getByTestId('merge-restore').click();
  await expect(facilitator.getByTestId('toast')).toContainText('Version d’avant la fusion rétablie');
  await expect(facilitator.getByTestId('merge-undo')).toHaveCount(0);
  const back = await facilitator.evaluate(() => JSON.parse(Object.entries(localStorage).find(([k]) => k.startsWith('boussole:set:'))[1]).sets[0]);
  expect(back.objectives[0].title).toBe('Livrer vite, partout');
  expect(back.meetings).toHaveLength(0);
  expect(back.revision).toBeGreaterThan(set.revision);
  expect(await facilitator.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('boussole:before-merge:')))).toEqual([]);
  await facilitator.goto('./index.html#/');

  // The facilitator's overview: who serves each reference objective, and the gap.
  await importFile(facilitator, reference);
  await facilitator.getByTestId('import-confirm').click();
  await facilitator.getByTestId('overview').click();
  const served = facilitator.getByTestId('served');
  await expect(served.first()).toContainText('Des clients servis à temps');
  await expect(served.first().getByTestId('contributor')).toContainText('Livraisons partagées — Livrer vite, partout');
  await expect(served.nth(1).getByTestId('gap')).toBeVisible();
  await expect(facilitator.getByTestId('team-set')).toHaveCount(2);
  await expectAccessible(facilitator, 'overview');
  await facilitator.goto('./index.html#/set/direction/present');
  // The keys work once the presentation is drawn: pressed earlier, a key meets the page before.
  await expect(facilitator.getByTestId('slide-counter')).toHaveText('1 / 4');
  await facilitator.keyboard.press('ArrowRight');
  await expect(facilitator.getByTestId('slide-contributors')).toContainText('Livraisons partagées — Livrer vite, partout');
  await facilitator.goto('./index.html#/');

  expect(problems).toEqual([]);
});
