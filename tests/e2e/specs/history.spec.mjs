// A set's history (issue 16): a merge with an imported file keeps the version from before
// it; the history lists it (when, why), compares it with now item by item, shows it in the
// editor's own screens read-only, downloads it as an export would, and restores it; the
// restore keeps the merged set first, so it can be undone. axe finds nothing on the panel.
import { test, expect } from '@playwright/test';
import { download, expectAccessible, launchedSet, openFresh, watchPage } from './helpers.mjs';
import { storedHistory } from '../stored-history.mjs';

const file = (name, set) => ({
  name, mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'boussole', version: 3, sets: [set] })),
});

test('the version from before a merge is listed, compared, shown read-only, downloaded and restored', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchPage(page);
  await openFresh(page);

  // The team's set, then a copy of it edited elsewhere: another title, a review held.
  const local = launchedSet('hist', 3, 3);
  const oldTitle = local.objectives[0].title;
  const newTitle = 'Des usagers servis en un jour';
  const imported = structuredClone(local);
  imported.objectives[0].title = newTitle;
  imported.meetings = [{ id: 'hist-m1', date: local.cycle.start, learned: 'Le lundi ralentit tout.', to_revisit: [], adjust: '', blocking: '' }];
  imported.revision = 5;
  imported.modified = '2026-11-03T08:00:00Z';
  await page.getByTestId('import-input').setInputFiles(file('pilote.json', local));
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('set-card')).toHaveCount(1);

  // The merge: the title both sides changed is taken from the file.
  await page.getByTestId('import-input').setInputFiles(file('copie.json', imported));
  await page.getByTestId('import-item').getByRole('radio', { name: /Fusionner/ }).check();
  await page.getByTestId('import-confirm').click();
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('merge-item').filter({ hasText: oldTitle }).getByRole('radio', { name: /Prendre celle du fichier/ }).check();
  await dialog.getByTestId('merge-save').click();
  await expect(page.getByTestId('toast')).toContainText('Versions fusionnées');
  const stored = async () => page.evaluate(() => JSON.parse(localStorage.getItem('boussole:set:hist')).sets[0]);
  const merged = await stored();
  expect(merged.objectives[0].title).toBe(newTitle);
  expect(merged.meetings).toHaveLength(1);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('boussole:before-merge:')))).toEqual([]);

  // The set's page points to the history; the history lists the version, when and why.
  await page.getByRole('link', { name: merged.name }).click();
  await expect(page.getByTestId('merge-undo')).toContainText('historique');
  await page.getByTestId('history-open').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Historique de');
  const before = page.getByTestId('version').filter({ hasText: 'Avant la fusion avec un fichier importé' });
  await expect(before).toHaveCount(1);
  await expect(before.getByTestId('version-when')).toContainText('Version du');
  await expect(before).toContainText('3 finalités');

  // Compare with now: the objective retitled and the review added, each side shown.
  await before.getByRole('button', { name: /Comparer avec maintenant/ }).click();
  await expect(before.getByRole('button', { name: /Comparer avec maintenant/ })).toHaveAttribute('aria-expanded', 'true');
  const comparison = before.getByTestId('comparison');
  const retitled = comparison.getByTestId('difference').filter({ hasText: 'Finalité' }).first();
  await expect(retitled.getByTestId('difference-how')).toHaveText('Modification depuis cette version');
  await expect(retitled.getByTestId('difference-then')).toContainText(oldTitle);
  await expect(retitled.getByTestId('difference-now')).toContainText(newTitle);
  const review = comparison.getByTestId('difference').filter({ hasText: 'Revue' });
  await expect(review.getByTestId('difference-how')).toHaveText('Ajout depuis cette version');
  await expect(review.getByTestId('difference-now')).toContainText('Le lundi ralentit tout.');
  await expectAccessible(page, 'history panel with a comparison');

  // The version in the editor's own screens, marked and read-only; the steps still open.
  await before.getByRole('link', { name: /^Voir la version du/ }).click();
  const banner = page.getByTestId('version-banner');
  await expect(banner).toContainText('Version du');
  await expect(banner).toContainText('Lecture seule');
  await expect(page.getByTestId('set-name')).toBeDisabled();
  await page.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
  await expect(page.getByTestId('objective-title').first()).toHaveValue(oldTitle);
  await expect(page.getByTestId('objective-title').first()).toBeDisabled();
  await expect(page.getByTestId('change-plan')).toBeDisabled();
  await expect(page.getByTestId('export-this')).toHaveCount(0);
  await expectAccessible(page, 'a version shown read-only');
  expect((await stored()).objectives[0].title, 'looking changes nothing').toBe(newTitle);

  // Downloaded as an export of that set would be: same format, same kind of name.
  const saved = await download(page, banner.getByTestId('version-download'));
  expect(saved.name).toMatch(/^boussole-pilote-3-3-\d{4}-\d{2}-\d{2}\.json$/);
  const document = JSON.parse(saved.text);
  expect([document.format, document.version, document.sets.length]).toEqual(['boussole', 3, 1]);
  expect(document.sets[0].objectives[0].title).toBe(oldTitle);
  expect(document.sets[0].meetings).toEqual([]);

  // Restored: the set is the version again, as a newer revision, and the merge is no
  // longer offered; the merged set was kept first, so the restore can be undone.
  await banner.getByTestId('version-restore').click();
  await expect(page.getByTestId('toast')).toContainText('restaurée');
  await expect(page.getByTestId('set-name')).toBeEnabled();
  const back = await stored();
  expect(back.objectives[0].title).toBe(oldTitle);
  expect(back.meetings).toEqual([]);
  expect(back.revision).toBeGreaterThan(merged.revision);
  await expect(page.getByTestId('merge-undo')).toHaveCount(0);
  await page.getByTestId('history-open').click();
  const undo = page.getByTestId('version').first();
  await expect(undo.getByTestId('version-what')).toContainText('Avant le retour à la version du');
  await undo.getByRole('button', { name: /^Restaurer la version du/ }).click();
  await expect(page.getByTestId('toast')).toContainText('restaurée');
  await expect.poll(async () => (await stored()).objectives[0].title).toBe(newTitle);
  await expect(page.getByTestId('version')).toHaveCount(3);

  // A version that is not kept is said to be missing from the history, not the set.
  await page.goto('./index.html#/set/hist/version/99');
  await expect(page.getByTestId('version-missing')).toContainText('pas (ou plus) dans l’historique');
  await page.getByTestId('version-missing').getByRole('link').click();
  await expect(page.getByTestId('version')).toHaveCount(3);

  expect(problems).toEqual([]);
});

