// Boussole benchmark: prints figures, asserts nothing. Run by scripts/bench.sh after a
// release build of the app (dist/) and of the floor, a minimal Leptos counter built with
// the same profile (target/floor-dist). Prints sizes and start for both, as ratios; then,
// on a generated workspace near the 5 MiB quota: load + home render, opening the largest
// set, a keystroke saved (median and p95), the import of a 4 MiB file, and the next slide
// in presentation mode. Timings come from the apps' own User Timing spans. Then a scaling
// table: one launched set at a time, from 1×3 to 50×50 (objectives × key results), opened,
// typed in, written and checked in, timed inside the page.
//
// Then the history (issue 16): a save with a set's history on and off, opening a history of
// 200 versions, and the stored size of 200 versions of a 3×3 set with weekly check-ins.
//
// Environment: BENCH_ONLY=scaling runs only the scaling table (no floor needed), and
// BENCH_ONLY=history only the history figures;
// BENCH_DIST=<folder> benches another build (default: dist/ at the repository's root).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg, cpus } from 'node:os';
import { storedHistory } from './stored-history.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(here, '../../dist');
const only = process.env.BENCH_ONLY ?? '';
if (!['', 'scaling', 'history'].includes(only)) {
  console.error(`BENCH_ONLY=${only}: the sections that run alone are 'scaling' and 'history'`);
  process.exit(2);
}
const floorDist = join(here, '../../target/floor-dist');
const [port, floorPort] = [8182, 8183];
const budgets = { transfer: 200 * 1000, startRatio: 1.5, home: 100, open: 50, save: 16, saveP95: 33, import: 150, slide: 16 };

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');
const ms = (x) => `${x.toFixed(1)} ms`;

/** html + css + js + wasm of a built folder, raw and gzip. */
async function transfer(folder, label) {
  let [raw, gz] = [0, 0];
  const lines = [];
  for (const name of (await readdir(folder)).filter((n) => /\.(wasm|js|css|html)$/.test(n)).sort()) {
    const bytes = await readFile(join(folder, name));
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += g;
    lines.push(`    ${name.replace(/-[0-9a-f]{8,}/, '')}: ${kb(bytes.length)} raw, ${kb(g)} gzip`);
  }
  console.log(`  ${label}: ${kb(raw)} raw, ${kb(gz)} gzip`);
  lines.forEach((l) => console.log(l));
  return gz;
}

function serve(folder, at) {
  return spawn(process.execPath, [join(here, 'static-server.mjs'), folder, String(at)], { stdio: 'ignore' });
}

/** Navigation start to the end of the first render, median of 5 cold reloads. */
async function start(page, url, ready) {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.locator(ready).first().waitFor();
    times.push(await page.evaluate(() => {
      const m = performance.getEntriesByName('boussole:mount')[0];
      return m.startTime + m.duration;
    }));
  }
  return median(times);
}

/** About 4 MiB of living sets: long French titles, every kind of key result, weekly check-ins. */
function workspace(targetChars) {
  const sets = [];
  let chars = 0;
  for (let s = 0; chars < targetChars; s++) {
    const objectives = [];
    for (let o = 0; o < 3; o++) {
      const key_results = [];
      for (let k = 0; k < 5; k++) {
        const kind = ['increase', 'decrease', 'stay_above', 'stay_below', 'milestone'][k];
        const check_ins = Array.from({ length: 6 }, (_, w) => ({
          id: `b${s}-c${o}-${k}-${w}`, date: new Date(Date.UTC(2027, 0, 4 + 7 * w)).toISOString().slice(0, 10),
          value: kind === 'milestone' ? (w > 3 ? 1 : 0) : 20 + w * 5 + k, confidence: ['confident', 'uncertain', 'struggling'][(w + k) % 3],
          note: w % 2 ? 'Livraisons retardées par la météo, rattrapage prévu la semaine suivante.' : '',
        }));
        key_results.push({
          id: `b${s}-k${o}-${k}`,
          title: `Indicateur ${k + 1} : part des demandes traitées en moins de deux jours ouvrés par l’équipe ${s}`,
          kind, baseline: k < 2 ? 12.5 + k : null, target: k < 4 ? 80 + o : null, unit: '%', check_ins,
        });
      }
      objectives.push({
        id: `b${s}-o${o}`, title: `Finalité ${o + 1} : des usagers mieux servis, plus vite et avec moins d’allers-retours (${s})`,
        why: '', key_results, retro: { happened: '', learned: '', differently: '' },
      });
    }
    const set = {
      id: `bench-${s}`, name: `Équipe ${s} — cycle 2027 T1`, team: `Service ${s % 17}`,
      cycle: { start: '2027-01-01', end: '2027-03-31' }, vocabulary: { preset: 'standard' },
      why: { narrative: 'Dans un an, nos usagers obtiennent une réponse en deux jours.', reasons: ['align_team'], other_reason: '' },
      count_rule: { max_objectives: 3, max_key_results: 5 }, objectives,
      launch: { at: '2027-01-02T08:00:00Z', reference: objectives.map((o) => ({ ...o, key_results: o.key_results.map((k) => ({ ...k, check_ins: [] })) })) },
      meetings: [{ id: `b${s}-m1`, date: '2027-01-25', learned: 'La météo pèse plus que prévu.', to_revisit: [], adjust: '', blocking: '' }],
      changes: [], closed: null, previous: null,
      created: '2026-11-01T08:00:00Z', modified: new Date(Date.UTC(2026, 10, 1 + (s % 28))).toISOString(), revision: 3,
    };
    sets.push(set);
    chars += JSON.stringify({ format: 'boussole', version: 3, sets: [set] }).length;
  }
  return sets;
}

