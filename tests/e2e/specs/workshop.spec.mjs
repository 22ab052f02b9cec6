// The facilitator's kit (issue 17): a first workshop run on the projector's size with the
// keyboard alone (agenda, timer on page.clock, ideas typed, dot votes, keep three, fist of
// five, launch); and slides at three screen sizes with the longest content a 3 × 3 set's
// file allows: type never below 32 px, nothing overflowing, every word of the narrative
// shown once across the split slides.
import { test, expect } from '@playwright/test';
import { expectAccessible, openFresh, watchPage } from './helpers.mjs';

const isoDay = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function importSets(page, sets) {
  const file = JSON.stringify({ format: 'boussole', version: 3, sets });
  await page.getByTestId('import-input').setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByTestId('import-confirm').click();
}

/** A drafted set: one objective with two key results, a rule that leaves room for three more. */
function draftSet() {
  const objectives = [{
    id: 'o1', title: 'Réduire le délai des commandes urgentes', why: '',
    key_results: [
      { id: 'k1', title: 'Délai moyen des commandes critiques', kind: 'decrease', baseline: 48, target: 24, unit: 'h', check_ins: [] },
      { id: 'k2', title: 'Commandes livrées sans incident', kind: 'increase', baseline: 80, target: 95, unit: '%', check_ins: [] },
    ],
    retro: { happened: '', learned: '', differently: '' },
  }];
  return {
    id: 'ws', name: 'Atelier pilote', team: 'Logistique', cycle: { start: isoDay(0), end: isoDay(90) },
    vocabulary: { preset: 'standard' },
    why: { narrative: 'Dans un an, chaque commande urgente arrive le lendemain.', reasons: ['align_team'], other_reason: '' },
    count_rule: { max_objectives: 4, max_key_results: 3 }, objectives,
    launch: null, meetings: [], changes: [], closed: null, previous: null,
    created: '2027-01-01T08:00:00Z', modified: '2027-01-01T08:00:00Z', revision: 1,
  };
}

// A set is stored as a one-set document, like an exported file.
const storedSet = (page, id) => page.evaluate((key) => JSON.parse(localStorage.getItem(key))?.sets[0], `boussole:set:${id}`);

