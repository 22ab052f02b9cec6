// Presentation mode: every clicker key, full screen, Esc; readable from the back of the
// room (32 px and more, contrast 7:1 and more, nothing scrolls) at 1280×720 and 1920×1080,
// with screenshots.
import { test, expect } from '@playwright/test';
import { expectAccessible, openFresh, watchPage } from './helpers.mjs';

function day(offset) {
  const d = new Date(Date.now() + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A launched set at the 3 × 3 rule's maximum, with long titles and check-ins. */
function launchedSet() {
  const objectives = [1, 2, 3].map((o) => ({
    id: `o${o}`,
    title: `Finalité ${o} : des usagers qui obtiennent une réponse claire dès le premier contact`,
    why: '',
    key_results: [1, 2, 3].map((k) => ({
      id: `k${o}${k}`,
      title: `Part des demandes traitées en moins de deux jours ouvrés par l’équipe d’accueil ${k}`,
      kind: k === 3 ? 'milestone' : 'increase', baseline: k === 3 ? null : 40, target: k === 3 ? null : 80, unit: k === 3 ? '' : '%',
      check_ins: [{ id: `c${o}${k}`, date: day(-3), value: k === 3 ? 1 : 50 + 10 * k, confidence: k === 2 ? 'uncertain' : 'confident', note: '' }],
    })),
    retro: { happened: '', learned: '', differently: '' },
  }));
  return {
    format: 'boussole', version: 3,
    sets: [{
      id: 'show', name: 'Accueil — cycle d’hiver', team: 'Accueil des usagers', cycle: { start: day(-40), end: day(50) },
      vocabulary: { preset: 'finalites' },
      why: { narrative: 'Dans un an, chaque usager repart avec une réponse claire.', reasons: ['align_team'], other_reason: '' },
      count_rule: { max_objectives: 3, max_key_results: 3 }, objectives,
      launch: { at: '2026-01-01T00:00:00Z', reference: objectives }, meetings: [], changes: [], closed: null, previous: null,
      created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', revision: 1,
    }],
  };
}

async function openPresentation(page) {
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(launchedSet())) });
  await page.getByTestId('import-confirm').click();
  await page.getByRole('link', { name: 'Accueil — cycle d’hiver' }).click();
  await page.getByTestId('present').click();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/);
}

test('every clicker key moves the slides; F toggles full screen; Esc leaves', async ({ page }) => {
  const problems = watchPage(page);
  await openPresentation(page);
  const counter = page.getByTestId('slide-counter');
  await expect(page.getByTestId('slide')).toContainText('Accueil des usagers');
  const steps = [['ArrowRight', 2], ['ArrowDown', 3], ['Space', 4], ['PageDown', 5], ['PageDown', 5], ['ArrowLeft', 4], ['ArrowUp', 3], ['PageUp', 2], ['Home', 1], ['End', 5]];
  for (const [key, expected] of steps) {
    await page.keyboard.press(key);
    await expect(counter, key).toHaveText(`${expected} / 5`);
  }
  await expect(page.getByTestId('slide')).toContainText('Où nous en sommes');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toContainText('Finalité 1 : des usagers');
  await expect(page.getByTestId('slide')).toContainText('Dernière valeur\u00a0: 60 %');
  await expect(page.getByTestId('slide').getByTestId('status').first()).toBeVisible();
  await expectAccessible(page, 'presentation');

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('presentation');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
  await expect(counter).toHaveText('2 / 5');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/set\/show$/);
  expect(problems).toEqual([]);
});

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  test(`slides fit ${size.width}×${size.height} with large type`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    await openPresentation(page);
    // Long content is paged, never shrunk: the deck may hold more than the five parts.
    const count = Number((await page.getByTestId('slide-counter').textContent()).split('/')[1]);
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 1; i <= count; i += 1) {
      await expect(page.getByTestId('slide-counter')).toHaveText(`${i} / ${count}`);
      // The text is fitted on the next frame: wait until two frames have run, not for a time.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const m = await page.evaluate(() => {
        const body = document.getElementById('slide-body');
        const texts = [...body.querySelectorAll('p, h1, li, span')].filter((e) => e.textContent.trim() && e.getClientRects().length);
        const root = document.documentElement;
        // Contrast of every text against the slide's background (WCAG relative luminance).
        const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        const back = lum(rgb(getComputedStyle(document.getElementById('presentation')).backgroundColor));
        const ratio = (e) => { const l = lum(rgb(getComputedStyle(e).color)); return (Math.max(l, back) + 0.05) / (Math.min(l, back) + 0.05); };
        return {
          minContrast: Math.min(...texts.map(ratio)),
          minFont: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
          bodyFits: body.scrollHeight <= body.clientHeight && body.scrollWidth <= body.clientWidth,
          pageFits: root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth,
        };
      });
      expect(m.bodyFits, `slide ${i} content fits`).toBe(true);
      expect(m.pageFits, `slide ${i} page has no scrollbar`).toBe(true);
      expect(m.minContrast, `slide ${i} contrast`).toBeGreaterThanOrEqual(7);
      if (i >= 2 && i < count) expect(m.minFont, `slide ${i} type`).toBeGreaterThanOrEqual(32);
      await page.screenshot({ path: testInfo.outputPath(`slide-${i}-${size.width}x${size.height}.png`) });
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('on a phone, a slide\'s progress keeps its label and figure whole', async ({ page }) => {
  const problems = watchPage(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openPresentation(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \/ \d+$/);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // "Avancement" once broke as "Avancemen" / "t", and "60 %" as "60" / "%".
  const broken = await page.evaluate(() => [...document.querySelectorAll('#slide-body .progress-label, #slide-body .progress-value')]
    .filter((e) => e.getClientRects().length && e.getBoundingClientRect().width > 1)
    .filter((e) => e.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(e).lineHeight))
    .map((e) => e.textContent));
  expect(await page.locator('#slide-body .progress-value').count()).toBeGreaterThan(0);
  expect(broken).toEqual([]);
  expect(problems).toEqual([]);
});