// ---------------------------------------------------------------------------------------
// Scaling: one launched set at a time, alone in storage, from 1×3 to 50×50.

/** Objectives × key results per objective; opens repeated (fewer where one takes seconds). */
const scalingSizes = [
  { objectives: 1, keyResults: 3, opens: 5 },
  { objectives: 3, keyResults: 3, opens: 5 },
  { objectives: 10, keyResults: 10, opens: 5, reopenCheck: true },
  { objectives: 25, keyResults: 20, opens: 3, reopenCheck: true },
  { objectives: 50, keyResults: 50, opens: 3 },
];
const scalingCheckIns = 4; // weekly, per key result, at every size (50×50 fits the limits with 4)
const scalingBudgets = {
  keystroke: 4,
  open: ({ objectives, keyResults }) => (objectives * keyResults <= 100 ? 50 : objectives * keyResults <= 500 ? 150 : 300),
  checkIn: ({ objectives, keyResults }) => (objectives === 10 && keyResults === 10 ? 8 : null),
};
// The file limits of src/domain/validate.rs and import.rs, which a stored set must meet to load.
const limits = { objectives: 50, keyResults: 50, checkIns: 520, title: 500, note: 2000, fileBytes: 5 * 1024 * 1024, quota: 5 * 1024 * 1024 };
const slow = 300_000; // the largest sets take seconds to open today: wait, never skip

/** A day relative to today (UTC), as a date field gives it. */
const day = (offset) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

/** One launched, living set (same shape as `workspace`): the cycle started 5 weeks ago and ends
 * in 8; each key result has weekly check-ins, the last a week ago. */
function liveSet(id, objectiveCount, keyResultCount, checkInCount) {
  const objectives = [];
  for (let o = 0; o < objectiveCount; o++) {
    const key_results = [];
    for (let k = 0; k < keyResultCount; k++) {
      // The first key result of each objective takes a number, so the check-in form has a value field.
      const kind = ['increase', 'decrease', 'stay_above', 'stay_below', 'milestone'][k % 5];
      const check_ins = Array.from({ length: checkInCount }, (_, w) => ({
        id: `${id}-c${o}-${k}-${w}`, date: day(-7 * (checkInCount - w)),
        value: kind === 'milestone' ? (w > 2 ? 1 : 0) : 20 + w * 5 + (k % 7), confidence: ['confident', 'uncertain', 'struggling'][(w + k) % 3],
        note: w % 2 ? 'Livraisons retardées par la météo, rattrapage prévu la semaine suivante.' : '',
      }));
      key_results.push({
        id: `${id}-k${o}-${k}`,
        title: `Indicateur ${k + 1} : part des demandes traitées en moins de deux jours ouvrés (finalité ${o + 1})`,
        kind, baseline: k % 5 < 2 ? 12.5 + (k % 5) : null, target: k % 5 < 4 ? 80 + (o % 10) : null, unit: '%', check_ins,
      });
    }
    objectives.push({
      id: `${id}-o${o}`, title: `Finalité ${o + 1} : des usagers mieux servis, plus vite et avec moins d’allers-retours`,
      why: '', key_results, retro: { happened: '', learned: '', differently: '' },
    });
  }
  return {
    id, name: `Équipe passage à l’échelle — ${objectiveCount}×${keyResultCount}`, team: 'Service mesure',
    cycle: { start: day(-35), end: day(56) }, vocabulary: { preset: 'standard' },
    why: { narrative: 'Dans un an, nos usagers obtiennent une réponse en deux jours.', reasons: ['align_team'], other_reason: '' },
    count_rule: { max_objectives: Math.min(objectiveCount, 10), max_key_results: Math.min(keyResultCount, 10) }, objectives,
    launch: { at: `${day(-34)}T08:00:00Z`, reference: objectives.map((o) => ({ ...o, key_results: o.key_results.map((k) => ({ ...k, check_ins: [] })) })) },
    meetings: [{ id: `${id}-m1`, date: day(-10), learned: 'La météo pèse plus que prévu.', to_revisit: [], adjust: '', blocking: '' }],
    changes: [], closed: null, previous: null,
    created: `${day(-40)}T08:00:00Z`, modified: `${day(-7)}T08:00:00Z`, revision: 3,
  };
}

