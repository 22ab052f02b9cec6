// Every screen size from a phone to a projector: nothing overflows sideways, everything is
// reachable by keyboard and passes axe.
import { test, expect } from '@playwright/test';
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