test('saving check-ins keeps a version, said in the set’s words, in English too', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles(file('pilote.json', launchedSet('checks', 2, 2)));
  await page.getByTestId('import-confirm').click();
  await page.getByRole('link', { name: 'Pilote 2 × 2' }).click();
  await page.getByTestId('step').filter({ hasText: 'Points d’étape' }).click();
  // The form holds each key result's latest value: one changed, all four are this week's.
  await page.getByTestId('check-in-row').first().getByTestId('check-in-value').fill('41');
  await page.getByTestId('save-check-in').click();
  await expect(page.getByTestId('toast')).toContainText('4 points enregistrés');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('boussole:history:checks') !== null)).toBe(true);
  await page.getByTestId('history-open').click();
  await expect(page.getByTestId('version').filter({ hasText: '4 points d’étape enregistrés' })).toHaveCount(1);
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByTestId('version').filter({ hasText: '4 check-ins saved' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('History of');
  await expectAccessible(page, 'history panel in English');
  expect(problems).toEqual([]);
});

test('a long history reads by day: the newest day open, an older one drawn when opened', async ({ page }) => {
  const problems = watchPage(page);
  // 15:00 in Paris on 20 November 2026: 5 versions that day, 30 the day before, 35 on the 17th.
  await page.clock.setFixedTime(new Date('2026-11-20T14:00:00Z'));
  await openFresh(page);
  const set = launchedSet('days', 3, 3);
  const at = (day, hour, minute) => `2026-11-${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
  const times = [
    ...Array.from({ length: 35 }, (_, i) => at(17, 6 + Math.floor(i / 4), (i % 4) * 15)),
    ...Array.from({ length: 30 }, (_, i) => at(19, 6 + Math.floor(i / 4), (i % 4) * 15)),
    ...Array.from({ length: 5 }, (_, i) => at(20, 8 + i, 0)),
  ];
  const versions = times.map((t, i) => ({ set: { ...structuredClone(set), name: `Pilote, révision ${i + 1}` }, at: t, why: 'editing' }));
  await page.evaluate(([set, history]) => {
    localStorage.setItem('boussole:set:days', JSON.stringify({ format: 'boussole', version: 3, sets: [set] }));
    localStorage.setItem('boussole:history:days', JSON.stringify(history));
  }, [set, storedHistory(versions)]);
  await page.goto('./index.html#/set/days/history');

  const days = page.getByTestId('history-day-heading');
  await expect(days).toHaveText(['Aujourd’hui · 5 versions', 'Hier · 30 versions', '17 nov. 2026 · 35 versions']);
  await expect(page.getByTestId('versions-count')).toHaveText('70 versions gardées');
  // Only the newest day is drawn; an older one is drawn when opened, newest first.
  await expect(page.getByTestId('version')).toHaveCount(5);
  await expect(page.getByTestId('version-what').first()).toBeVisible();
  await days.nth(2).click();
  await expect(page.getByTestId('version')).toHaveCount(40);
  const older = page.getByTestId('history-day').nth(2).getByTestId('version-when');
  await expect(older.first()).toContainText('17 nov. 2026');
  await expect(older.last()).toContainText('17 nov. 2026');
  await days.nth(2).press('Enter');
  await expect(page.getByTestId('version')).toHaveCount(5);
  await expectAccessible(page, 'history by day');

  // In English, the same days in English words.
  await page.getByLabel('Langue').selectOption('en');
  await expect(days).toHaveText(['Today · 5 versions', 'Yesterday · 30 versions', '17 Nov 2026 · 35 versions']);
  expect(problems).toEqual([]);
});
