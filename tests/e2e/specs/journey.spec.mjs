// The foundation journey: create, edit, reload, export, lose everything, import it back.
import { test, expect } from '@playwright/test';
import { createSet, toDraft, download, expectAccessible, openFresh, storageSnapshot, watchPage } from './helpers.mjs';

test('a set survives reload, export, a cleared browser and an import', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(page, 'empty home');

  await createSet(page, 'Pilote Formation <b>2027</b>', 'Formation continue');
  await toDraft(page);
  await expect(page).toHaveURL(/#\/set\//);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Les stagiaires repartent autonomes');
  await page.getByTestId('add-kr').click();
  const kr = page.getByTestId('key-result').first();
  await kr.getByTestId('kr-title').fill('Demandes d’aide au support');
  await kr.getByTestId('kr-kind').selectOption('decrease');
  await kr.getByTestId('kr-baseline').fill('12,5');
  await kr.getByTestId('kr-target').fill('4');
  await kr.getByTestId('kr-unit').fill('demandes/jour');
  await expect(page.getByTestId('save-status')).toContainText(/Enregistré/);
  await expectAccessible(page, 'editor');

  await page.reload();
  await expect(page.getByTestId('set-name')).toHaveValue('Pilote Formation <b>2027</b>');
  await expect(page.getByTestId('objective-title')).toHaveValue('Les stagiaires repartent autonomes');
  await expect(kr.getByTestId('kr-kind')).toHaveValue('decrease');
  await expect(kr.getByTestId('kr-baseline')).toHaveValue('12,5');
  await expect(kr.getByTestId('kr-unit')).toHaveValue('demandes/jour');
  await page.getByTestId('lang').selectOption('en');
  await expect(kr.getByTestId('kr-baseline')).toHaveValue('12.5');
  await page.getByTestId('lang').selectOption('fr');
  await expect(kr.getByTestId('kr-baseline')).toHaveValue('12,5');
  // Imported or typed text is shown as text, never as markup.
  await expect(page.locator('main b')).toHaveCount(0);

  await page.goto('./index.html#/');
  const card = page.getByTestId('set-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('set-counts')).toContainText('1 objectif');
  await expect(card.getByTestId('set-counts')).toContainText('1 résultat clé');

  const exported = await download(page, card.getByTestId('export-set'));
  expect(exported.name).toMatch(/^boussole-pilote-formation-b-2027-b-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  expect(file.format).toBe('boussole');
  expect(file.version).toBe(3);
  expect(exported.text).toContain('\n  "sets": [');
  const [set] = file.sets;
  expect(set.name).toBe('Pilote Formation <b>2027</b>');
  expect(set.objectives[0].title).toBe('Les stagiaires repartent autonomes');
  expect(set.objectives[0].key_results[0]).toMatchObject({
    title: 'Demandes d’aide au support', kind: 'decrease', baseline: 12.5, target: 4, unit: 'demandes/jour',
  });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('empty-home')).toBeVisible();

  await page.getByTestId('import-input').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await expect(page.getByTestId('import-item')).toContainText('Pilote Formation <b>2027</b>');
  await expectAccessible(page, 'import preview');
  expect(Object.keys(await storageSnapshot(page)).filter((k) => k.startsWith('boussole:set:'))).toEqual([]);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('set-card')).toHaveCount(1);
  const stored = await page.evaluate((id) => JSON.parse(localStorage.getItem(`boussole:set:${id}`)), set.id);
  expect(stored.sets).toEqual([set]);

  const before = await storageSnapshot(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "boussole",\n  "version": 1,\n  oops\n}') });
  await expect(page.getByTestId('import-error')).toContainText('ligne 4');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  expect(await storageSnapshot(page)).toEqual(before);
  await expect(page.getByTestId('set-card')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('importing a set that is already here asks, and keeping both makes a copy', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Équipe Achats');
  await page.goto('./index.html#/');
  const exported = await download(page, page.getByTestId('export-all'));
  const before = await storageSnapshot(page);

  await page.getByTestId('import-input').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  const item = page.getByTestId('import-item');
  await expect(item.getByRole('radio')).toHaveCount(3);
  // The file holds exactly what is here: skipping it is the default, and the preview says why.
  await expect(item.getByRole('radio', { name: /Ne pas importer/ })).toBeChecked();
  await expect(item).toContainText('identique');
  await page.getByTestId('import-cancel').click();
  expect(await storageSnapshot(page)).toEqual(before);

  await page.getByTestId('import-input').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await page.getByTestId('import-item').getByRole('radio').first().check();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('set-card')).toHaveCount(2);
  await expect(page.getByTestId('set-list')).toContainText('Équipe Achats (copie)');
});

test('a deleted set comes back with undo, and the list follows the English switch', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Direction');
  await page.goto('./index.html#/');
  await page.getByTestId('delete-set').click();
  await expect(page.getByTestId('set-card')).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: /Rétablir/ }).click();
  await expect(page.getByTestId('set-card')).toHaveCount(1);

  await page.getByTestId('lang').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('set-counts')).toContainText('0 objectives');
  await page.reload();
  await expect(page.getByTestId('new-set')).toHaveText(/New/);
});

