// What a user is typing is theirs: two tabs on one set, text typed in B, a save in A, then
// B finishes. Every character typed in B is kept and saved by B's click, and B's focus
// stays where it was; a key result removed in A keeps B's draft, says so, and can be put
// back. A set at the file limits (50 × 50) opens and takes typing.
import { test, expect } from '@playwright/test';
import { launchedSet, watchPage } from './helpers.mjs';

async function store(page, set) {
  await page.goto('./index.html');
  await page.evaluate((set) => {
    localStorage.clear();
    localStorage.setItem(`boussole:set:${set.id}`, JSON.stringify({ format: 'boussole', version: 3, sets: [set] }));
  }, set);
}

const stored = (page, id) => page.evaluate((id) => JSON.parse(localStorage.getItem(`boussole:set:${id}`)).sets[0], id);

/** Two tabs (pages of one browser context share storage) on the set, on the given steps. */
async function twoTabs(context, set, stepA, stepB) {
  const a = await context.newPage();
  const b = await context.newPage();
  await store(a, set);
  for (const [page, step] of [[a, stepA], [b, stepB]]) {
    await page.goto(`./index.html#/set/${set.id}`);
    await page.getByTestId('step').filter({ hasText: step }).click();
  }
  return { a, b };
}

/** A types one letter in the team field, and it reaches storage (written, so B hears of it). */
async function saveInA(a, b, id) {
  const team = a.getByTestId('set-team');
  await team.press('End');
  await team.press('x');
  await team.blur();
  await expect.poll(async () => (await stored(a, id)).team).toBe('Accueilx');
  await expect(b.getByTestId('set-team')).toHaveValue('Accueilx');
}

const focusedTestId = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className);

test('a check-in being typed in B survives a save in A, keeps its focus, and is saved by B', async ({ context }) => {
  const set = launchedSet('tabs-ci', 2, 2);
  const { a, b } = await twoTabs(context, set, 'Pourquoi', 'Points d’étape');
  const problems = watchPage(b);
  const row = b.getByTestId('check-in-row').first();
  await row.getByTestId('check-in-value').fill('55');
  const note = row.locator('.note-input');
  await note.fill('Noté en B');
  await saveInA(a, b, set.id);

  await expect(row.getByTestId('check-in-value')).toHaveValue('55');
  await expect(note).toHaveValue('Noté en B');
  expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
  await note.press('End');
  await note.pressSequentially(' et fini');
  await b.getByTestId('save-check-in').click();
  await expect(b.getByTestId('toast')).toContainText('enregistr');
  await expect.poll(async () => {
    const kr = (await stored(b, set.id)).objectives[0].key_results[0];
    return kr.check_ins.map((c) => `${c.value}|${c.note}`).at(-1);
  }).toBe('55|Noté en B et fini');
  // A's letter is kept too: nothing either tab did was lost.
  expect((await stored(b, set.id)).team).toBe('Accueilx');
  expect(problems).toEqual([]);
});

test('a meeting being written in B survives a save in A and is saved whole', async ({ context }) => {
  const set = launchedSet('tabs-meet', 2, 2);
  const { a, b } = await twoTabs(context, set, 'Pourquoi', 'Revue');
  const learned = b.getByTestId('meeting-learned');
  await learned.fill('Nous avons appris');
  await saveInA(a, b, set.id);
  await expect(learned).toHaveValue('Nous avons appris');
  expect(await learned.evaluate((el) => el === document.activeElement)).toBe(true);
  await learned.press('End');
  await learned.pressSequentially(' beaucoup');
  await b.getByTestId('meeting-adjust').fill('Rien à ajuster');
  await b.getByTestId('save-meeting').click();
  await expect.poll(async () => (await stored(b, set.id)).meetings.map((m) => `${m.learned}|${m.adjust}`)).toEqual(['Nous avons appris beaucoup|Rien à ajuster']);
});

