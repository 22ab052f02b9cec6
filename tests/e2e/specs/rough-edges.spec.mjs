// Rough edges a new user hit (issue 15), each checked as a class: a closed cycle's controls
// say why they cannot act; messages follow the language; a milestone reads in words; a
// figure not given yet reads "à définir" everywhere; tables show their options whole.
// (An imported file counting as the set's copy: share.spec.mjs.)
import { test, expect } from '@playwright/test';
import { launchedSet, watchPage } from './helpers.mjs';

async function open(page, set, step) {
  await page.goto('./index.html');
  await page.evaluate((set) => {
    localStorage.clear();
    localStorage.setItem(`boussole:set:${set.id}`, JSON.stringify({ format: 'boussole', version: 3, sets: [set] }));
  }, set);
  await page.goto(`./index.html#/set/${set.id}`);
  if (step) await page.getByTestId('step').filter({ hasText: step }).click();
}

test('a closed cycle disables every control with the reason beside it, and reopening enables them', async ({ page }) => {
  const problems = watchPage(page);
  const set = launchedSet('closed', 1, 2);
  set.closed = '2027-01-15T10:00:00Z';
  set.meetings = [{ id: 'm1', date: set.objectives[0].key_results[0].check_ins[0].date, learned: 'Appris', to_revisit: ['closed-o0'], adjust: '', blocking: '' }];
  await open(page, set, 'Points d’étape');

  const notice = page.getByTestId('closed-notice');
  await expect(notice).toContainText('Ce cycle est clos');
  const history = page.getByTestId('history').first();
  await history.locator('summary').click();
  const row = history.getByTestId('history-row').first();
  await expect(row.getByRole('button', { name: 'Modifier' })).toBeDisabled();
  await expect(row.getByTestId('delete-check-in')).toBeDisabled();
  await expect(page.getByTestId('save-check-in')).toBeDisabled();

  // The same on every step but the retrospective, which holds the next cycle.
  for (const step of ['Pourquoi', 'Brouillon', 'Revue']) {
    await page.getByTestId('step').filter({ hasText: step }).click();
    await expect(page.getByTestId('closed-notice')).toBeVisible();
    const enabled = await page.locator('fieldset.step-body').evaluate((f) =>
      [...f.querySelectorAll('button, input, select, textarea')].filter((el) => !el.matches(':disabled')).map((el) => el.outerHTML.slice(0, 80)));
    expect(enabled, `controls still enabled on ${step}`).toEqual([]);
  }
  // A past meeting names the objectives it listed, under a heading, not the instruction.
  await expect(page.getByTestId('past-meeting')).toContainText('Finalités à revoir');
  await expect(page.getByTestId('past-meeting')).not.toContainText('Cochez');

  await page.getByTestId('step').filter({ hasText: 'Points d’étape' }).click();
  await page.getByTestId('reopen-cycle').click();
  await expect(page.getByTestId('closed-notice')).toHaveCount(0);
  await page.getByTestId('history').first().locator('summary').click();
  await expect(page.getByTestId('history-row').first().getByTestId('delete-check-in')).toBeEnabled();
  expect(problems).toEqual([]);
});

test('a message on screen follows a switch of language', async ({ page }) => {
  const set = launchedSet('toast-lang', 1, 1);
  await open(page, set, 'Points d’étape');
  await page.getByTestId('save-check-in').click();
  await expect(page.getByTestId('toast')).toContainText('enregistré');
  await page.getByTestId('lang').selectOption('en');
  await expect(page.getByTestId('toast')).toContainText('saved');
  await expect(page.getByTestId('toast')).not.toContainText('enregistré');

  // A form's error too.
  await page.getByTestId('check-in-value').first().fill('douze');
  await page.getByTestId('save-check-in').click();
  await expect(page.getByTestId('check-in-error')).toContainText('number');
  await page.getByTestId('lang').selectOption('fr');
  await expect(page.getByTestId('check-in-error')).toContainText('nombre');
});

