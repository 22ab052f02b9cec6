// Boussole benchmark: prints figures, asserts nothing. Run by scripts/bench.sh after a
// release build of the app (dist/) and of the floor, a minimal Leptos counter built with
// the same profile (target/floor-dist). Prints sizes and start for both, as ratios; then,
// on a generated workspace near the 5 MiB quota: load + home render, opening the largest
// set, a keystroke saved (median and p95), the import of a 4 MiB file, and the next slide
// in presentation mode. Timings come from the apps' own User Timing spans.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');
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

async function main() {
  console.log('Transfer size (html + css + js + wasm)');
  const appSize = await transfer(dist, 'Boussole (dist/)');
  const floorSize = await transfer(floorDist, 'floor: a Leptos counter, same profile');
  console.log(`  Boussole gzip ${kb(appSize)} = ${(appSize / floorSize).toFixed(2)} × the floor (budget ${kb(budgets.transfer)}: ${verdict(appSize <= budgets.transfer)})`);

  const servers = [serve(dist, port), serve(floorDist, floorPort)];
  await new Promise((r) => setTimeout(r, 400));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
    const url = `http://127.0.0.1:${port}/index.html`;
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
  } finally {
    await browser.close();
    servers.forEach((s) => s.kill());
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
