// Shared steps for the end-to-end journeys.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';

/** Every localStorage entry, to prove what an action changed and what it did not. */
export async function storageSnapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** Fails the test on any request that leaves the machine, and on any script error. */
export function watchPage(page) {
  const problems = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`network request to ${r.url()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return problems;
}

export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function openFresh(page) {
  await page.goto('./index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('empty-home')).toBeVisible();
}

export async function createSet(page, name, team) {
  await page.getByTestId('new-set').click();
  await page.locator('#new-set-name').fill(name);
  if (team) await page.getByLabel(/Équipe|Team/).first().fill(team);
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('set-name')).toHaveValue(name);
}

/** Moves to the draft step, where objectives and key results are written. */
export async function toDraft(page) {
  await page.getByTestId('step').nth(1).click();
  await expect(page.getByTestId('add-objective')).toBeVisible();
}

/** Clicks `button` and returns the downloaded file's name and parsed JSON. */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}
