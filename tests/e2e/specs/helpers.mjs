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

const today = new Date();
const isoDate = (d) => d.toISOString().slice(0, 10);
const daysFrom = (n) => isoDate(new Date(today.getTime() + n * 86400000));

/** A launched set of `o` objectives × `k` key results, each with `c` weekly check-ins. */
export function launchedSet(id, o, k, c = 2) {
  const objectives = Array.from({ length: o }, (_, i) => ({
    id: `${id}-o${i}`,
    title: `Finalité ${i + 1} : des usagers mieux servis`,
    why: '',
    key_results: Array.from({ length: k }, (_, j) => ({
      id: `${id}-k${i}-${j}`,
      title: `Indicateur ${i + 1}.${j + 1} : demandes traitées en deux jours`,
      kind: 'increase', baseline: 20, target: 80, unit: '%',
      check_ins: Array.from({ length: c }, (_, w) => ({
        id: `${id}-c${i}-${j}-${w}`, date: daysFrom(-28 + 7 * w), value: 25 + w * 5, confidence: 'confident', note: '',
      })),
    })),
    retro: { happened: '', learned: '', differently: '' },
  }));
  return {
    id, name: `Pilote ${o} × ${k}`, team: 'Accueil', cycle: { start: daysFrom(-30), end: daysFrom(60) },
    vocabulary: { preset: 'finalites' },
    why: { narrative: 'Dans un an, nos usagers obtiennent une réponse en deux jours.', reasons: ['align_team'], other_reason: '' },
    count_rule: { max_objectives: 3, max_key_results: 3 }, objectives,
    launch: { at: `${daysFrom(-30)}T08:00:00Z`, reference: objectives.map((ob) => ({ ...ob, key_results: ob.key_results.map((kr) => ({ ...kr, check_ins: [] })) })) },
    meetings: [], changes: [], closed: null, previous: null,
    created: '2026-11-01T08:00:00Z', modified: '2026-11-02T08:00:00Z', revision: 3,
  };
}
