// Progress that rolls up, and figures "as of" (issue 16, part 3): a reference set with
// two team sets contributing (one of them serving two reference objectives), a team set
// of another cycle (listed, not counted), and a reference objective nobody serves. The
// overview, the reference set's home card, its slides and its print sheet show each
// reference objective's rolled-up progress and the date the figures are as of; a past
// meeting keeps the figures of its day after a later check-in, and an older meeting
// (saved before figures were noted) shows them worked out from its day. The mail and
// clipboard summary carry the same rolled-up figures and date; the reference set's own
// key results (never checked in) are not its measure: no status, no "0 %", never late.
import { test, expect } from '@playwright/test';
import { expectAccessible, openFresh, watchPage } from './helpers.mjs';

/** A local date `days` from today, as a date input wants it. */
function isoDay(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
/** A date as the French catalogue writes it: "2 déc. 2026". */
function frDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const retro = { happened: '', learned: '', differently: '' };
const link = (objective, title) => ({ set: 'direction', objective, set_name: 'Direction 2027', objective_title: title });

function kr(id, title, kind, baseline, target, unit, checkIns) {
  return {
    id, title, kind, baseline, target, unit,
    check_ins: checkIns.map(([date, value], i) => ({ id: `${id}-c${i}`, date, value, confidence: 'confident', note: '' })),
  };
}

function set(id, name, cycle, objectives, extra = {}) {
  return {
    id, name, team: '', cycle, vocabulary: { preset: 'standard' },
    why: { narrative: 'Dans un an, nos clients sont servis à temps.', reasons: ['align_team'], other_reason: '' },
    count_rule: { max_objectives: 3, max_key_results: 3 }, objectives,
    launch: { at: `${cycle.start}T08:00:00Z`, reference: objectives.map((o) => ({ ...o, key_results: o.key_results.map((k) => ({ ...k, check_ins: [] })) })) },
    meetings: [], changes: [], closed: null, previous: null,
    created: '2026-11-01T08:00:00Z', modified: '2026-11-02T08:00:00Z', revision: 2,
    ...extra,
  };
}

const thisCycle = { start: isoDay(-30), end: isoDay(60) };

function workspace() {
  const reference = ['Des clients servis à temps', 'Une équipe qui apprend', 'Des coûts maîtrisés'].map((title, i) => ({
    id: `d${i + 1}`, title, why: '', retro, contributes_to: [],
    key_results: [kr(`dk${i + 1}`, `Indicateur de direction ${i + 1}`, 'increase', 0, 10, '', [])],
  }));
  const direction = set('direction', 'Direction 2027', { start: isoDay(-60), end: isoDay(300) }, reference, { reference: true });
  // Serves d1 and d2: counts fully in each. 0 → 100 %, at 50 %.
  const support = set('support', 'Support clients', thisCycle, [{
    id: 's1', title: 'Répondre aux clients en un jour', why: '', retro,
    contributes_to: [link('d1', 'Des clients servis à temps'), link('d2', 'Une équipe qui apprend')],
    key_results: [kr('sk1', 'Demandes closes en un jour', 'increase', 0, 100, '%', [[isoDay(-10), 50]])],
  }]);
  // Serves d1. 48 → 24 h: 44 h is 17 %, 40 h is 33 %; an old meeting (no figures noted).
  const logistics = set('logistique', 'Logistique', thisCycle, [{
    id: 'l1', title: 'Livrer vite les commandes urgentes', why: '', retro,
    contributes_to: [link('d1', 'Des clients servis à temps')],
    key_results: [kr('lk1', 'Délai moyen des commandes urgentes', 'decrease', 48, 24, 'h', [[isoDay(-20), 44], [isoDay(-3), 40]])],
  }], {
    meetings: [{ id: 'm-old', date: isoDay(-10), learned: 'Le tri du matin aide.', to_revisit: [], adjust: '', blocking: '' }],
  });
  // Next year's set, still linked to d2: listed, not counted.
  const later = set('plus-tard', 'Support an prochain', { start: isoDay(400), end: isoDay(490) }, [{
    id: 'p1', title: 'Répondre encore plus vite', why: '', retro,
    contributes_to: [link('d2', 'Une équipe qui apprend')],
    key_results: [kr('pk1', 'Demandes closes en une heure', 'increase', 0, 100, '%', [])],
  }], { launch: null });
  return { format: 'boussole', version: 3, sets: [direction, support, logistics, later] };
}

async function step(page, name) {
  await page.getByTestId('step').filter({ hasText: name }).click();
}

test('a reference set rolls up its teams, with the date its figures are as of, and a past meeting keeps its day', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 1400 });
  const problems = watchPage(page);
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'equipes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(workspace())) });
  await page.getByTestId('import-confirm').click();
  const asOf = `Chiffres au ${frDate(isoDay(-3))}`;

  // The reference set's home card: the mean of its served objectives (42 % and 50 %), as of
  // the latest check-in included, and the objective nobody serves.
  const card = page.getByTestId('set-card').filter({ hasText: 'Direction 2027' });
  await expect(card.getByTestId('progress-value')).toHaveText('46\u00a0%');
  await expect(card.getByTestId('card-rollup')).toContainText(asOf);
  await expect(card.getByTestId('card-rollup')).toContainText('Personne ne contribue encore à 1 objectif sur 3');
  // Launched 60 days ago with no check-in of its own: a reference set is never late for one.
  await expect(card.getByTestId('check-in-due')).toHaveCount(0);
  await expectAccessible(page, 'home with a reference card');

  // The overview: each reference objective rolled up, how it is counted, and the gap.
  await page.getByTestId('overview').click();
  const served = page.getByTestId('alignment').getByTestId('served');
  await expect(served).toHaveCount(3);
  await expect(served.nth(0).getByTestId('rollup').getByTestId('progress-value')).toHaveText('42\u00a0%');
  await expect(served.nth(0).getByTestId('rollup-line')).toHaveText(`D’après 2 objectifs d’équipe, au ${frDate(isoDay(-3))}`);
  await expect(served.nth(0).getByTestId('contributor')).toHaveCount(2);
  await expect(served.nth(1).getByTestId('rollup').getByTestId('progress-value')).toHaveText('50\u00a0%');
  await expect(served.nth(1).getByTestId('rollup-line')).toHaveText(`D’après 1 objectif d’équipe, au ${frDate(isoDay(-10))} · 1 d’un autre cycle, non compté`);
  await expect(served.nth(2).getByTestId('gap')).toHaveText('⚠ Personne n’y contribue encore\u00a0: aucun objectif d’équipe ne le sert.');
  await expect(served.nth(2).getByTestId('rollup')).toHaveCount(0);
  await expect(page.getByTestId('rollup-help')).toContainText('compte entièrement dans chacun');
  await expectAccessible(page, 'overview with rollups');

  // The slides: the date the figures are as of, each reference objective's rollup, the gap.
  await page.goto('./index.html#/set/direction/present');
  await expect(page.getByTestId('slide-counter')).toHaveText('1 / 5');
  await expect(page.getByTestId('slide-as-of')).toHaveText(asOf);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide').getByTestId('rollup').getByTestId('progress-value')).toHaveText('42\u00a0%');
  await expect(page.getByTestId('slide-contributors')).toContainText('Logistique — Livrer vite les commandes urgentes');
  // No status of its own ("Pas suivi depuis deux semaines" from its unused key result).
  await expect(page.getByTestId('slide').getByTestId('status')).toHaveCount(0);
  await expectAccessible(page, 'a reference objective slide');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText('4 / 5');
  await expect(page.getByTestId('slide').getByTestId('gap')).toContainText('Personne n’y contribue encore');
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-as-of')).toHaveText(asOf);
  await expect(page.getByTestId('slide').getByTestId('rollup')).toHaveCount(2);
  await expect(page.getByTestId('slide').getByTestId('status')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/set\/direction$/);

  // The print sheet: the figures' date and the day it is printed; each objective rolled up.
  await expect(page.getByTestId('print')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet.getByTestId('print-as-of')).toHaveText(`${asOf} · imprimé le ${frDate(isoDay(0))}`);
  await expect(sheet.getByTestId('print-rollup')).toHaveCount(3);
  await expect(sheet.getByTestId('print-rollup').first()).toContainText('Avancement consolidé\u00a0: 42\u00a0% · D’après 2 objectifs d’équipe');
  await expect(sheet.getByTestId('print-rollup').nth(2)).toHaveText('Personne n’y contribue encore\u00a0: aucun objectif d’équipe ne le sert.');
  // Its own key results are not its measure: no bar, no "—".
  await expect(sheet.locator('.print-bar')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });

  // The mail summary and the clipboard: the same rollups and date, not the reference
  // objectives' own "0 %" nor "Pas encore de chiffres".
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await Promise.all([page.waitForEvent('download'), page.getByTestId('share').click()]);
  const href = await page.getByTestId('mail-link').getAttribute('href');
  const body = new URLSearchParams(href.slice('mailto:?'.length)).get('body');
  expect(body).toContain(`\n${asOf}\n`);
  expect(body).toContain(`Objectif 1\u00a0: Des clients servis à temps (42\u00a0%)\n  D’après 2 objectifs d’équipe, au ${frDate(isoDay(-3))}\n`);
  expect(body).toContain('Objectif 2\u00a0: Une équipe qui apprend (50\u00a0%)\n');
  expect(body).toContain('Objectif 3\u00a0: Des coûts maîtrisés\n  ⚠ Personne n’y contribue encore');
  expect(body).not.toContain('Pas encore de chiffres');
  expect(body).not.toContain('(0\u00a0%)');
  await page.getByTestId('copy-summary').click();
  await expect(page.getByTestId('toast')).toContainText('Résumé copié');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

  // The reference set's own follow-up and meeting say the same: each objective's rollup,
  // its own key results as signals (no progress, no status), never "not followed".
  await page.goto('./index.html#/set/direction');
  await step(page, 'Points d’étape');
  const objectives = page.getByTestId('objective-follow-up');
  await expect(objectives).toHaveCount(3);
  await expect(objectives.nth(0).getByTestId('rollup').getByTestId('progress-value')).toHaveText('42\u00a0%');
  await expect(objectives.nth(1).getByTestId('rollup').getByTestId('progress-value')).toHaveText('50\u00a0%');
  await expect(objectives.nth(2).getByTestId('gap')).toBeVisible();
  await expect(page.locator('.set-progress').getByTestId('progress-value')).toHaveText('46\u00a0%');
  await expect(page.locator('.set-progress')).toContainText('Avancement consolidé');
  await expect(page.getByTestId('kr-follow-up').first()).toBeVisible();
  await expect(page.getByTestId('kr-follow-up').getByTestId('progress-value')).toHaveCount(0);
  await expect(page.locator('.follow-up')).not.toContainText('Pas suivi');
  await step(page, 'Revue');
  await expect(page.locator('.meeting-objective').nth(0).getByTestId('rollup').getByTestId('progress-value')).toHaveText('42\u00a0%');
  await expect(page.locator('.meeting-objective').first()).not.toContainText('Pas suivi');

  // A follow-up meeting today notes the figures of its day (40 h, 33 %)…
  await page.goto('./index.html#/set/logistique');
  await step(page, 'Revue');
  await page.getByTestId('meeting-learned').fill('Le transporteur du lundi nous ralentit.');
  await page.getByTestId('save-meeting').click();
  const past = page.getByTestId('past-meeting');
  await expect(past).toHaveCount(2);
  const today = past.first();
  await expect(today.getByTestId('meeting-figures')).toContainText('Délai moyen des commandes urgentes\u00a0: 40 h');
  await expect(today.getByTestId('meeting-figures')).toContainText('33\u00a0%');

  // …and keeps them after a later check-in (36 h, 50 %).
  await step(page, 'Points d’étape');
  await page.getByTestId('check-in-date').fill(isoDay(0));
  await page.getByTestId('check-in-row').first().getByTestId('check-in-value').fill('36');
  await page.getByTestId('check-in-row').first().getByTestId('check-in-value').press('Enter');
  await expect(page.getByTestId('kr-follow-up').first().getByTestId('progress-value')).toHaveText('50\u00a0%');
  await step(page, 'Revue');
  await expect(today.getByTestId('meeting-figures')).toContainText('Délai moyen des commandes urgentes\u00a0: 40 h');
  await expect(today.getByTestId('meeting-figures')).toContainText('33\u00a0%');
  await expect(today.getByTestId('meeting-figures')).not.toContainText('36 h');
  await expect(today).toContainText('Chiffres du jour');
  await expect(today).not.toContainText('recalculés');
  // The older meeting, saved before figures were noted: worked out from its day (44 h).
  const old = past.nth(1);
  await expect(old).toContainText('recalculés d’après les points d’étape');
  await expect(old.getByTestId('meeting-figures')).toContainText(`Délai moyen des commandes urgentes\u00a0: 44 h (${frDate(isoDay(-20))}) · 17\u00a0%`);
  await expectAccessible(page, 'meeting step with figures');

  // The file keeps the figures noted at the meeting.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('boussole:set:logistique')));
  const noted = stored.sets ? stored.sets[0] : stored;
  const figures = noted.meetings.find((m) => m.id !== 'm-old').figures;
  expect(figures).toEqual([{ key_result: 'lk1', value: 40, measured: isoDay(-3), progress: 1 / 3 }]);
  expect(noted.meetings.find((m) => m.id === 'm-old').figures).toBeUndefined();

  // The overview follows the new check-in: d1 is now the mean of 50 % and 50 %.
  await page.goto('./index.html#/overview');
  await expect(page.getByTestId('alignment').getByTestId('served').first().getByTestId('rollup').getByTestId('progress-value')).toHaveText('50\u00a0%');
  expect(problems).toEqual([]);
});