/** Throws if a generated set would not load: the sizes of validate.rs and the storage quota. */
function checkLimits(set, json) {
  const problems = [];
  if (set.objectives.length > limits.objectives) problems.push('objectives');
  for (const o of set.objectives) {
    if (o.key_results.length > limits.keyResults) problems.push('key results');
    if ([...o.title].length > limits.title) problems.push('objective title');
    for (const k of o.key_results) {
      if (k.check_ins.length > limits.checkIns) problems.push('check-ins');
      if ([...k.title].length > limits.title) problems.push('key result title');
      if (k.check_ins.some((c) => [...c.note].length > limits.note)) problems.push('note');
    }
  }
  if (Buffer.byteLength(json) > limits.fileBytes) problems.push('file bytes');
  // Room for the check-ins the bench records (5 forms of one check-in per key result).
  const krs = set.objectives.length * (set.objectives[0]?.key_results.length ?? 0);
  if (json.length + 5 * krs * 120 > limits.quota) problems.push('storage quota');
  if (problems.length) throw new Error(`set ${set.id} breaks the file limits: ${[...new Set(problems)].join(', ')}`);
}

/** In the page before anything else: the next task (a MessageChannel round trip, not a timer). */
function installNextTask() {
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  window.__benchNextTask = () => new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** In the page: N keystrokes in an input, each timed from its input event to the next task;
 * User Timing spans named in `spans` that start during the loop are collected by name. */
async function typeInPage({ selector, n, maxMs, spans }) {
  const input = selector ? document.querySelector(selector) : document.createElement('input');
  const seen = Object.fromEntries(spans.map((name) => [name, new Map()]));
  const collect = (since) => {
    for (const name of spans) {
      for (const e of performance.getEntriesByName(name)) if (e.startTime >= since) seen[name].set(e.startTime, e.duration);
    }
  };
  const times = [];
  const begin = performance.now();
  for (let i = 0; i < n; i++) {
    input.focus();
    input.value = i % 2 ? input.value.slice(0, -1) : `${input.value}x`;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await window.__benchNextTask();
    times.push(performance.now() - t0);
    collect(begin);
    if (performance.now() - begin > maxMs && i >= 2) break;
  }
  // A write the app defers would land later: give it a moment, then read the spans again.
  await new Promise((r) => setTimeout(r, 1500));
  collect(begin);
  return { times, connected: input.isConnected, spans: Object.fromEntries(spans.map((name) => [name, [...seen[name].values()]])) };
}

/** In the page: set the hash to open the set, then poll each next task for the check-in form.
 * The wall time ends at the first task that sees the form; `full`, at the first that sees all
 * its rows (a form drawn progressively shows its first rows sooner); the app's span is read after. */
async function openInPage({ id, rows, limit }) {
  const t0 = performance.now();
  location.hash = `#/set/${id}`;
  let [wall, full] = [NaN, NaN];
  for (;;) {
    await window.__benchNextTask();
    const now = performance.now();
    if (Number.isNaN(wall) && document.querySelector('[data-testid=check-in-form]')) wall = now - t0;
    if (!Number.isNaN(wall) && Number.isNaN(full) && document.querySelectorAll('[data-testid=check-in-row]').length >= rows) full = now - t0;
    const spans = performance.getEntriesByName('boussole:open').filter((e) => e.startTime >= t0);
    if (!Number.isNaN(full) && spans.length) return { wall, full, span: spans.at(-1).duration };
    if (!Number.isNaN(full) && now - t0 > full + 2000) return { wall, full, span: NaN };
    if (!Number.isNaN(wall) && Number.isNaN(full) && now - t0 > wall + 60_000) return { wall, full, span: spans.at(-1)?.duration ?? NaN };
    if (now - t0 > limit) return { wall, full, span: NaN, timedOut: true };
  }
}

/** In the page: true once every objective card and key result row of the draft step is drawn. */
function draftDrawn([objectives, keyResults]) {
  return document.querySelectorAll('[data-testid=objective]').length >= objectives
    && document.querySelectorAll('[data-testid=key-result]').length >= keyResults;
}

/** In the page: a check-in for every key result, the first value changed; timed from
 * requestSubmit to the next task. Checks that the stored set gained the check-ins. */
async function checkInInPage({ id, n }) {
  const stored = () => {
    const doc = JSON.parse(localStorage.getItem(`boussole:set:${id}`) ?? 'null');
    return doc ? doc.sets[0].objectives.reduce((a, o) => a + o.key_results.reduce((b, k) => b + k.check_ins.length, 0), 0) : NaN;
  };
  const runs = [];
  for (let i = 0; i < n; i++) {
    const form = document.querySelector('[data-testid=check-in-form]');
    const value = document.querySelector('[data-testid=check-in-value]');
    value.value = String(41 + i);
    value.dispatchEvent(new Event('input', { bubbles: true }));
    const before = stored();
    await window.__benchNextTask();
    const t0 = performance.now();
    form.requestSubmit();
    await window.__benchNextTask();
    const t = performance.now() - t0;
    // A write the app defers may land a little later: wait up to 3 s for it (not timed).
    let after = stored();
    for (let w = 0; w < 30 && !(after > before); w++) {
      await new Promise((r) => setTimeout(r, 100));
      after = stored();
    }
    const region = document.querySelector('[data-testid=toast]');
    const toast = (region?.querySelector('span') ?? region)?.textContent.trim() ?? '';
    runs.push({ t, added: after - before, toast });
  }
  return runs;
}

async function scalingFigures(browser, url) {
  const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
  page.setDefaultTimeout(slow);
  page.on('pageerror', (e) => console.log(`  (page error: ${e.message.split('\n')[0]})`));
  page.on('dialog', (d) => d.accept());
  await page.addInitScript(installNextTask);
  const progress = (text) => process.stderr.write(`  … ${text}\n`);
  const notes = [];
  /** Waits until `test` holds in the page; if it never does, notes it and goes on. */
  const drawn = async (label, what, test, arg) => {
    try {
      await page.waitForFunction(test, arg, { timeout: slow, polling: 100 });
    } catch {
      notes.push(`${label}: the ${what} did not show every row within ${slow / 1000} s; timed as it was`);
    }
  };
  const home = async () => {
    await page.evaluate(() => { location.hash = '#/'; });
    await page.getByTestId('set-card').first().waitFor();
  };
  // A fresh page on the set's route: the set opened once in the tab (earlier opens in the same
  // tab slow later edits down, at 25×20 by far; see the note printed under the table).
  const freshOpen = async (id) => {
    await page.goto('about:blank');
    await page.goto(`${url}#/set/${id}`);
    await page.getByTestId('check-in-form').waitFor();
  };
  /** From the open set: draft step, a plan change with its reason, then keystrokes in a title,
   * once every card and row is drawn (a page drawn progressively would time its drawing too). */
  const typeInTitle = async (label, n, counts) => {
    await page.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
    await drawn(label, 'draft step', draftDrawn, counts);
    await page.getByTestId('change-plan').click();
    await page.getByTestId('change-reason').fill('Mesure du coût d’une frappe');
    await drawn(label, 'draft step', draftDrawn, counts);
    const title = page.getByTestId('objective-title').first();
    await title.waitFor();
    if (!(await title.isEditable())) throw new Error(`${label}: the objective title is not editable inside a plan change`);
    return page.evaluate(typeInPage, {
      selector: '[data-testid=objective-title]', n, maxMs: 60_000, spans: ['boussole:write', 'boussole:save'],
    });
  };
  const load = () => loadavg()[0].toFixed(1);

  console.log(`\nScaling: one launched set alone in storage, by size (objectives × key results per objective); build: ${dist}`);
  console.log(`  each key result has ${scalingCheckIns} weekly check-ins (the last a week ago; the cycle runs from 5 weeks ago to 8 weeks ahead), at every size`);
  console.log(`  machine load at start: ${load()} (1-minute average, ${cpus().length} cores)`);
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('empty-home').waitFor();
  const harness = await page.evaluate(typeInPage, { selector: null, n: 60, maxMs: slow, spans: [] });
  console.log(`  harness check: the same keystroke loop on a detached <input> with no listeners: ${ms(median(harness.times))} median, ${ms(p95(harness.times))} p95 of ${harness.times.length}`);

  const columns = [
    ['size', 7], ['KRs', 6], ['check-ins', 10], ['stored', 10],
    ['open: span', 11], ['form', 9], ['all rows', 9], ['budget', 19],
    ['keystroke: median', 18], ['p95', 8], ['budget', 10],
    ['write', 16], ['check-in saved', 15], ['budget', 10],
  ];
  const row = (cells) => `  ${cells.map((c, i) => (i < 1 ? String(c).padEnd(columns[i][1]) : String(c).padStart(columns[i][1]))).join(' ')}`;
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
  const ok = (x, budget) => (Number.isFinite(x) ? (x <= budget ? 'ok' : 'OVER') : '?');
  console.log(row(columns.map(([name]) => name)));
  const recorded = [];
  for (const size of scalingSizes) {
    const { objectives, keyResults } = size;
    const label = `${objectives}×${keyResults}`;
    const id = `scale-${objectives}x${keyResults}`;
    const krs = objectives * keyResults;
    const set = liveSet(id, objectives, keyResults, scalingCheckIns);
    const json = JSON.stringify({ format: 'boussole', version: 3, sets: [set] });
    checkLimits(set, json);

    // Alone in storage: from the home page (no editor open), clear, store, reload.
    await page.evaluate(() => { location.hash = '#/'; });
    await page.evaluate(([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, value);
    }, [`boussole:set:${id}`, json]);
    await page.reload();
    await page.getByTestId('set-card').first().waitFor(); // the first load rebuilds the summary once

    progress(`${label}: opening ${size.opens} times`);
    const opens = [];
    for (let i = 0; i < size.opens; i++) {
      await home();
      const r = await page.evaluate(openInPage, { id, rows: krs, limit: slow });
      if (r.timedOut) throw new Error(`${label}: the set did not open within ${slow / 1000} s`);
      opens.push(r);
    }
    const openSpan = median(opens.map((r) => r.span));
    const openWall = median(opens.map((r) => r.wall));
    const openFull = median(opens.map((r) => r.full));

    // Keystrokes on a fresh page, the set opened once.
    progress(`${label}: keystrokes in a title`);
    await freshOpen(id);
    const typed = await typeInTitle(label, 60, [objectives, krs]);
    const keyMedian = median(typed.times);
    const keyP95 = p95(typed.times);
    const writeName = typed.spans['boussole:write'].length ? 'boussole:write' : 'boussole:save';
    const writes = typed.spans[writeName];
    const writeMedian = writes.length ? median(writes) : NaN;
    if (!typed.connected) notes.push(`${label}: the title input was replaced during the keystrokes (figures may be of a detached input)`);
    if (writes.length < typed.times.length) notes.push(`${label}: ${typed.times.length} keystrokes gave ${writes.length} ${writeName} spans`);
    if (typed.times.length < 60) notes.push(`${label}: ${typed.times.length} keystrokes timed, not 60 (the loop stops once it has run 60 s)`);

    // The same keystrokes after two more opens from the home page in the same tab.
    if (size.reopenCheck) {
      progress(`${label}: keystrokes after reopening the set twice in the tab`);
      for (let i = 0; i < 2; i++) {
        await home();
        await page.evaluate(openInPage, { id, rows: krs, limit: slow });
      }
      const again = await typeInTitle(label, 10, [objectives, krs]);
      notes.push(`${label}: keystroke after the set was opened 3 times in the tab (home → set): ${ms(median(again.times))} median of ${again.times.length}, against ${ms(keyMedian)} opened once`);
    }

    // A fresh page on the check-in step (no plan change open), then check-ins.
    progress(`${label}: check-ins`);
    await freshOpen(id);
    await drawn(label, 'check-in form', (rows) => document.querySelectorAll('[data-testid=check-in-row]').length >= rows, krs);
    const checkIns = await page.evaluate(checkInInPage, { id, n: 5 });
    const checkInMedian = median(checkIns.map((r) => r.t));
    const missed = checkIns.filter((r) => !(r.added >= krs));
    if (missed.length) notes.push(`${label}: ${missed.length} of ${checkIns.length} check-in forms did not store a check-in per key result (added ${missed.map((r) => r.added).join(', ')}; toast: "${missed[0].toast}")`);
    else recorded.push(`${label} ${checkIns[0].added}`);

    const openBudget = scalingBudgets.open(size);
    const checkInBudget = scalingBudgets.checkIn(size);
    console.log(row([
      label, krs, krs * scalingCheckIns, `${(json.length / 1024).toFixed(0)} KiB`,
      fmt(openSpan), fmt(openWall), fmt(openFull), `≤${openBudget} ${[openSpan, openWall, openFull].map((x) => ok(x, openBudget)).join('/')}`,
      fmt(keyMedian), fmt(keyP95), `≤${scalingBudgets.keystroke} ${ok(keyMedian, scalingBudgets.keystroke)}`,
      `${fmt(writeMedian)} (${writeName.slice(9)})`, fmt(checkInMedian), checkInBudget ? `≤${checkInBudget} ${ok(checkInMedian, checkInBudget)}` : '',
    ]));
  }
  console.log(`  All times in ms. stored: the set's value in localStorage, in Ki UTF-16 code units (as the quota counts).
  open: the app's boussole:open span / wall time from setting #/set/<id> on the home page to the next task after the
    check-in form is drawn / to the next task after all its rows are (one per key result); median of 5 (3 at 25×20 and
    50×50); the budget verdict reads span/form/all rows.
  keystroke: a character added or removed in the first objective title (draft step, inside a plan change, every card
    and row drawn), on a page freshly loaded on the set's route, from the input event to the next task (MessageChannel),
    timed in the page; median and p95 of 60 (fewer where 60 s run out, at least 3; p95 of 3 is their maximum).
  write: median of the app's boussole:write spans during those keystrokes, or of boussole:save where there is no
    boussole:write span (the name read is in brackets).
  check-in saved: the check-in form (a value for every key result, the first changed) from requestSubmit to the next
    task, on a freshly loaded page with every row drawn; median of 5. Budgets are printed, never enforced.`);
  console.log(`  machine load at end: ${load()}`);
  if (recorded.length) notes.push(`each check-in form was stored: the set gained one check-in per key result (${recorded.join(', ')})`);
  notes.forEach((n) => console.log(`  note: ${n}`));
  await page.close();
}

// ---------------------------------------------------------------------------------------
// History (issue 16): versions kept beside a set.

const historyBudgets = { saveRatio: 1.5, open: 100 };

/** 200 versions of a launched 3×3 set over a 13-week cycle: each week, one version per key
 * result's check-in (9), then a few while editing (the name retouched); oldest first. */
function historyVersions(id) {
  const full = liveSet(id, 3, 3, 13);
  const versions = [];
  const start = Date.now() - 200 * 3600_000;
  for (let i = 0; i < 200; i++) {
    const week = Math.min(13, Math.floor((i * 13) / 200) + 1);
    const inWeek = i % 15;
    const set = structuredClone(full);
    let kr = 0;
    for (const objective of set.objectives) {
      for (const k of objective.key_results) {
        k.check_ins = k.check_ins.slice(0, week - 1 + (kr <= inWeek ? 1 : 0));
        kr += 1;
      }
    }
    if (inWeek >= 9) set.name = `${full.name} (rév. ${inWeek - 8})`;
    const at = new Date(start + i * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    set.modified = at;
    set.revision = 3 + i;
    versions.push({ set, at, why: inWeek < 9 ? { check_ins: 1 } : 'editing' });
  }
  return versions;
}

async function historyFigures(browser, url) {
  const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
  page.setDefaultTimeout(slow);
  page.on('pageerror', (e) => console.log(`  (page error: ${e.message.split('\n')[0]})`));
  await page.addInitScript(installNextTask);
  const notes = [];
  const id = 'history-3x3';
  const versions = historyVersions(id);
  const current = versions.at(-1).set;
  const setJson = JSON.stringify({ format: 'boussole', version: 3, sets: [current] });
  const historyJson = JSON.stringify(storedHistory(versions));
  const fullCopies = versions.reduce((n, v) => n + JSON.stringify({ format: 'boussole', version: 3, sets: [v.set] }).length, 0);
  const kib = (chars) => `${(chars / 1024).toFixed(1)} KiB`;

  /** A fresh page on the set alone, with or without its 200 versions. */
  const lay = async (withHistory) => {
    await page.goto(`${url}#/`);
    await page.evaluate(([setKey, set, historyKey, history]) => {
      localStorage.clear();
      localStorage.setItem(setKey, set);
      if (history) localStorage.setItem(historyKey, history);
    }, [`boussole:set:${id}`, setJson, `boussole:history:${id}`, withHistory ? historyJson : null]);
    await page.reload();
    await page.getByTestId('set-card').first().waitFor();
  };
  const historySize = () => page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, `boussole:history:${id}`);

  console.log(`\nHistory: a launched 3×3 set with weekly check-ins (${kib(setJson.length)} stored), alone in storage`);

  // Stored size: the 200 versions laid down, then one more kept by the app (a check-in saved),
  // so the figure is the app's own writing of the history.
  await lay(true);
  await page.goto(`${url}#/set/${id}`);
  await page.getByTestId('check-in-form').waitFor();
  const before = await historySize();
  const checkIn = await page.evaluate(checkInInPage, { id, n: 1 });
  if (!(checkIn[0]?.added >= 9)) notes.push(`the check-in saved to make the app write its history added ${checkIn[0]?.added} check-ins`);
  let written = before;
  for (let w = 0; w < 50 && written === before; w++) {
    await page.waitForTimeout(100);
    written = await historySize();
  }
  const versionsNow = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"versions":[]}').versions.length, `boussole:history:${id}`);
  console.log(`  stored size of the history: ${kib(written)} for ${versionsNow} versions (as the app wrote it after one more check-in), against ${kib(fullCopies)} for the same 200 versions as full copies; the budget for all histories is ${kib(5 * 1024 * 1024 / 5)}`);
  if (written === before) notes.push('the app did not rewrite the history after the check-in (the size above is of the history as laid down by this script)');

  // Opening the history of 200 versions, listed by day: from the set's page to the list
  // ready (every day's heading, and every row of the days open: the newest), then opening
  // an older day, from the click to its rows drawn.
  const ready = () => {
    const days = [...document.querySelectorAll('[data-testid=history-day]')];
    const open = days.filter((d) => d.querySelector('details').open);
    const drawn = open.every((d) => d.querySelectorAll('[data-testid=version]').length
      === Number(d.querySelector('[data-testid=history-day-heading]').dataset.count));
    return days.length > 0 && drawn;
  };
  const opens = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${url}#/set/${id}`);
    await page.getByTestId('check-in-form').waitFor();
    const r = await page.evaluate(async ([hash, ready]) => {
      const isReady = new Function(`return (${ready})()`);
      const t0 = performance.now();
      location.hash = hash;
      let first = NaN;
      for (;;) {
        await window.__benchNextTask();
        const rows = document.querySelectorAll('[data-testid=version]').length;
        const now = performance.now();
        if (Number.isNaN(first) && rows > 0) first = now - t0;
        if (isReady()) {
          const span = performance.getEntriesByName('boussole:history').filter((e) => e.startTime >= t0).at(-1)?.duration ?? NaN;
          const days = document.querySelectorAll('[data-testid=history-day]').length;
          return { first, all: now - t0, span, rows, days };
        }
        if (now - t0 > 30_000) return { first, all: NaN, span: NaN, rows, days: 0 };
      }
    }, [`#/set/${id}/history`, ready.toString()]);
    // An older day: the largest of the folded ones.
    r.day = await page.evaluate(async (ready) => {
      const isReady = new Function(`return (${ready})()`);
      const folded = [...document.querySelectorAll('[data-testid=history-day]')].filter((d) => !d.querySelector('details').open);
      const count = (d) => Number(d.querySelector('[data-testid=history-day-heading]').dataset.count);
      const largest = folded.sort((a, b) => count(b) - count(a))[0];
      if (!largest) return { ms: NaN, rows: 0 };
      const t0 = performance.now();
      largest.querySelector('summary').click();
      for (;;) {
        await window.__benchNextTask();
        if (isReady()) return { ms: performance.now() - t0, rows: count(largest) };
        if (performance.now() - t0 > 30_000) return { ms: NaN, rows: 0 };
      }
    }, ready.toString());
    opens.push(r);
  }
  if (opens.some((r) => Number.isNaN(r.all))) notes.push(`the history page was not ready (${opens.map((r) => r.rows).join(', ')} rows drawn)`);
  const [openSpan, openFirst, openAll, openDay] = ['span', 'first', 'all'].map((k) => median(opens.map((r) => r[k]))).concat(median(opens.map((r) => r.day.ms)));
  console.log(`  open the history of ${versionsNow} versions (${opens[0].days} days, ${opens[0].rows} rows of the newest drawn): span ${ms(openSpan)}, first rows ${ms(openFirst)}, list ready ${ms(openAll)} (median of 5; budget ${historyBudgets.open} ms: ${verdict(openAll <= historyBudgets.open)})`);
  console.log(`  open an older day of ${opens[0].day.rows} versions: ${ms(openDay)} from the click to its rows drawn (median of 5)`);

  // A keystroke saved, with the set's history on (200 versions beside it) and off (none).
  const saves = {};
  for (const withHistory of [false, true]) {
    await lay(withHistory);
    await page.goto(`${url}#/set/${id}`);
    await page.getByTestId('check-in-form').waitFor();
    await page.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
    await page.getByTestId('change-plan').click();
    await page.getByTestId('change-reason').fill('Mesure du coût d’une sauvegarde');
    await page.getByTestId('objective-title').first().waitFor();
    // Keystrokes are written in batches, one write per burst of typing: six bursts, the
    // first left out (it keeps the version the plan change begins with), give five writes.
    const bursts = [];
    for (let burst = 0; burst < 6; burst++) {
      bursts.push(await page.evaluate(typeInPage, { selector: '[data-testid=objective-title]', n: 20, maxMs: 60_000, spans: ['boussole:save', 'boussole:write'] }));
    }
    const measured = bursts.slice(1);
    saves[withHistory ? 'on' : 'off'] = {
      times: measured.flatMap((b) => b.times),
      spans: Object.fromEntries(['boussole:save', 'boussole:write'].map((name) => [name, measured.flatMap((b) => b.spans[name])])),
    };
  }
  const figure = (typed, span) => (typed.spans[span].length ? median(typed.spans[span]) : NaN);
  for (const span of ['boussole:save', 'boussole:write']) {
    const [off, on] = [figure(saves.off, span), figure(saves.on, span)];
    const ratio = on / off;
    console.log(`  ${span === 'boussole:save' ? 'a keystroke saved (commit)' : 'the batched write'}: history off ${ms(off)}, on ${ms(on)} = ${ratio.toFixed(2)} × (median; budget ${historyBudgets.saveRatio} ×: ${verdict(ratio <= historyBudgets.saveRatio)})`);
  }
  const [keyOff, keyOn] = [median(saves.off.times), median(saves.on.times)];
  console.log(`  the keystroke to the next task: history off ${ms(keyOff)}, on ${ms(keyOn)} (median of ${saves.off.times.length} / ${saves.on.times.length})`);
  console.log(`  A save never writes the history: it is written when a version is kept (check-ins saved, a launch, a plan
    change, before an import, a merge, a restore, a reopening, the next cycle) and at most once an hour while editing.
    The figures above are of 5 bursts of 20 keystrokes (one batched write each), after a first burst left out: it
    writes the version the plan change keeps.`);
  notes.forEach((n) => console.log(`  note: ${n}`));
  await page.close();
}

