// Sharing by email without a server: the file is downloaded, the mail opens with a
// readable summary, and the same summary can be copied.
import { test, expect } from '@playwright/test';
import { createSet, openFresh, toDraft } from './helpers.mjs';

test('share by email downloads the file and prepares the mail; copy puts the summary on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page);
  await createSet(page, 'Pilote partagé', 'Logistique');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Livrer plus vite');
  await page.getByTestId('objective-title').press('Enter');
  await page.getByTestId('kr-title').fill('Délai moyen de livraison');
  await page.getByTestId('kr-kind').selectOption('decrease');
  await page.getByTestId('kr-baseline').fill('48');
  await page.getByTestId('kr-target').fill('24');
  await page.getByTestId('kr-unit').fill('h');

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share').click()]);
  expect(file.suggestedFilename()).toMatch(/^boussole-pilote-partage-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('share-panel')).toContainText('joignez-le au message');
  const href = await page.getByTestId('mail-link').getAttribute('href');
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  const params = new URLSearchParams(href.slice('mailto:?'.length));
  expect(params.get('subject')).toBe('OKR\u00a0: Pilote partagé');
  const body = params.get('body');
  expect(body).toContain('Pilote partagé\nLogistique · ');
  expect(body).toContain('Objectif 1\u00a0: Livrer plus vite');
  expect(body).toContain('  • Délai moyen de livraison — 48 → 24 h');
  expect(body).toContain('Importer un fichier');

  await page.getByTestId('copy-summary').click();
  await expect(page.getByTestId('toast')).toContainText('Résumé copié');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
});

test('a set changed and not exported for a week gets a gentle reminder, until it is exported; an imported file counts as a copy', async ({ page }) => {
  await openFresh(page);
  const file = {
    format: 'boussole', version: 2,
    sets: [{
      id: 'old-set', name: 'Vieux jeu', team: '', cycle: { start: '2026-01-01', end: '2026-03-31' },
      vocabulary: { preset: 'standard' }, why: { narrative: '', reasons: [], other_reason: '' },
      count_rule: { max_objectives: 3, max_key_results: 3 }, objectives: [], launch: null,
      created: '2026-01-01T08:00:00Z', modified: '2026-01-02T08:00:00Z', revision: 2,
    }],
  };
  await page.getByTestId('import-input').setInputFiles({ name: 'v.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('import-confirm').click();
  await page.getByRole('link', { name: 'Vieux jeu' }).click();
  // Created long ago, but the file it came from is its copy: nothing to remind.
  await expect(page.getByTestId('set-name')).toHaveValue('Vieux jeu');
  await expect(page.getByTestId('export-reminder')).toHaveCount(0);
  // A week later, unchanged: still nothing; changed here: the change is in no file.
  await page.evaluate(() => {
    const exports = JSON.parse(localStorage.getItem('boussole:exports'));
    exports['old-set'] = new Date(Date.now() - 8 * 86400000).toISOString();
    localStorage.setItem('boussole:exports', JSON.stringify(exports));
  });
  await page.reload();
  await expect(page.getByTestId('set-name')).toHaveValue('Vieux jeu');
  await expect(page.getByTestId('export-reminder')).toHaveCount(0);
  await page.getByTestId('set-team').fill('Équipe changée');
  await expect(page.getByTestId('export-reminder')).toContainText('pas été exporté depuis une semaine');
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-reminder').getByRole('button').click()]);
  await expect(page.getByTestId('export-reminder')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('set-name')).toHaveValue('Vieux jeu');
  await expect(page.getByTestId('export-reminder')).toHaveCount(0);

  // A fresh set is not nagged.
  await page.goto('./index.html#/');
  await createSet(page, 'Tout neuf');
  await expect(page.getByTestId('export-reminder')).toHaveCount(0);
});