test('a retro answer and a plan-change reason being typed in B keep every character across saves in A', async ({ context }) => {
  const set = launchedSet('tabs-retro', 2, 2);
  const { a, b } = await twoTabs(context, set, 'Pourquoi', 'Rétrospective');
  const answer = b.getByTestId('retro-answer').first();
  await answer.pressSequentially('Ce qui');
  await saveInA(a, b, set.id);
  await answer.pressSequentially(' est arrivé');
  await expect(answer).toHaveValue('Ce qui est arrivé');
  expect(await focusedTestId(b)).toBe('retro-answer');
  await answer.blur();
  await expect.poll(async () => (await stored(b, set.id)).objectives[0].retro.happened).toBe('Ce qui est arrivé');

  // The reason of a plan change is a draft of this tab until the plan is edited.
  await b.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
  await b.getByTestId('change-plan').click();
  const reason = b.getByTestId('change-reason');
  await reason.pressSequentially('Cible revue');
  const team = a.getByTestId('set-team');
  await team.press('End');
  await team.press('y');
  await team.blur();
  await expect(b.getByTestId('set-team')).toHaveValue('Accueilxy');
  await reason.pressSequentially(' avec la direction');
  expect(await focusedTestId(b)).toBe('change-reason');
  const title = b.getByTestId('objective-title').first();
  await title.press('End');
  await title.pressSequentially(' !');
  await title.blur();
  await expect.poll(async () => (await stored(b, set.id)).changes.map((c) => c.reason)).toContain('Cible revue avec la direction');
  expect((await stored(b, set.id)).team).toBe('Accueilxy');
});

test('a key result removed in A keeps the check-in typed for it in B, says so, and can be put back', async ({ context }) => {
  const set = launchedSet('tabs-gone', 1, 2);
  const { a, b } = await twoTabs(context, set, 'Brouillon', 'Points d’étape');
  const row = b.getByTestId('check-in-row').first();
  await row.getByTestId('check-in-value').fill('61');
  await row.locator('.note-input').fill('Gardé');

  await a.getByTestId('change-plan').click();
  await a.getByTestId('change-reason').fill('Indicateur abandonné');
  await a.getByTestId('delete-kr').first().click();
  await a.getByTestId('change-reason').focus();
  await expect.poll(async () => (await stored(a, set.id)).objectives[0].key_results.length).toBe(1);

  await expect(b.getByTestId('removed-elsewhere')).toBeVisible();
  await expect(b.getByTestId('removed-elsewhere')).toContainText('supprimé dans un autre onglet');
  const kept = b.getByTestId('check-in-row').filter({ has: b.getByTestId('removed-elsewhere') });
  await expect(kept.getByTestId('check-in-value')).toHaveValue('61');
  await expect(kept.locator('.note-input')).toHaveValue('Gardé');
  await b.getByTestId('put-back').click();
  await expect(b.getByTestId('removed-elsewhere')).toHaveCount(0);
  await b.getByTestId('save-check-in').click();
  await expect.poll(async () => {
    const krs = (await stored(b, set.id)).objectives[0].key_results;
    return krs.map((k) => `${k.id}:${k.check_ins.at(-1)?.note ?? ''}`);
  }).toEqual([`${set.id}-k0-0:Gardé`, `${set.id}-k0-1:`]);
});

test('a set at the file limits (50 × 50) opens, and what is typed in it is saved', async ({ page }) => {
  test.setTimeout(120_000);
  const set = launchedSet('limits', 50, 50, 2);
  await store(page, set);
  await page.goto(`./index.html#/set/${set.id}`);
  await expect(page.getByTestId('check-in-form')).toBeVisible();
  await expect(page.getByTestId('check-in-row')).toHaveCount(2500, { timeout: 60_000 });
  const name = page.getByTestId('set-name');
  await name.press('End');
  await name.pressSequentially(' au complet');
  await name.blur();
  await expect.poll(async () => (await stored(page, set.id)).name).toBe('Pilote 50 × 50 au complet');
  await page.getByTestId('step').filter({ hasText: 'Brouillon' }).click();
  await page.getByTestId('change-plan').click();
  await page.getByTestId('change-reason').fill('Titre précisé');
  // Long lists are drawn a few items per frame: every card comes, in order.
  await expect(page.getByTestId('objective')).toHaveCount(50, { timeout: 60_000 });
  await expect(page.getByTestId('key-result')).toHaveCount(2500, { timeout: 60_000 });
  const last = page.getByTestId('objective-title').last();
  await last.press('End');
  await last.pressSequentially(' et vite');
  await last.blur();
  await expect.poll(async () => (await stored(page, set.id)).objectives[49].title).toBe('Finalité 50 : des usagers mieux servis et vite');
});