async function main() {
  const all = only === '';
  if (all) {
    console.log('Transfer size (html + css + js + wasm)');
    const appSize = await transfer(dist, `Boussole (${process.env.BENCH_DIST ?? 'dist/'})`);
    const floorSize = await transfer(floorDist, 'floor: a Leptos counter, same profile');
    console.log(`  Boussole gzip ${kb(appSize)} = ${(appSize / floorSize).toFixed(2)} × the floor (budget ${kb(budgets.transfer)}: ${verdict(appSize <= budgets.transfer)})`);
  }

  const servers = [serve(dist, port), ...(all ? [serve(floorDist, floorPort)] : [])];
  await new Promise((r) => setTimeout(r, 400));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const url = `http://127.0.0.1:${port}/index.html`;
    if (only === 'scaling') return await scalingFigures(browser, url);
    if (only === 'history') return await historyFigures(browser, url);
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
    const span = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

    const floorStart = await start(page, `http://127.0.0.1:${floorPort}/index.html`, '[data-testid=floor]');
    const appStart = await start(page, url, '[data-testid=empty-home]');
    const ratio = appStart / floorStart;
    console.log('\nStart to first render, empty workspace (median of 5)');
    console.log(`  floor ${ms(floorStart)}, Boussole ${ms(appStart)} = ${ratio.toFixed(2)} × the floor (budget ${budgets.startRatio} ×: ${verdict(ratio <= budgets.startRatio)})`);

    const sets = workspace(4 * 1024 * 1024);
    const stored = await page.evaluate((sets) => {
      for (const set of sets) {
        localStorage.setItem(`boussole:set:${set.id}`, JSON.stringify({ format: 'boussole', version: 3, sets: [set] }));
      }
      return Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0);
    }, sets);
    const checkIns = sets.length * 3 * 5 * 6;
    console.log(`\nWorkspace: ${sets.length} launched sets of 3 objectives, 15 key results and 90 check-ins (${checkIns} check-ins), ${(stored / 1048576).toFixed(2)} Mi characters stored`);
    await page.reload(); // the first load rebuilds the summaries once
    await page.getByTestId('set-card').first().waitFor();
    const homes = [];
    const loads = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await page.getByTestId('set-card').nth(sets.length - 1).waitFor();
      homes.push(await span('boussole:mount'));
      loads.push(await span('boussole:load'));
    }
    const home = median(homes);
    console.log(`  cold load + home render: ${ms(home)} median of 5, of which reading storage ${ms(median(loads))} (budget ${budgets.home} ms: ${verdict(home <= budgets.home)})`);

    const largest = sets.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
    const opens = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${url}#/`);
      await page.getByTestId('set-card').first().waitFor();
      await page.evaluate((id) => { location.hash = `#/set/${id}`; }, largest.id);
      await page.getByTestId('check-in-form').waitFor();
      opens.push(await span('boussole:open'));
    }
    const open = median(opens);
    console.log(`  open the largest set (${(JSON.stringify(largest).length / 1024).toFixed(0)} KiB): ${ms(open)} median of 5 (budget ${budgets.open} ms: ${verdict(open <= budgets.open)})`);

    await page.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
    await page.getByTestId('change-plan').click();
    await page.getByTestId('change-reason').fill('Mesure du temps de sauvegarde');
    const title = page.getByTestId('objective-title').first();
    // Besides the save itself, all the work a keystroke causes: from the input event's
    // first listener (capture, on window) to its last (bubbling, on window). The redraws
    // the save triggers run as microtasks, drained before the last listener runs.
    await page.evaluate(() => {
      window.inputCosts = [];
      let start = 0;
      window.addEventListener('input', () => { start = performance.now(); }, true);
      window.addEventListener('input', () => window.inputCosts.push(performance.now() - start));
    });
    const saves = [];
    for (let i = 0; i < 100; i++) {
      await title.press('End');
      await title.press(i % 2 ? 'Backspace' : 'x');
      saves.push(await span('boussole:save'));
    }
    const whole = await page.evaluate(() => window.inputCosts);
    console.log(`  a keystroke in a title saved: ${ms(median(saves))} median, ${ms(p95(saves))} p95 of 100 (budget ${budgets.save} / ${budgets.saveP95} ms: ${verdict(median(saves) <= budgets.save && p95(saves) <= budgets.saveP95)})`);
    console.log(`  the same keystroke, saved and the page redrawn (script only, not layout): ${ms(median(whole))} median, ${ms(p95(whole))} p95 of ${whole.length}`);

    const slides = [];
    await page.goto(`${url}#/set/${largest.id}/present`);
    await page.getByTestId('slide-counter').waitFor();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Home' : 'ArrowRight');
      slides.push(await span('boussole:slide'));
    }
    console.log(`  presentation, next slide drawn and fitted: ${ms(median(slides))} median, ${ms(p95(slides))} p95 of 20 (budget ${budgets.slide} ms: ${verdict(median(slides) <= budgets.slide)})`);

    // A pretty-printed export, as the app writes it, of about 4 MiB (the limit is 5 MiB).
    const exportOf = (n) => JSON.stringify({ format: 'boussole', version: 3, exported_at: '2026-11-23T10:00:00Z', sets: sets.slice(0, n) }, null, 2);
    let count = sets.length;
    while (Buffer.byteLength(exportOf(count)) > 4 * 1024 * 1024) count--;
    const file = exportOf(count);
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const imports = [];
    for (let i = 0; i < 5; i++) {
      await page.getByTestId('import-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await page.getByTestId('import-confirm').waitFor();
      imports.push(await span('boussole:import'));
      await page.getByTestId('import-cancel').click();
      await page.getByTestId('import-confirm').waitFor({ state: 'detached' });
    }
    const imp = median(imports);
    console.log(`  import of a ${(Buffer.byteLength(file) / 1048576).toFixed(2)} MiB file (${count} sets): read, check, preview ${ms(imp)} median of 5 (budget ${budgets.import} ms: ${verdict(imp <= budgets.import)})`);
    await page.close();
    await scalingFigures(browser, url);
    await historyFigures(browser, url);
  } finally {
    await browser.close();
    servers.forEach((s) => s.kill());
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
