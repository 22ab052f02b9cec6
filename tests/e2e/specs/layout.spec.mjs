// Every screen size from a phone to a projector: nothing overflows sideways, everything is
// reachable by keyboard and passes axe.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createSet, toDraft, expectAccessible, openFresh } from './helpers.mjs';

test('home and editor fit the screen and pass axe', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Pilote avec un nom assez long pour tester le retour à la ligne', 'Formation');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('add-kr').click();
  for (const where of ['editor', 'home']) {
    if (where === 'home') await page.goto('./index.html#/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
    await expectAccessible(page, where);
  }
});

test('the keyboard reaches creating a set', async ({ page }) => {
  await openFresh(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.getByTestId('new-set').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#new-set-name')).toBeFocused();
  await page.keyboard.type('Au clavier');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('set-name')).toHaveValue('Au clavier');
});

/** How far the page reaches past the right edge of the window; 0 when it fits. */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('every screen of a lived set fits, even with words too long for a line', async ({ page }) => {
  // A launched set with check-ins, a meeting and a reference set, its names and notes made
  // of single words far wider than a phone.
  const file = JSON.parse(await readFile(new URL('../../fixtures/format-v3.json', import.meta.url), 'utf8'));
  const long = (c) => c.repeat(120);
  const [team, reference] = file.sets;
  team.name = `Pilote${long('N')}`;
  team.team = long('T');
  reference.name = long('D');
  for (const o of team.objectives) {
    o.title = long('O');
    for (const kr of o.key_results) {
      kr.title = long('K');
      for (const c of kr.check_ins) c.note = `https://exemple.fr/${long('x')}`;
    }
  }
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  expect(await overflow(page), 'import dialog').toBeLessThanOrEqual(0);
  await page.getByTestId('import-confirm').click();
  expect(await overflow(page), 'home').toBeLessThanOrEqual(0);
  await page.getByTestId('set-card').filter({ hasText: 'Pilote' }).getByRole('link').first().click();
  const steps = page.getByTestId('step');
  await expect(steps).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    await steps.nth(i).click();
    if (i === 3) {
      await page.getByTestId('history').first().locator('summary').click();
      await expect(page.getByTestId('history').first().locator('table, .empty-state')).toBeVisible();
    }
    expect(await overflow(page), `step ${i + 1}`).toBeLessThanOrEqual(0);
  }
  await page.goto('./index.html#/overview');
  await expect(page.getByTestId('team-set').first()).toBeVisible();
  expect(await overflow(page), 'overview').toBeLessThanOrEqual(0);
  for (const route of [`set/${team.id}/workshop`, `set/${team.id}/history`, `guide?set=${team.id}`]) {
    await page.goto(`./index.html#/${route}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await overflow(page), route).toBeLessThanOrEqual(0);
  }
  // An agenda item's name is given the width of the item's row, whatever the screen.
  await page.goto(`./index.html#/set/${team.id}/workshop`);
  const widths = await page.getByTestId('agenda-item').evaluateAll((items) => items.map((item) => [
    item.querySelector('[data-testid="agenda-name"]').getBoundingClientRect().width, item.clientWidth,
  ]));
  expect(widths.length).toBeGreaterThan(0);
  for (const [name, row] of widths) expect(name, 'agenda name width').toBeGreaterThan(row * 0.5);
  await page.goto(`./index.html#/set/${team.id}/present`);
  for (let slide = 0; slide < 4; slide++) {
    await expect(page.getByTestId('slide')).toBeVisible();
    expect(await overflow(page), `slide ${slide + 1}`).toBeLessThanOrEqual(0);
    await page.keyboard.press('ArrowRight');
  }
});
