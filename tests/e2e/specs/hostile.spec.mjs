// Hostile and broken files in the real app: each file of tests/hostile is refused with its
// message, and the workspace is left exactly as it was. Markup in a valid file is shown
// as text and never runs.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createSet, openFresh, storageSnapshot, toDraft, watchPage } from './helpers.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'hostile');

test('every hostile file is refused with its message and changes nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watchPage(page);
  await openFresh(page);
  await createSet(page, 'Mon jeu');
  await page.goto('./index.html#/');
  const before = await storageSnapshot(page);
  const manifest = (await readFile(path.join(dir, 'expected.tsv'), 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
  expect(manifest.length).toBeGreaterThanOrEqual(60);
  for (const line of manifest) {
    const [file, fragment] = line.split('\t');
    const buffer = await readFile(path.join(dir, file));
    await page.getByTestId('import-input').setInputFiles({ name: file, mimeType: 'application/json', buffer });
    await expect(page.getByTestId('import-error'), file).toContainText(fragment);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('import-error')).toHaveCount(0);
  }
  expect(await storageSnapshot(page)).toEqual(before);
  expect(problems).toEqual([]);
});

test('markup in a file is text: it shows, and no script runs', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await page.evaluate(() => { window.__ran = 0; });
  const payload = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>';
  const objectives = [{
    id: 'o1', title: `Objectif ${payload}`, why: payload,
    key_results: [{ id: 'k1', title: `Mesure ${payload}`, kind: 'increase', baseline: 1, target: 2, unit: '<b>u</b>',
      check_ins: [{ id: 'c1', date: '2027-01-10', value: 1.5, confidence: 'confident', note: payload }] }],
    retro: { happened: payload, learned: '', differently: '' },
  }];
  const file = {
    format: 'boussole', version: 3,
    sets: [{
      id: 'evil', name: `Jeu ${payload}`, team: payload, cycle: { start: '2027-01-01', end: '2027-03-31' },
      vocabulary: { preset: 'standard' }, why: { narrative: payload, reasons: ['other'], other_reason: payload },
      count_rule: { max_objectives: 3, max_key_results: 3 }, objectives, launch: { at: '2027-01-02T00:00:00Z', reference: objectives },
      meetings: [{ id: 'm1', date: '2027-01-11', learned: payload, to_revisit: ['o1'], adjust: payload, blocking: payload }],
      changes: [{ at: '2027-01-12T00:00:00Z', subject: payload, what: 'target', old: { text: payload }, new: { number: 2 }, reason: payload }],
      closed: null, previous: { id: 'p1', name: payload },
      created: '2027-01-01T00:00:00Z', modified: '2027-01-01T00:00:00Z', revision: 1,
    }],
  };
  await page.getByTestId('import-input').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('import-item')).toContainText(payload);
  await page.getByTestId('import-confirm').click();
  await page.getByRole('link', { name: /Jeu/ }).click();
  for (const name of ['Points d’étape', 'Revue', 'Brouillon', 'Rétrospective', 'Pourquoi']) {
    await page.getByTestId('step').filter({ hasText: name }).click();
    await expect(page.locator('main')).toContainText(payload);
  }
  await page.getByTestId('present').click();
  await expect(page.getByTestId('slide')).toContainText(payload);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toContainText(payload);
  expect(await page.evaluate(() => window.__ran)).toBe(0);
  expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a file too large for the space left is not imported at all, and says so', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await createSet(page, 'Mon jeu');
  await page.goto('./index.html#/');
  // Fill the browser's storage, then free just enough room for one small set.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let n = 0; chunk.length >= 16;) {
      try { localStorage.setItem(`filler:${n}`, chunk); n += 1; } catch { chunk = chunk.slice(0, chunk.length / 2); }
    }
    const room = Object.keys(localStorage).find((k) => k.startsWith('filler:') && localStorage.getItem(k).length === 1 << 14);
    localStorage.removeItem(room);
  });
  const before = await storageSnapshot(page);
  // Two valid sets: the first fits in that room, the second does not.
  const [model] = JSON.parse(await readFile(path.join(dir, '..', 'fixtures', 'format-v3.json'), 'utf8')).sets;
  const set = (id, objectives) => ({
    ...model, id, name: `Jeu ${id}`, meetings: [], changes: [], shared: {}, launch: null, previous: null,
    objectives: Array.from({ length: objectives }, (_, o) => ({
      ...model.objectives[0], id: `${id}-o${o}`, title: 'O'.repeat(400), contributes_to: [],
      key_results: [{ ...model.objectives[0].key_results[0], id: `${id}-k${o}`, title: 'K'.repeat(400), check_ins: [] }],
    })),
  });
  const file = { format: 'boussole', version: 3, sets: [set('petit', 1), set('grand', 40)] };
  await page.getByTestId('import-input').setInputFiles({ name: 'deux.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-error')).toContainText('ne tient pas');
  await expect(page.getByTestId('import-error')).toContainText('Rien n’a changé');
  expect(await storageSnapshot(page)).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('set-card')).toHaveCount(1);
  expect(problems).toEqual([]);
});
