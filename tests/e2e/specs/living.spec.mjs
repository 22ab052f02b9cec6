// Living OKRs, end to end: a launched set, three weekly check-ins (one a regression), the
// chart and history, a follow-up meeting, a target changed with a reason (in the log), the
// retrospective, closing, the next cycle; export → import in a clean browser keeps it all.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { download, expectAccessible, openFresh, watchPage } from './helpers.mjs';

/** A local date `days` from today, as a date input wants it. */
function isoDay(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function step(page, name) {
  await page.getByTestId('step').filter({ hasText: name }).click();
}

async function checkIn(page, date, values, confidences = []) {
  await page.getByTestId('check-in-date').fill(date);
  const rows = page.getByTestId('check-in-row');
  for (const [i, value] of values.entries()) {
    if (value !== null) await rows.nth(i).getByTestId('check-in-value').fill(value);
  }
  for (const [i, confidence] of confidences.entries()) {
    if (confidence) await rows.nth(i).getByTestId('check-in-confidence').selectOption(confidence);
  }
  await rows.first().getByTestId('check-in-value').press('Enter');
}

test('a cycle lived from launch to the next one, and carried to another browser', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 1600 });
  const problems = watchPage(page);
  await openFresh(page);
  await page.getByTestId('new-set').click();
  await page.locator('#new-set-name').fill('Livraisons T4');
  await page.getByTestId('template').selectOption('urgent-deliveries');
  await page.getByTestId('create-submit').click();
  await page.getByLabel('Début du cycle').fill(isoDay(-30));
  await page.getByLabel('Début du cycle').dispatchEvent('change');
  await page.getByLabel('Fin du cycle').fill(isoDay(60));
  await page.getByLabel('Fin du cycle').dispatchEvent('change');
  await step(page, 'Pourquoi');
  await page.getByTestId('narrative').fill('Nos clients urgents attendent trop : en un an, nous livrons deux fois plus vite.');
  await page.getByTestId('reason').first().check();
  await step(page, 'Lancement');
  await page.getByTestId('launch').click();
  await expect(page.getByTestId('launched')).toBeVisible();

  // Three weekly check-ins; the second is a regression (50 h is worse than the 48 h baseline).
  await step(page, 'Points d’étape');
  await expect(page.getByTestId('check-in-row')).toHaveCount(3);
  await checkIn(page, isoDay(-21), ['44', '80', '7']);
  await expect(page.getByTestId('toast')).toContainText('3 points enregistrés');
  await checkIn(page, isoDay(-14), ['50', null, null], [null, 'uncertain']);
  const delay = page.getByTestId('kr-follow-up').first();
  await expect(delay.getByTestId('progress-value')).toHaveText('-8\u00a0%');
  await expect(delay.locator('.progress')).toHaveClass(/regression/);
  await checkIn(page, isoDay(-7), ['40', '85', '7,4'], [null, 'struggling']);
  await expect(delay.getByTestId('progress-value')).toHaveText('33\u00a0%');
  // The line through 44, 50 and 40 h, a week apart, reaches 23.5 h at the cycle's end.
  await expect(delay.getByTestId('trend')).toHaveText('À ce rythme\u00a0: 102\u00a0% en fin de cycle');
  await expect(delay.locator('circle.chart-dot')).toHaveCount(3);
  await expect(delay.locator('svg title')).toHaveText('Évolution de « Délai moyen de livraison des commandes critiques »');
  await expect(delay.locator('.visually-hidden table tbody tr')).toHaveCount(3);
  await expect(delay.locator('.visually-hidden table')).toContainText('50 h');
  await expect(page.getByTestId('kr-follow-up').nth(1).getByTestId('status')).toContainText('En retard');
  // The form keeps the last values, so the next weekly check-in starts from them.
  await expect(page.getByTestId('check-in-row').first().getByTestId('check-in-value')).toHaveValue('40');
  await expectAccessible(page, 'check-in step');

  // The history: a check-in deleted, then restored by undo.
  await delay.getByTestId('history').locator('summary').click();
  await expect(delay.getByTestId('history-row')).toHaveCount(3);
  await delay.getByTestId('delete-check-in').first().click();
  await expect(delay.getByTestId('history-row')).toHaveCount(2);
  await page.getByTestId('toast').getByRole('button', { name: /Rétablir/ }).click();
  await expect(delay.getByTestId('history-row')).toHaveCount(3);
  await expect(delay.getByTestId('progress-value')).toHaveText('33\u00a0%');

  // A follow-up meeting.
  await step(page, 'Revue');
  await page.getByTestId('meeting-learned').fill('Le transporteur du lundi nous ralentit.');
  await page.getByTestId('revisit').first().check();
  await page.getByTestId('meeting-blocking').fill('Pas de créneau le lundi.');
  await page.getByTestId('save-meeting').click();
  await expect(page.getByTestId('past-meeting')).toHaveCount(1);
  await expect(page.getByTestId('past-meeting')).toContainText('Le transporteur du lundi nous ralentit.');
  await expect(page.getByTestId('past-meeting')).toContainText('Livrer plus vite les commandes urgentes');
  await expect(page.getByTestId('meeting-learned')).toHaveValue('');
  await expectAccessible(page, 'meeting step');

  // The launched plan is locked until a reason is given; then the change is logged.
  await step(page, 'Brouillon');
  await expect(page.getByTestId('plan-locked')).toBeVisible();
  await expect(page.getByTestId('kr-target').first()).toBeDisabled();
  await page.getByTestId('change-plan').click();
  await expect(page.getByTestId('kr-target').first()).toBeDisabled();
  await page.getByTestId('change-reason').fill('Le nouveau transporteur rend 20 h possible.');
  await page.getByTestId('kr-target').first().fill('20');
  await page.getByTestId('finish-change').click();
  await expect(page.getByTestId('plan-locked')).toBeVisible();
  const entry = page.getByTestId('change-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Cible');
  await expect(entry).toContainText('24 → 20');
  await expect(entry).toContainText('Le nouveau transporteur rend 20 h possible.');
  await expectAccessible(page, 'draft of a launched set');

  // The retrospective, then closing: the set becomes read-only.
  await step(page, 'Rétrospective');
  const answers = page.getByTestId('retro-answer');
  await answers.nth(0).fill('Le délai a baissé après le changement de transporteur.');
  await answers.nth(1).fill('Mesurer chaque semaine nous a aidés.');
  await expectAccessible(page, 'retrospective');
  await page.getByTestId('close-cycle').click();
  await expect(page.getByTestId('closed-notice')).toBeVisible();
  await expect(answers.first()).toBeDisabled();
  await expect(page.getByTestId('set-name')).toBeDisabled();
  await page.reload();
  await expect(page.getByTestId('closed-notice')).toBeVisible();
  await expect(page.getByTestId('retro-answer').first()).toHaveValue('Le délai a baissé après le changement de transporteur.');

  const exported = await download(page, page.getByTestId('export-this'));

  await page.getByTestId('start-next-cycle').click();
  await expect(page.getByTestId('set-name')).toHaveValue('Livraisons T4 (suite)');
  await expect(page.getByTestId('set-name')).toBeEnabled();
  await step(page, 'Brouillon');
  await expect(page.getByTestId('objective-title')).toHaveValue('Livrer plus vite les commandes urgentes');
  // The delay starts the new cycle where it ended (40 h) toward the changed target (20 h).
  await expect(page.getByTestId('kr-baseline').first()).toHaveValue('40');
  await expect(page.getByTestId('kr-target').first()).toHaveValue('20');
  expect(problems).toEqual([]);

  // Another browser: the file brings every check-in, meeting and log entry.
  const other = await browser.newContext();
  const clean = await other.newPage();
  await openFresh(clean);
  await clean.getByTestId('import-input').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await clean.getByTestId('import-confirm').click();
  // The home list says where the set stands: closed, with its final progress.
  const card = clean.getByTestId('set-card').filter({ hasText: 'Livraisons T4' });
  await expect(card).toContainText('Cycle clos');
  await expect(card.getByTestId('progress-value')).toHaveText(/\d+\u00a0%/);
  await clean.getByRole('link', { name: /Livraisons T4/ }).first().click();
  await expect(clean.getByTestId('closed-notice')).toBeVisible();
  await step(clean, 'Points d’étape');
  await expect(clean.getByTestId('kr-follow-up').first().locator('circle.chart-dot')).toHaveCount(3);
  await step(clean, 'Revue');
  await expect(clean.getByTestId('past-meeting')).toHaveCount(1);
  await step(clean, 'Brouillon');
  await expect(clean.getByTestId('change-entry')).toHaveCount(1);
  const imported = JSON.parse(exported.text).sets[0];
  expect(imported.objectives[0].key_results[0].check_ins.map((c) => c.value)).toEqual([44, 50, 40]);
  await other.close();
});

