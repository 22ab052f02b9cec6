// The one-page printout: a set at the count rule's maximum with a 300-word narrative fits
// one A4 page, in the set's words, with each key result's latest value and progress, and
// no controls.
import { test, expect } from '@playwright/test';
import { openFresh } from './helpers.mjs';

const long = 'des usagers qui obtiennent une réponse claire et juste dès le premier contact, même les jours de forte affluence';
const narrative = Array.from({ length: 300 }, (_, i) => `mot${i}`).join(' ');

function fullSet() {
  const objectives = [1, 2, 3].map((o) => ({
    id: `o${o}`, title: `Finalité ${o} : ${long}`, why: 'Parce que nos usagers comptent sur nous chaque jour.',
    key_results: [1, 2, 3].map((k) => ({
      id: `k${o}${k}`, title: `Indicateur ${k} : part des demandes traitées en moins de deux jours ouvrés par l’équipe ${o}`,
      kind: 'increase', baseline: 40 + k, target: 80 + k, unit: '%',
      check_ins: [{ id: `c${o}${k}`, date: '2027-02-01', value: 60 + k, confidence: 'confident', note: '' }],
    })),
    retro: { happened: '', learned: '', differently: '' },
  }));
  return {
    format: 'boussole', version: 3,
    sets: [{
      id: 'print-me', name: 'Pilote imprimé', team: 'Accueil des usagers', cycle: { start: '2027-01-01', end: '2027-03-31' },
      vocabulary: { preset: 'finalites' }, why: { narrative, reasons: ['align_team'], other_reason: '' },
      count_rule: { max_objectives: 3, max_key_results: 3 }, objectives, launch: null,
      meetings: [], changes: [], closed: null, previous: null,
      created: '2026-11-01T08:00:00Z', modified: '2026-11-02T08:00:00Z', revision: 2,
    }],
  };
}

test('a set at the count rule maximum with 300 words prints on one A4 page', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fullSet())) });
  await page.getByTestId('import-confirm').click();
  await page.getByRole('link', { name: 'Pilote imprimé' }).click();
  await expect(page.getByTestId('print')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Finalité 3');
  await expect(sheet).toContainText('l’équipe 1 — 41 → 81 % · Dernière valeur\u00a0: 61 %');
  await expect(sheet).toContainText('50\u00a0%');
  await expect(sheet).toContainText('mot299');
  expect(await page.locator('main .page.editor').isVisible()).toBe(false);
  expect((await sheet.innerText()).toLowerCase()).not.toContain('objectif');

  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
});
