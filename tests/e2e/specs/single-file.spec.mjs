// The single-file edition, opened from file:// as a double-click would: it works fully,
// fetches nothing, and stays within 1.4× the size of the normal release.
import { test, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { download, toDraft } from './helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const single = join(root, 'dist-single/boussole.html');

test('opened from a file, it creates, reloads and exports a set, with no request', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(single).href;
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('new-set').click();
  await page.locator('#new-set-name').fill('Clé USB');
  await page.getByTestId('create-submit').click();
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Travailler sans serveur');
  await page.reload();
  await expect(page.getByTestId('objective-title')).toHaveValue('Travailler sans serveur');
  const exported = await download(page, page.getByTestId('export-this'));
  expect(JSON.parse(exported.text).sets[0].objectives[0].title).toBe('Travailler sans serveur');
  expect(requests.every((r) => r === url || r.startsWith('blob:') || r.startsWith('data:')), requests.join('\n')).toBe(true);

  const release = readdirSync(join(root, 'dist')).reduce((n, f) => n + statSync(join(root, 'dist', f)).size, 0);
  expect(statSync(single).size).toBeLessThanOrEqual(1.4 * release);
});