test('a deleted objective or key result comes back with undo', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Annulations');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Garder le cap');
  await page.getByTestId('add-kr').click();
  await page.getByTestId('kr-title').fill('Indicateur gardé');
  await page.getByTestId('delete-kr').click();
  await expect(page.getByTestId('key-result')).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: /Rétablir/ }).click();
  await expect(page.getByTestId('kr-title')).toHaveValue('Indicateur gardé');
  await page.getByTestId('delete-objective').click();
  await expect(page.getByTestId('objective')).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: /Rétablir/ }).click();
  await expect(page.getByTestId('objective-title')).toHaveValue('Garder le cap');
  await page.reload();
  await expect(page.getByTestId('kr-title')).toHaveValue('Indicateur gardé');
});

test('objectives reorder, and a file dropped on the page is imported after its preview', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Ordre');
  await toDraft(page);
  for (const title of ['Premier', 'Second']) {
    await page.getByTestId('add-objective').click();
    await page.getByTestId('objective-title').last().fill(title);
  }
  await page.getByRole('button', { name: 'Monter l’objectif 2' }).click();
  await expect(page.getByTestId('objective-title').first()).toHaveValue('Second');
  await page.reload();
  await expect(page.getByTestId('objective-title').first()).toHaveValue('Second');
  await expect(page.getByTestId('objective-title').last()).toHaveValue('Premier');

  await page.goto('./index.html#/');
  const exported = await download(page, page.getByTestId('export-all'));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'okr.json', { type: 'application/json' }));
    return transfer;
  }, exported.text);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await expect(page.getByTestId('import-item')).toContainText('Ordre');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('set-card')).toContainText('2 objectifs');
});

test('two tabs on one set: each follows what the other stores, and nothing is written back over it', async ({ page, context }) => {
  await openFresh(page);
  await createSet(page, 'Deux onglets');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Version A');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('objective-title')).toHaveValue('Version A');

  await other.getByTestId('objective-title').fill('Version B');
  await expect(page.getByTestId('objective-title')).toHaveValue('Version B');
  await expect(page.getByTestId('toast')).toContainText('plus récente');
  await page.getByTestId('set-team').fill('Équipe A');
  await expect(other.getByTestId('set-team')).toHaveValue('Équipe A');
  await expect(other.getByTestId('objective-title')).toHaveValue('Version B');
  await other.reload();
  await expect(other.getByTestId('objective-title')).toHaveValue('Version B');
  await expect(other.getByTestId('set-team')).toHaveValue('Équipe A');
});

