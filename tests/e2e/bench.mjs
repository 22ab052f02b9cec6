// Boussole benchmark: prints figures, asserts nothing. Run by scripts/bench.sh after a
// release build. Sizes of dist/, then in headless Chromium: start to first render, and with
// a generated workspace near the 5 MiB quota: load + home render, save after one edit
// (median of 50), and the import of a 4 MiB file. Timings come from the app's own User
// Timing spans (boussole:mount, boussole:save, boussole:import).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');
const port = 8182;
const budgets = { gzip: 150 * 1024, home: 100, save: 16, import: 150 };

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');

async function sizes() {
  let total = 0;
  console.log('Bundle (dist/)');
  for (const name of (await readdir(dist)).filter((n) => /\.(wasm|js)$/.test(n)).sort()) {
    const bytes = await readFile(join(dist, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    console.log(`  ${name.replace(/-[0-9a-f]{8,}/, '')}: ${kb(bytes.length)} raw, ${kb(gz)} gzip`);
  }
  console.log(`  wasm + JS gzip: ${kb(total)} (budget ${kb(budgets.gzip)}: ${verdict(total <= budgets.gzip)})`);
}

/** About 4 MiB of realistic sets: long French titles, every kind of key result. */
function workspace(targetChars) {
  const sets = [];
  let chars = 0;
  for (let s = 0; chars < targetChars; s++) {
    const objectives = [];
    for (let o = 0; o < 8; o++) {
      const key_results = [];
      for (let k = 0; k < 5; k++) {
        key_results.push({
          id: `b${s}-k${o}-${k}`,
          title: `Indicateur ${k + 1} : part des demandes traitées en moins de deux jours ouvrés par l’équipe ${s}`,
          kind: ['increase', 'decrease', 'stay_above', 'stay_below', 'milestone'][k],
          baseline: k < 2 ? 12.5 + k : null,
          target: k < 4 ? 80 + o : null,
          unit: '%',
        });
      }
      objectives.push({ id: `b${s}-o${o}`, title: `Finalité ${o + 1} : des usagers mieux servis, plus vite et avec moins d’allers-retours (${s})`, why: '', key_results });
    }
    const set = {
      id: `bench-${s}`, name: `Équipe ${s} — cycle 2027 T1`, team: `Service ${s % 17}`,
      cycle: { start: '2027-01-01', end: '2027-03-31' }, vocabulary: { preset: 'standard' },
      why: { narrative: 'Dans un an, nos usagers obtiennent une réponse en deux jours.', reasons: ['align_team'], other_reason: '' },
      count_rule: { max_objectives: 3, max_key_results: 3 }, objectives, launch: null,
      created: '2026-11-01T08:00:00Z', modified: new Date(Date.UTC(2026, 10, 1 + (s % 28))).toISOString(), revision: 3,
    };
    sets.push(set);
    chars += JSON.stringify({ format: 'boussole', version: 2, sets: [set] }).length;
  }
  return sets;
}

async function main() {
  await sizes();
  const server = spawn(process.execPath, [join(here, 'static-server.mjs'), dist, String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 400));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ locale: 'fr-FR' });
    const url = `http://127.0.0.1:${port}/index.html`;
    const span = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    const starts = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await page.getByTestId('empty-home').waitFor();
      starts.push(await page.evaluate(() => performance.getEntriesByName('boussole:mount')[0].startTime));
    }
    console.log('\nStart (empty workspace, median of 5)');
    console.log(`  navigation start to first render: ${median(starts).toFixed(1)} ms`);

    const sets = workspace(4 * 1024 * 1024);
    const stored = await page.evaluate((sets) => {
      for (const set of sets) {
        localStorage.setItem(`boussole:set:${set.id}`, JSON.stringify({ format: 'boussole', version: 2, sets: [set] }));
      }
      return Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0);
    }, sets);
    console.log(`\nWorkspace: ${sets.length} sets of 8 objectives and 40 key results, ${(stored / 1048576).toFixed(2)} Mi characters stored`);
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
    console.log(`  of which reading storage: ${median(loads).toFixed(1)} ms`);
    console.log(`  load + home render: ${home.toFixed(1)} ms median of 5 (budget ${budgets.home} ms: ${verdict(home <= budgets.home)})`);

    await page.goto(`${url}#/set/${sets[0].id}`);
    const title = page.getByTestId('objective-title').first();
    await title.waitFor();
    const saves = [];
    for (let i = 0; i < 50; i++) {
      await title.press('End');
      await title.press(i % 2 ? 'Backspace' : 'x');
      saves.push(await span('boussole:save'));
    }
    const save = median(saves);
    console.log(`  save after one edit: ${save.toFixed(2)} ms median of 50, max ${Math.max(...saves).toFixed(2)} ms (budget ${budgets.save} ms: ${verdict(save <= budgets.save)})`);

    // A pretty-printed export, as the app writes it, of about 4 MiB (the limit is 5 MiB).
    const exportOf = (n) => JSON.stringify({ format: 'boussole', version: 2, exported_at: '2026-11-23T10:00:00Z', sets: sets.slice(0, n) }, null, 2);
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
    console.log(`  import of a ${(Buffer.byteLength(file) / 1048576).toFixed(2)} MiB file (${count} sets) (read, check, preview): ${imp.toFixed(1)} ms median of 5 (budget ${budgets.import} ms: ${verdict(imp <= budgets.import)})`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