test('a first workshop at 1280×720, keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.clock.install();
  await openFresh(page);
  await importSets(page, [draftSet()]);
  await page.goto('./index.html#/set/ws/workshop');
  await expect(page.getByTestId('workshop-page')).toBeVisible();
  await expectAccessible(page, 'workshop screen');

  // The default agenda and the timer on its first item.
  const face = page.getByTestId('timer-face');
  const state = page.getByTestId('timer-state');
  await expect(page.getByTestId('agenda-item')).toHaveCount(6);
  await expect(page.getByTestId('agenda-total')).toHaveText('Total\u00a0: 95\u00a0min');
  await expect(page.getByTestId('timer-item')).toContainText('Point 1 sur 6');
  await expect(face).toHaveText('15:00');
  await expect(state).toHaveText('En pause');

  // S starts, time runs on the page's clock, held still between steps so each reading is
  // exact; M adds a minute; S pauses and time stands.
  await page.clock.pauseAt(new Date(Date.now() + 5_000));
  await page.keyboard.press('s');
  await expect(state).toHaveText('En cours');
  await page.clock.runFor(60_000);
  await expect(face).toHaveText('14:00');
  await page.keyboard.press('m');
  await expect(face).toHaveText('15:00');
  await page.keyboard.press('s');
  await expect(state).toHaveText('En pause');
  await page.clock.runFor(120_000);
  await expect(face).toHaveText('15:00');
  // Time up: the words change and the timer takes its quiet colour; no sound is played.
  await page.keyboard.press('s');
  await page.clock.runFor(15 * 60_000 + 30_000);
  await expect(state).toHaveText('Temps écoulé');
  await expect(page.getByTestId('timer')).toHaveClass(/over/);
  await expect(face).toHaveText('-0:30');
  // N: the next item, its own timebox, still running.
  await page.keyboard.press('n');
  await expect(page.getByTestId('timer-item')).toContainText('Point 2 sur 6');
  await expect(page.getByTestId('timer-item')).toContainText('Idées');
  await expect(face).toHaveText('15:00');
  await expect(page.getByTestId('timer')).not.toHaveClass(/over/);
  await expect(page.getByTestId('agenda-item').nth(1)).toHaveAttribute('aria-current', 'step');
  // The rest of the page needs its frames and timers again (focus moves, batched writes).
  await page.clock.resume();
  // Time up on this item too, with the page's timers flowing (axe needs them).
  await page.clock.fastForward(16 * 60_000);
  await expect(page.getByTestId('timer')).toHaveClass(/over/);
  await expectAccessible(page, 'workshop, time up');

  // The agenda is edited with the keyboard and kept with the set.
  await page.getByTestId('agenda-new').focus();
  await page.keyboard.type('Pause café');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-item')).toHaveCount(7);
  await expect(page.getByTestId('agenda-total')).toHaveText('Total\u00a0: 105\u00a0min');
  // The room reads the minutes from the back: the field's type is the page's, not the
  // browser's 13 px for inputs.
  const sizes = await page.evaluate(() => ['agenda-minutes', 'agenda-name'].map((id) => {
    const field = document.querySelector(`[data-testid=${id}]`);
    return parseFloat(getComputedStyle(field).fontSize) / parseFloat(getComputedStyle(field.closest('.workshop-page')).fontSize);
  }));
  expect(sizes).toEqual([1, 1]);
  await page.getByTestId('agenda-minutes').nth(6).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('agenda-total')).toHaveText('Total\u00a0: 100\u00a0min');

  // Ideas typed one per line, added with Ctrl+Enter.
  await page.getByTestId('ideas-input').focus();
  await page.keyboard.type('Livrer plus vite les urgences\nMieux accueillir les clients\nFiabiliser les stocks\nRéduire la casse\nFormer les nouveaux');
  await page.keyboard.press('Control+Enter');
  const cards = page.getByTestId('idea-card');
  await expect(cards).toHaveCount(5);
  await expect(page.getByTestId('ideas-input')).toHaveValue('');

  // Dot votes: a selected card takes + and −; arrows move between cards; never below 0.
  await cards.first().focus();
  for (const key of ['+', '+', '+']) await page.keyboard.press(key);
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(1)).toBeFocused();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('+');
  await page.keyboard.press('ArrowDown');
  for (const key of ['+', '+']) await page.keyboard.press(key);
  await page.keyboard.press('ArrowDown');
  for (const key of ['+', '+', '-']) await page.keyboard.press(key);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('-');
  const votes = page.getByTestId('idea-votes');
  await expect(votes).toHaveText(['3 votes', '5 votes', '2 votes', '1 vote', '0 vote']);
  await expect(page.getByTestId('room-left')).toContainText('3 objectifs de plus');

  // Keep three: they become objectives in one step; the others go to the parking. The
  // count asked for is at least one and at most what the rule leaves room for, and the
  // field says what the button keeps.
  const keep = page.getByTestId('keep-top');
  const count = page.getByTestId('keep-count');
  for (const [typed, shown, button] of [['0', '1', 'Garder l’idée en tête comme objectif'], ['-1', '1', 'Garder l’idée en tête comme objectif'], ['9', '3', 'Garder les 3 idées en tête comme objectifs']]) {
    await count.fill(typed);
    await count.press('Tab');
    await expect(count).toHaveValue(shown);
    await expect(keep).toHaveText(button);
  }
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast')).toContainText('3 idées deviennent des objectifs, 2 attendent au parking.');
  await expect(cards).toHaveCount(0);
  await expect(page.getByTestId('parked')).toHaveCount(2);
  await expect(page.getByTestId('room-left')).toContainText('aucun objectif de plus');
  // In rank order: 5 votes, then 3, then 2.
  await expect.poll(async () => (await storedSet(page, 'ws'))?.objectives.map((o) => o.title)).toEqual([
    'Réduire le délai des commandes urgentes', 'Mieux accueillir les clients', 'Livrer plus vite les urgences', 'Fiabiliser les stocks',
  ]);

  // Fist of five on each key result: counts only; the average and what it means.
  const fists = page.getByTestId('fist');
  await expect(fists).toHaveCount(2);
  const enter = async (fist, counts) => {
    for (const [fingers, count] of Object.entries(counts)) {
      await fist.getByTestId(`fist-${fingers}`).focus();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(String(count));
      await page.keyboard.press('Tab');
    }
  };
  await enter(fists.nth(0), { 3: 4, 4: 2 });
  await expect(fists.nth(0).getByTestId('fist-voters')).toHaveText('6 votants');
  await expect(fists.nth(0).getByTestId('fist-spread')).toHaveText('De 3 à 4 doigts');
  await expect(fists.nth(0).getByTestId('fist-confidence')).toHaveText('Confiance\u00a0: 0,67');
  await expect(fists.nth(0).getByTestId('fist-band')).toContainText('Entre 0,4 et 0,75');
  await enter(fists.nth(1), { 0: 1, 5: 5 });
  await expect(fists.nth(1).getByTestId('fist-confidence')).toHaveText('Confiance\u00a0: 0,83');
  await expect(fists.nth(1).getByTestId('fist-divided')).toBeVisible();
  await enter(fists.nth(1), { 0: 0 });
  await expect(fists.nth(1).getByTestId('fist-confidence')).toHaveText('Confiance\u00a0: 1');
  await expect(fists.nth(1).getByTestId('fist-band')).toContainText('Au-dessus de 0,9');
  await expect(page.getByTestId('fist-overall')).toBeVisible();
  await expectAccessible(page, 'workshop with votes');

  // A parked idea can become an objective later (past the rule if the team says so).
  await page.getByTestId('parked-restore').last().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('parked')).toHaveCount(1);

  // Launch from the workshop screen.
  await page.getByTestId('workshop-launch').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workshop-launched')).toBeVisible();

  // Everything but the timer is kept with the set.
  await expect.poll(async () => {
    const set = await storedSet(page, 'ws');
    return set && {
      launched: set.launch !== null,
      lastObjective: set.objectives.at(-1)?.title,
      agenda: set.workshop?.agenda?.length,
      parking: set.workshop?.parking?.map((i) => i.text),
      confidence: set.workshop?.confidence,
    };
  }).toEqual({
    launched: true,
    lastObjective: 'Former les nouveaux',
    agenda: 7,
    // 'Former les nouveaux' left the parking to become an objective before the launch.
    parking: ['Réduire la casse'],
    confidence: [
      { key_result: 'k1', counts: [0, 0, 0, 4, 2, 0] },
      { key_result: 'k2', counts: [0, 0, 0, 0, 0, 5] },
    ],
  });
  // Once launched, the plan is locked: a parked idea waits for a plan change.
  await expect(page.getByTestId('parked-restore').first()).toBeDisabled();
  expect(problems).toEqual([]);
});