test('replacing the open set by an import shows the imported version', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Remplacé');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Avant');
  const exported = await download(page, page.getByTestId('export-this'));
  const file = JSON.parse(exported.text);
  file.sets[0].objectives[0].title = 'Après';
  file.sets[0].revision += 5;
  await page.getByTestId('objective-title').fill('Avant, modifié');
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'okr.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(file));
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await page.getByTestId('import-item').getByRole('radio', { name: /Remplacer/ }).check();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('objective-title')).toHaveValue('Après');
  await page.getByTestId('set-team').fill('Après import');
  await page.reload();
  await expect(page.getByTestId('objective-title')).toHaveValue('Après');
  await expect(page.getByTestId('set-team')).toHaveValue('Après import');
});

test('a damaged store opens on recovery: download the raw text, then start fresh', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Intact');
  await page.goto('./index.html#/');
  const raw = '{"format":"boussole","version":1,"sets":[{"id":"cassé';
  await page.evaluate((raw) => localStorage.setItem('boussole:set:broken', raw), raw);
  // Valid JSON that is not a valid set: named by its set's name (cleaned), not only its key.
  const named = JSON.stringify({ format: 'boussole', version: 3, sets: [{ id: 'named', name: 'Pilote\u202e accueil', objectives: 3 }] });
  await page.evaluate((named) => localStorage.setItem('boussole:set:named', named), named);
  await page.reload();
  await expect(page.getByTestId('recovery')).toBeVisible();
  await expect(page.getByTestId('recovery')).toContainText('« Pilote accueil » (boussole:set:named');
  await expect(page.getByTestId('recovery')).toContainText('« boussole:set:broken »');
  await expectAccessible(page, 'recovery');
  await expect(page.getByTestId('recovery-discard')).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem('boussole:set:broken'))).toBe(raw);

  const saved = await download(page, page.getByTestId('recovery-download'));
  expect(JSON.parse(saved.text)['boussole:set:broken']).toBe(raw);
  await page.getByTestId('recovery-discard').click();
  await expect(page.getByTestId('set-card')).toHaveCount(1);
  await expect(page.getByTestId('set-list')).toContainText('Intact');
  expect(await page.evaluate(() => localStorage.getItem('boussole:set:broken'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('boussole:set:named'))).toBeNull();
});

test('a tab that missed another tab’s save merges that work instead of writing over it', async ({ page, context }) => {
  await openFresh(page);
  await createSet(page, 'Onglets en retard');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Livrer vite');
  await page.getByTestId('add-kr').click();
  await page.getByTestId('kr-title').fill('Délai moyen');
  // Typing is written in a batch a moment later: the second tab opens on what is stored.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage)
    .some((k) => k.startsWith('boussole:set:') && localStorage.getItem(k).includes('Délai moyen')))).toBe(true);
  // The second tab hears nothing from the first: its copy goes stale, as when both type at once.
  const stale = await context.newPage();
  await stale.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await stale.goto(page.url());
  await expect(stale.getByTestId('kr-title')).toHaveValue('Délai moyen');

  await page.getByTestId('objective-title').fill('Livrer plus vite');
  await stale.getByTestId('set-team').fill('Logistique');
  await expect(stale.getByTestId('toast')).toContainText('ses changements ont été repris');
  await expect(stale.getByTestId('objective-title')).toHaveValue('Livrer plus vite');
  const stored = async () => (await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('boussole:set:'))[1]));
  let set = JSON.parse(await stored()).sets[0];
  expect([set.team, set.objectives[0].title]).toEqual(['Logistique', 'Livrer plus vite']);

  // Both change the same key result: this tab's version is kept, the other's is offered.
  await page.getByTestId('kr-title').fill('Délai moyen des urgences');
  await stale.getByTestId('kr-title').fill('Délai moyen des commandes');
  await expect(stale.getByTestId('toast')).toContainText('votre version est gardée');
  set = JSON.parse(await stored()).sets[0];
  expect(set.objectives[0].key_results[0].title).toBe('Délai moyen des commandes');
  await stale.getByTestId('toast-action').click();
  await expect(stale.getByTestId('kr-title')).toHaveValue('Délai moyen des urgences');
  set = JSON.parse(await stored()).sets[0];
  expect(set.objectives[0].key_results[0].title).toBe('Délai moyen des urgences');
  expect(set.team).toBe('Logistique');
});
