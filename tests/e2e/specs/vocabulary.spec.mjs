// The team's own words reach every screen of a set, travel in its file, and come back.
import { test, expect } from '@playwright/test';
import { createSet, toDraft, download, expectAccessible, openFresh } from './helpers.mjs';

/** All the text a user can see on the page, lower-cased. */
const visibleText = (page) => page.evaluate(() => document.body.innerText.toLowerCase());

async function expectNoneOf(page, words, where) {
  const text = await visibleText(page);
  for (const word of words) {
    expect(text.includes(word), `"${word}" is visible on ${where}:\n${text}`).toBe(false);
  }
}

const FRENCH_STANDARD = ['objectif', 'résultat clé', 'résultats clés', 'resultat cle'];

test('Finalités / Indicateurs de changement replace the standard words everywhere', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Pilote Éducation');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Des élèves qui lisent avec plaisir');
  await page.getByTestId('add-kr').click();
  await page.getByTestId('kr-title').fill('Part des élèves qui empruntent un livre par mois');

  await page.getByTestId('vocabulary-summary').click();
  await page.getByTestId('vocabulary-preset').nth(1).check();
  await expect(page.getByTestId('vocabulary-preview')).toContainText('Ajouter une finalité');
  await expect(page.getByTestId('vocabulary-preview')).toContainText('Ajouter un indicateur de changement');
  await expect(page.getByTestId('vocabulary-preview')).toContainText('1 finalité · 3 indicateurs de changement');
  await expectAccessible(page, 'vocabulary picker');
  await page.getByTestId('vocabulary-adopt').click();
  await expect(page.getByTestId('vocabulary')).not.toHaveAttribute('open', '');

  await expect(page.getByTestId('add-objective')).toHaveText('Ajouter une finalité');
  await expect(page.getByTestId('add-kr')).toHaveText('Ajouter un indicateur de changement');
  await expect(page.getByTestId('editor-counts')).toHaveText('1 finalité · 1 indicateur de changement');
  await expectNoneOf(page, FRENCH_STANDARD, 'the editor');
  for (const step of [0, 2, 1]) {
    await page.getByTestId('step').nth(step).click();
    await expectNoneOf(page, FRENCH_STANDARD, `step ${step + 1} of the editor`);
  }
  await page.reload();
  await expect(page.getByTestId('add-objective')).toHaveText('Ajouter une finalité');
  await expectNoneOf(page, FRENCH_STANDARD, 'the editor after a reload');

  await page.goto('./index.html#/');
  await expect(page.getByTestId('set-counts')).toHaveText('1 finalité · 1 indicateur de changement');
  await expectNoneOf(page, FRENCH_STANDARD, 'the home page');

  const exported = await download(page, page.getByTestId('export-set'));
  expect(JSON.parse(exported.text).sets[0].vocabulary).toEqual({ preset: 'finalites' });
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('import-input').setInputFiles({ name: 'f.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await expect(page.getByTestId('import-item')).toContainText('1 finalité · 1 indicateur de changement');
  await expectNoneOf(page, FRENCH_STANDARD, 'the import preview');
  await page.getByTestId('import-confirm').click();
  await page.getByRole('link', { name: 'Pilote Éducation' }).click();
  await expect(page.getByTestId('add-objective')).toHaveText('Ajouter une finalité');
  await expectNoneOf(page, FRENCH_STANDARD, 'the imported set');
});

test('custom words with their grammar, in English and French', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('lang').selectOption('en');
  await createSet(page, 'Warehouse pilot');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('add-kr').click();

  await page.getByTestId('vocabulary-summary').click();
  await page.getByTestId('vocabulary-preset').nth(3).check();
  await page.getByTestId('term-objective-singular').fill('ambition');
  await page.getByTestId('term-objective-plural').fill('ambitions');
  await page.getByTestId('term-objective-gender').selectOption('feminine');
  await page.getByTestId('term-objective-vowel').check();
  await page.getByTestId('term-key-result-singular').fill('signal');
  await page.getByTestId('term-key-result-plural').fill('signals');
  await expect(page.getByTestId('vocabulary-preview')).toContainText('Add an ambition');
  await page.getByTestId('vocabulary-adopt').click();

  const english = ['objective', 'key result'];
  await expect(page.getByTestId('add-objective')).toHaveText('Add an ambition');
  await expect(page.getByTestId('add-kr')).toHaveText('Add a signal');
  await expectNoneOf(page, english, 'the editor in English');
  for (const step of [0, 2, 1]) {
    await page.getByTestId('step').nth(step).click();
    await expectNoneOf(page, english, `step ${step + 1} in English`);
  }
  await page.goto('./index.html#/');
  await expect(page.getByTestId('set-counts')).toHaveText('1 ambition · 1 signal');
  await expectNoneOf(page, english, 'the home page in English');

  await page.getByTestId('lang').selectOption('fr');
  await expect(page.getByTestId('set-counts')).toHaveText('1 ambition · 1 signal');
  await page.getByRole('link', { name: 'Warehouse pilot' }).click();
  await expect(page.getByTestId('add-objective')).toHaveText('Ajouter une ambition');
  await expect(page.getByRole('button', { name: 'Supprimer l’ambition 1' })).toBeVisible();
  await expectNoneOf(page, FRENCH_STANDARD, 'the editor in French');

  await page.getByTestId('vocabulary-summary').click();
  await page.getByTestId('term-key-result-singular').fill('');
  await page.getByTestId('vocabulary-adopt').click();
  await expect(page.getByTestId('vocabulary')).toContainText('Indiquez le singulier et le pluriel');
  await expect(page.getByTestId('add-kr')).toHaveText('Ajouter un signal');
});

test.describe('a first visit from an English browser', () => {
  test.use({ locale: 'en-US' });

  test('opens in English, and a chosen language is remembered', async ({ page }) => {
    await page.goto('./index.html');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('new-set')).toHaveText('New OKR set');
    await page.getByTestId('lang').selectOption('fr');
    await page.reload();
    await expect(page.getByTestId('new-set')).toHaveText('Nouveau jeu d’OKR');
  });
});

test.describe('a first visit from a browser in another language', () => {
  test.use({ locale: 'de-DE' });

  test('falls back to French', async ({ page }) => {
    await page.goto('./index.html');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});