test('a count or an agenda name being typed in one tab survives what another tab saves', async ({ context }) => {
  const a = await context.newPage();
  const problems = watchPage(a);
  await openFresh(a);
  await importSets(a, [draftSet()]);
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto('./index.html#/set/ws/workshop');
    await expect(page.getByTestId('workshop-page')).toBeVisible();
  }
  // A types a count and stays in the field; B saves another count of the same key result.
  const fistA = a.getByTestId('fist').first();
  await fistA.getByTestId('fist-3').fill('4');
  const countB = b.getByTestId('fist').first().getByTestId('fist-5');
  await countB.fill('2');
  await countB.press('Tab');
  await expect(fistA.getByTestId('fist-5')).toHaveValue('2');
  await expect(fistA.getByTestId('fist-3')).toHaveValue('4');
  await expect(fistA.getByTestId('fist-3')).toBeFocused();
  await fistA.getByTestId('fist-3').press('Tab');
  await expect.poll(async () => (await storedSet(a, 'ws')).workshop?.confidence).toEqual([
    { key_result: 'k1', counts: [0, 0, 0, 4, 0, 2] },
  ]);

  // The same for an agenda item's name while B adds an item.
  const nameA = a.getByTestId('agenda-name').first();
  await nameA.press('End');
  await nameA.pressSequentially(' (long)');
  await b.getByTestId('agenda-new').fill('Pause café');
  await b.getByTestId('agenda-new').press('Enter');
  await expect(a.getByTestId('agenda-item')).toHaveCount(7);
  await expect(nameA).toHaveValue(/ \(long\)$/);
  await expect(nameA).toBeFocused();
  await nameA.press('Tab');
  await expect.poll(async () => (await storedSet(a, 'ws')).workshop?.agenda?.[0]?.name).toMatch(/ \(long\)$/);
  await expect(b.getByTestId('agenda-name').first()).toHaveValue(/ \(long\)$/);
  expect(problems).toEqual([]);
});