test('a milestone reads in words, and a figure not given yet reads "à définir" on every screen', async ({ page }) => {
  const set = launchedSet('words', 1, 3);
  const [done, open1, blank] = set.objectives[0].key_results;
  Object.assign(done, { kind: 'milestone', baseline: null, target: null, unit: '' });
  done.check_ins = [{ id: 'w1', date: done.check_ins[0].date, value: 1, confidence: 'confident', note: '' }];
  Object.assign(open1, { kind: 'milestone', baseline: null, target: null, unit: '' });
  open1.check_ins = [{ id: 'w2', date: open1.check_ins[0].date, value: 0, confidence: 'uncertain', note: '' }];
  Object.assign(blank, { baseline: null, target: null, check_ins: [] });
  set.changes = [{ at: '2027-01-10T10:00:00Z', what: 'target', subject: blank.title, old: { number: 80 }, new: null, reason: 'À revoir' }];
  await open(page, set, 'Points d’étape');

  const rows = page.getByTestId('check-in-row');
  await expect(rows.nth(0).locator('td.last')).toHaveText('Atteint');
  await expect(rows.nth(1).locator('td.last')).toHaveText('Pas encore');
  await expect(rows.nth(2)).toContainText('à définir');
  await expect(page.locator('body')).not.toContainText('? → ?');

  // The confidence choice shows its longest option whole at 1280 px.
  await page.setViewportSize({ width: 1280, height: 800 });
  await rows.nth(1).getByTestId('check-in-confidence').selectOption('struggling');
  const cut = await rows.nth(1).getByTestId('check-in-confidence').evaluate((select) => {
    const probe = document.createElement('span');
    probe.style.cssText = `font:${getComputedStyle(select).font};position:absolute;white-space:nowrap`;
    probe.textContent = select.selectedOptions[0].textContent;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return select.clientWidth < needed;
  });
  expect(cut).toBe(false);

  // The change log names its column for what it holds.
  await page.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
  await expect(page.locator('.change-table thead')).toContainText('Modification');
  await expect(page.locator('.change-table thead')).not.toContainText('Changer le plan');

  // Slides and the printout.
  await page.goto(`./index.html#/set/${set.id}/present`);
  const count = Number((await page.getByTestId('slide-counter').innerText()).split('/')[1]);
  let text = '';
  for (let i = 1; i <= count; i += 1) {
    await expect(page.getByTestId('slide-counter')).toHaveText(`${i} / ${count}`);
    text += await page.getByTestId('slide').innerText();
    if (i < count) await page.getByTestId('slide-next').click();
  }
  expect(text).toContain('à définir');
  expect(text).not.toMatch(/\?\s*→|→\s*\?/);
  await page.goto(`./index.html#/set/${set.id}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-sheet')).toContainText('à définir');
  await expect(page.locator('.print-sheet')).not.toContainText(/\?\s*→|→\s*\?/);
});

test('a full quota stays in view wherever the user types, until the edit is saved', async ({ page }) => {
  const set = launchedSet('full', 3, 3);
  await open(page, set, 'Brouillon');
  await expect(page.getByTestId('kr-title')).toHaveCount(9);
  // Fill the browser's storage to the last character, with a key the app does not own.
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try { localStorage.setItem(`filler-${n}`, 'x'.repeat(size)); n += 1; } catch { break; }
      }
    }
  });
  await page.getByTestId('change-plan').click();
  await page.getByTestId('change-reason').fill('Plus précis');
  const last = page.getByTestId('kr-title').last();
  await last.scrollIntoViewIfNeeded();
  await last.press('End');
  await last.pressSequentially(' encore plus long');
  await last.blur();
  await expect(page.getByTestId('quota-banner')).toBeInViewport();
  await last.focus();
  await last.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('quota-banner')).toBeInViewport();
  // Room again: the next save clears it.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await last.press('End');
  await last.pressSequentially('!');
  await last.blur();
  await expect(page.getByTestId('quota-banner')).toHaveCount(0);
});