test('a weekly check-in of nine key results with the keyboard alone', async ({ page }) => {
  const objectives = [1, 2, 3].map((o) => ({
    id: `o${o}`, title: `Objectif ${o}`, why: '',
    key_results: [1, 2, 3].map((k) => ({
      id: `k${o}${k}`, title: `Mesure ${o}.${k}`, kind: 'increase', baseline: 0, target: 100, unit: '%',
      check_ins: [{ id: `c${o}${k}`, date: isoDay(-7), value: 10 * k, confidence: 'confident', note: '' }],
    })),
    retro: { happened: '', learned: '', differently: '' },
  }));
  const file = {
    format: 'boussole', version: 3,
    sets: [{
      id: 'weekly', name: 'Hebdo', team: '', cycle: { start: isoDay(-30), end: isoDay(60) }, vocabulary: { preset: 'standard' },
      why: { narrative: 'Pourquoi.', reasons: ['align_team'], other_reason: '' }, count_rule: { max_objectives: 3, max_key_results: 3 },
      objectives, launch: { at: '2026-01-01T00:00:00Z', reference: objectives }, meetings: [], changes: [], closed: null, previous: null,
      created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', revision: 1,
    }],
  };
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('import-confirm').click();
  await page.getByRole('link', { name: 'Hebdo' }).click();
  // A launched set opens on its check-ins, the last values in place.
  await expect(page.getByTestId('check-in-row')).toHaveCount(9);
  await expect(page.getByTestId('check-in-value').nth(4)).toHaveValue('20');
  await page.getByTestId('check-in-value').first().focus();
  for (let i = 0; i < 9; i += 1) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(20 + i));
    await page.keyboard.press('Tab'); // confidence
    if (i === 4) await page.keyboard.press('ArrowDown'); // uncertain
    await page.keyboard.press('Tab'); // note
    if (i === 4) await page.keyboard.type('Livraison en retard');
    if (i < 8) await page.keyboard.press('Tab'); // next row
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast')).toContainText('9 points enregistrés');
  // Written with the next batched write (within 0.4 s): wait for it, not for a time.
  const lastStored = () => page.evaluate(() => JSON.parse(localStorage.getItem('boussole:set:weekly'))
    .sets[0].objectives.flatMap((o) => o.key_results).map((k) => k.check_ins.at(-1)));
  await expect.poll(async () => (await lastStored()).map((c) => c.value)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28]);
  const last = await lastStored();
  expect(last[4].confidence).toBe('uncertain');
  expect(last[4].note).toBe('Livraison en retard');
  expect(new Set(last.map((c) => c.date))).toEqual(new Set([isoDay(0)]));
});

test('rewording the reason of a change keeps every keystroke and the focus', async ({ page }) => {
  const fixture = await readFile(new URL('../../fixtures/format-v3.json', import.meta.url), 'utf8');
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'v3.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('set-card').filter({ hasText: 'Pilote' }).getByRole('link').first().click();
  await step(page, 'Brouillon');
  await page.getByTestId('change-plan').click();
  const reason = page.getByTestId('change-reason');
  await reason.fill('Périmètre revu');
  const title = page.getByTestId('objective-title').first();
  await title.press('End');
  await title.pressSequentially(' bis');
  // The change is logged now; every keystroke of the reason rewrites its entries.
  await reason.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' avec la direction');
  await expect(reason).toHaveValue('Périmètre revu avec la direction');
  await expect(reason).toBeFocused();
  await expect(page.getByTestId('change-entry').first()).toContainText('Périmètre revu avec la direction');
});
