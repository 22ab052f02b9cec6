// The guided pilot journey: a template, the why in at most 300 words, coaching while
// drafting, the team's count rule, the launch; a reload keeps all of it.
import { test, expect } from '@playwright/test';
import { expectAccessible, openFresh } from './helpers.mjs';

const words = (n) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 'l’équipe' : `mot${i}`)).join(' ');

test('from a template to a launched cycle, with the narrative limit and live coaching', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('new-set').click();
  await page.locator('#new-set-name').fill('Pilote livraisons');
  await page.getByTestId('template').selectOption('urgent-deliveries');
  await page.getByTestId('create-submit').click();
  // A set opens on the draft, which points back to the missing why.
  await expect(page.getByTestId('step').nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('narrative-reminder')).toContainText('tout part du pourquoi');
  await page.getByTestId('write-why').click();
  await expect(page.getByTestId('step').first()).toHaveAttribute('aria-current', 'step');

  const narrative = page.getByTestId('narrative');
  await narrative.fill(words(310));
  await expect(page.getByTestId('word-counter')).toHaveText('310 / 300 mots');
  await expect(page.getByTestId('why-gaps')).toContainText('10 mots de trop');
  await page.getByTestId('reason').first().check();
  await expect(page.getByTestId('step').first()).not.toContainText('prêt');
  await expectAccessible(page, 'why step');

  await narrative.fill(words(290));
  await expect(page.getByTestId('word-counter')).toHaveText('290 / 300 mots');
  await expect(page.getByTestId('why-gaps')).toBeEmpty();
  await expect(page.getByTestId('step').first()).toContainText('prêt');
  await expect(narrative).toHaveValue(words(290));

  await page.getByTestId('step').nth(1).click();
  await expect(page.getByTestId('narrative-reminder')).toContainText('mot1 mot2');
  await expect(page.getByTestId('objective-title')).toHaveValue('Livrer plus vite les commandes urgentes');
  await expect(page.getByTestId('key-result')).toHaveCount(3);
  // The template keeps the article's "→ 95 %": no baseline, which coaching asks for.
  await expect(page.getByTestId('plan-score')).toContainText('85 / 100');
  await expect(page.getByTestId('key-result').nth(1).getByTestId('finding')).toHaveAttribute('data-rule', 'KrWithoutBaseline');

  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').nth(1).fill('Des préparateurs mieux outillés');
  await page.getByTestId('add-kr').nth(1).click();
  const task = page.getByTestId('key-result').nth(3);
  await task.getByTestId('kr-title').fill('Mettre à jour le rapport qualité');
  await expect(task.getByTestId('finding').first()).toHaveAttribute('data-rule', 'KrStartsWithTaskVerb');
  await expect(task.getByTestId('findings')).toContainText('Commence comme une tâche');
  await expectAccessible(page, 'draft with findings');

  await task.getByTestId('kr-title').fill('Commandes préparées sans erreur');
  await task.getByTestId('kr-target').fill('98');
  await task.getByTestId('kr-unit').fill('%');
  await expect(task.getByTestId('finding')).toHaveAttribute('data-rule', 'KrWithoutBaseline');
  await task.getByTestId('kr-baseline').fill('90');
  await expect(task.getByTestId('finding')).toHaveCount(0);

  await page.getByTestId('rule-preset').nth(1).click(); // 2 × 2
  await expect(page.getByTestId('coaching').getByTestId('findings')).toHaveCount(1);
  await expect(page.getByTestId('objective').first().getByTestId('findings').first()).toContainText('Plus de 2 résultats clés');
  await page.getByTestId('rule-preset').first().click(); // back to 3 × 3
  for (const title of ['Troisième cap', 'Quatrième cap']) {
    await page.getByTestId('add-objective').click();
    await page.getByTestId('objective-title').last().fill(title);
  }
  await expect(page.getByTestId('coaching')).toContainText('Plus de 3 objectifs');

  await page.getByTestId('step').nth(2).click();
  await page.getByTestId('launch').click();
  await expect(page.getByTestId('launched')).toContainText('Cycle démarré le');

  await page.reload();
  await page.getByTestId('step').nth(2).click();
  await expect(page.getByTestId('launched')).toBeVisible();
  await expect(page.getByTestId('step').nth(2)).toContainText('prêt');
  await page.getByTestId('step').first().click();
  await expect(page.getByTestId('narrative')).toHaveValue(words(290));
  await expect(page.getByTestId('reason').first()).toBeChecked();
  await page.getByTestId('step').nth(1).click();
  await expect(page.getByTestId('objective')).toHaveCount(4);
  await expect(page.getByTestId('coaching')).toContainText('Plus de 3 objectifs');
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('boussole:set:'));
    return JSON.parse(localStorage.getItem(key)).sets[0];
  });
  expect(stored.launch.reference).toHaveLength(4);
  expect(stored.why.reasons).toEqual(['align_team']);
});