test('the workshop screen in English, in the team\'s words, passes axe', async ({ page }) => {
  await openFresh(page);
  const set = draftSet();
  set.vocabulary = { preset: 'goals' };
  await importSets(page, [set]);
  await page.getByLabel('Langue').selectOption('en');
  await page.goto('./index.html#/set/ws/workshop');
  await expect(page.getByTestId('timer-item')).toContainText('Item 1 of 6');
  await expect(page.locator('#ideas-title')).toContainText('Candidate');
  await expectAccessible(page, 'workshop screen (en)');
});

// ---------------------------------------------------------------------------------------
// Slides with the longest content a 3 × 3 set's file allows.

const words = (text) => text.split(/\s+/).filter(Boolean);

/** `n` words of prose in sentences of ten, in paragraphs of sixty. */
function prose(n) {
  const pool = ['chaque', 'usager', 'obtient', 'une', 'réponse', 'claire', 'datée', 'et', 'suivie', 'jusqu’au', 'bout'];
  const out = [];
  for (let i = 0; i < n; i += 1) {
    let w = pool[i % pool.length] + (i % 7 === 0 ? i : '');
    if (i % 10 === 9) w += '.';
    out.push(w);
    if (i % 60 === 59 && i < n - 1) out.push('\n\n');
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}

/** A title of `chars` characters at most, in words. */
function title(prefix, chars) {
  let t = prefix;
  while (t.length + 8 < chars) t += ' mesurée';
  return t.slice(0, chars);
}

function longestSet() {
  const objectives = [1, 2, 3].map((o) => ({
    id: `o${o}`, title: title(`Finalité ${o} :`, 500), why: '',
    key_results: [1, 2, 3].map((k) => ({
      id: `k${o}${k}`, title: title(`Indicateur ${o}.${k} :`, 500), kind: 'increase', baseline: 40, target: 80, unit: 'demandes par semaine',
      check_ins: [{ id: `c${o}${k}`, date: isoDay(-3), value: 55, confidence: 'uncertain', note: '' }],
    })),
    retro: { happened: '', learned: '', differently: '' },
  }));
  return {
    id: 'long', name: title('Accueil des usagers', 200), team: title('Équipe', 200), cycle: { start: isoDay(-40), end: isoDay(50) },
    vocabulary: { preset: 'finalites' },
    why: { narrative: prose(300), reasons: ['align_team'], other_reason: '' },
    count_rule: { max_objectives: 3, max_key_results: 3 }, objectives,
    launch: { at: '2026-01-01T00:00:00Z', reference: objectives }, meetings: [], changes: [], closed: null, previous: null,
    created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', revision: 1,
  };
}

for (const size of [{ width: 1280, height: 720 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`the longest 3 × 3 set splits into slides at ${size.width}×${size.height}, never below 32 px, nothing cut`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const problems = watchPage(page);
    await page.setViewportSize(size);
    await openFresh(page);
    const set = longestSet();
    await importSets(page, [set]);
    await page.goto('./index.html#/set/long/present');
    const counter = page.getByTestId('slide-counter');
    await expect(counter).toHaveText(/^1 \/ \d+$/);
    const count = Number((await counter.textContent()).split('/')[1].trim());
    expect(count, 'split into more than the five slides of a short set').toBeGreaterThan(5);
    const narrative = [];
    let markers = 0;
    for (let i = 1; i <= count; i += 1) {
      await expect(counter).toHaveText(`${i} / ${count}`);
      // The text is fitted on the next frame: wait until two frames have run, not for a time.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const m = await page.evaluate(() => {
        const body = document.getElementById('slide-body');
        const box = body.getBoundingClientRect();
        const texts = [...body.querySelectorAll('p, h1, li, span, strong')].filter((e) => e.textContent.trim() && e.getClientRects().length);
        const outside = texts.filter((e) => {
          const r = e.getBoundingClientRect();
          if (r.width <= 1 || r.height <= 1) return false; // visually hidden, for screen readers
          return r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5 || r.left < box.left - 0.5 || r.top < box.top - 0.5;
        }).map((e) => e.textContent.slice(0, 40));
        return {
          minFont: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
          fits: body.scrollHeight <= body.clientHeight && body.scrollWidth <= body.clientWidth,
          outside,
          narrative: [...body.querySelectorAll('[data-testid="slide-narrative"]')].map((e) => e.textContent).join(' '),
          markers: body.querySelectorAll('[data-testid="slide-part"]').length,
        };
      });
      expect(m.minFont, `slide ${i}: type`).toBeGreaterThanOrEqual(32);
      expect(m.fits, `slide ${i}: nothing scrolls`).toBe(true);
      expect(m.outside, `slide ${i}: nothing outside the slide`).toEqual([]);
      narrative.push(...words(m.narrative));
      markers += m.markers;
      if (i === 1) await expectAccessible(page, `split slides ${size.width}×${size.height}`);
      await page.screenshot({ path: testInfo.outputPath(`long-slide-${i}-${size.width}x${size.height}.png`) });
      await page.keyboard.press('ArrowRight');
    }
    expect(narrative, 'every word of the narrative, once, in order').toEqual(words(set.why.narrative));
    expect(markers, 'split slides say which part they are').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}

// The deck is laid out from text widths a canvas measures. Where the page wraps wider
// than measured (here every width reads 30 % short), each page is tried at the floor size
// before the first slide shows, so the deck is laid out again up front: its total holds
// while going through it (it went from "6 / 24" to "12 / 45" before), and no slide
// scrolls or shrinks below the floor (the text was once fitted before the slide after a
// new deck was drawn, and a slide was cut).
test('a deck measured short is laid out again before it shows: the total never changes', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchPage(page);
  await page.addInitScript(() => {
    const real = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function measureShort(text) {
      return { width: real.call(this, text).width * 0.7 };
    };
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await importSets(page, [longestSet()]);
  await page.goto('./index.html#/set/long/present');
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const count = Number((await counter.textContent()).split('/')[1].trim());
  for (let i = 1; i <= count; i += 1) {
    await expect(counter).toHaveText(`${i} / ${count}`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = await page.evaluate(() => {
      const body = document.getElementById('slide-body');
      const texts = [...body.querySelectorAll('p, h1, li, span, strong')].filter((e) => e.textContent.trim() && e.getClientRects().length);
      return {
        minFont: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
        fits: body.scrollHeight <= body.clientHeight && body.scrollWidth <= body.clientWidth,
        probe: document.getElementById('slide-probe').childElementCount,
      };
    });
    expect(m.fits, `slide ${i}: nothing scrolls`).toBe(true);
    expect(m.minFont, `slide ${i}: type`).toBeGreaterThanOrEqual(32);
    expect(m.probe, 'the probe is emptied once the deck is tried').toBe(0);
    await page.keyboard.press('ArrowRight');
  }
  await expect(counter).toHaveText(`${count} / ${count}`);
  expect(problems).toEqual([]);
});