test('an objective leads to its key results, says why it matters, and moves by drag', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('new-set').click();
  await page.locator('#new-set-name').fill('Glisser');
  await page.getByTestId('create-submit').click();
  await page.getByTestId('step').nth(1).click();
  await expect(page.getByTestId('draft-missing')).toHaveText('Ajoutez un objectif et ses résultats clés.');
  await expect(page.getByTestId('plan-score')).toContainText('0 / 100');
  for (const title of ['Premier cap', 'Second cap']) {
    await page.getByTestId('add-objective').click();
    await page.getByTestId('objective-title').last().fill(title);
    await page.getByTestId('objective-title').last().press('Enter');
    await expect(page.getByTestId('objective').last().getByTestId('kr-title')).toBeFocused();
  }
  await page.getByTestId('objective-why').first().fill('Parce que les clients attendent');
  // Both cards on screen: Playwright's synthetic drag does not auto-scroll as a hand would.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.locator('.objective > .drag-handle').nth(1).dragTo(page.locator('.objective > .drag-handle').first());
  await expect(page.getByTestId('objective-title').first()).toHaveValue('Second cap');
  await page.reload();
  await expect(page.getByTestId('objective-title').first()).toHaveValue('Second cap');
  await expect(page.getByTestId('objective-why').last()).toHaveValue('Parce que les clients attendent');
  await expect(page.getByTestId('key-result')).toHaveCount(2);

  // A key result moves by its head too, even into another objective.
  await page.getByTestId('kr-title').first().fill('Indicateur du second');
  await page.getByTestId('kr-title').last().fill('Indicateur du premier');
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.locator('.kr .drag-handle').first().dragTo(page.locator('.kr .drag-handle').last());
  await expect(page.getByTestId('objective').first().getByTestId('key-result')).toHaveCount(0);
  await expect(page.getByTestId('objective').last().getByTestId('kr-title')).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('objective').last().getByTestId('kr-title').first()).toHaveValue('Indicateur du second');
});

test('workshop mode: large type and high contrast for the room, remembered', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('new-set').click();
  await page.locator('#new-set-name').fill('Atelier');
  await page.getByTestId('template').selectOption('waiting-times');
  await page.getByTestId('create-submit').click();
  await page.getByTestId('kr-title').first().fill('Organiser des ateliers');
  const fontSize = () => page.getByTestId('objective-title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const before = await fontSize();
  await page.getByTestId('workshop').click();
  await expect(page.locator('html')).toHaveClass(/workshop/);
  expect(await fontSize()).toBeGreaterThanOrEqual(Math.max(24, before * 1.4));
  await expect(page.getByTestId('finding').first()).toBeVisible();
  await expect(page.getByTestId('privacy')).toBeHidden();
  await expectAccessible(page, 'workshop mode');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/workshop/);
  await page.getByTestId('workshop').click();
  await expect(page.locator('html')).not.toHaveClass(/workshop/);
});

test('coaching reads a title in its language, and the launch step lists what to fix with a way to each field', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('new-set').click();
  await page.locator('#new-set-name').fill('Pilote continuité');
  await page.getByTestId('template').selectOption('urgent-deliveries');
  await page.getByTestId('create-submit').click();
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').nth(1).fill('Des sites prêts à tout');
  await page.getByTestId('add-kr').nth(1).click();
  const plan = page.getByTestId('key-result').nth(3);
  // "Plan" is an English verb, but this title is French: no task here.
  await plan.getByTestId('kr-title').fill('Plan de continuité testé sur les sites');
  await plan.getByTestId('kr-baseline').fill('0');
  await plan.getByTestId('kr-target').fill('100');
  await plan.getByTestId('kr-unit').fill('%');
  await expect(plan.getByTestId('finding')).toHaveCount(0);
  await page.getByTestId('add-kr').nth(1).click();
  const noun = page.getByTestId('key-result').nth(4);
  await noun.getByTestId('kr-title').fill('Mise à jour mensuelle du rapport qualité');
  await expect(noun.getByTestId('finding').first()).toHaveAttribute('data-rule', 'KrStartsWithTaskVerb');

  await page.getByTestId('step').nth(2).click();
  const items = page.locator('[data-testid=findings-by-item] [data-testid=item-findings]');
  await expect(items).toHaveCount(2);
  await expect(items.first().getByTestId('go-to-item')).toContainText('Commandes urgentes livrées sans incident');
  await items.first().getByTestId('go-to-item').click();
  await expect(page.getByTestId('step').nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('key-result').nth(1).getByTestId('kr-baseline')).toBeFocused();
  await page.keyboard.type('80');
  await page.getByTestId('step').nth(2).click();
  await expect(items).toHaveCount(1);
  await items.first().getByTestId('go-to-item').click();
  await expect(page.getByTestId('key-result').nth(4).getByTestId('kr-title')).toBeFocused();
  await expectAccessible(page, 'draft reached from the launch list');
});
