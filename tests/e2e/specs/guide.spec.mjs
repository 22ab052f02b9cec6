// The method guide: "Pourquoi ?" beside a coaching finding opens the section that explains
// it (its address, and the focus on its heading); the guide is searched without caring for
// accents or case, prints whole, speaks the team's words (feminine ones included) and
// English; coaching's rewrite of a task-like key result applies in one click and undoes
// from the toast.
import { test, expect } from '@playwright/test';
import { createSet, toDraft, expectAccessible, openFresh, watchPage } from './helpers.mjs';

const term = (singular, plural, gender, vowel_sound, short = '') => ({ singular, plural, gender, vowel_sound, short });

/** A draft in the team's own words: one objective and a key result that reads as a task. */
function draftIn(id, vocabulary) {
  return {
    id, name: `Pilote ${id}`, team: 'Accueil', cycle: { start: '2027-01-01', end: '2027-03-31' },
    vocabulary,
    why: { narrative: 'Des usagers servis en deux jours.', reasons: ['align_team'], other_reason: '' },
    count_rule: { max_objectives: 3, max_key_results: 3 },
    objectives: [{
      id: `${id}-o1`, title: 'Des usagers mieux servis', why: '',
      key_results: [{ id: `${id}-k1`, title: 'Organiser des ateliers', kind: 'milestone', baseline: null, target: null, unit: '', check_ins: [] }],
      retro: { happened: '', learned: '', differently: '' },
    }],
    launch: null, meetings: [], changes: [], closed: null, previous: null,
    created: '2026-11-01T08:00:00Z', modified: '2026-11-02T08:00:00Z', revision: 1,
  };
}

async function importSets(page, sets) {
  const file = JSON.stringify({ format: 'boussole', version: 3, sets });
  await page.getByTestId('import-input').setInputFiles({ name: 'g.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByTestId('import-confirm').click();
}

const sections = (page) => page.locator('[data-testid=guide-section]:visible');

test('a finding’s “Pourquoi ?” lands on its section; search, print and the way back', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await createSet(page, 'Pilote guide');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Des préparateurs mieux outillés');
  await page.getByTestId('add-kr').click();
  const kr = page.getByTestId('key-result').first();
  await kr.getByTestId('kr-title').fill('Mettre en place un outil de suivi');
  const task = kr.locator('[data-testid=finding][data-rule=KrStartsWithTaskVerb]');
  await expect(task.getByTestId('why-link')).toHaveAttribute('data-section', 'key-result');

  await task.getByTestId('why-link').click();
  await expect(page).toHaveURL(/#\/guide\/key-result\?set=/);
  const heading = page.locator('#guide-key-result');
  await expect(heading).toBeFocused();
  await expect(heading).toContainText('Résultat clé ou tâche');
  await expect(heading).toContainText('qu’est-ce qui a changé dans le monde');
  await expect(sections(page)).toHaveCount(10);
  await expectAccessible(page, 'the guide');

  // Every other rule's link leads to a section that exists.
  await page.goBack();
  await expect(kr.getByTestId('kr-title')).toHaveValue('Mettre en place un outil de suivi');
  const links = page.getByTestId('why-link');
  const targets = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(targets.length).toBeGreaterThan(1);
  for (const href of targets) expect(href).toMatch(/^#\/guide\/[a-z-]+\?set=/);
  await page.locator('[data-testid=finding][data-rule=KrWithoutNumber]').getByTestId('why-link').click();
  await expect(page.locator('#guide-measure')).toBeFocused();

  // The header reaches the guide too; "/" goes to the search.
  await page.getByTestId('guide-link').click();
  await expect(page).toHaveURL(/#\/guide\?set=/);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  const search = page.getByTestId('guide-search');
  await expect(search).toBeFocused();
  await page.keyboard.type('REUNION de suivi');
  await expect(page.getByTestId('guide-found')).toHaveText('1 section');
  await expect(sections(page)).toHaveCount(1);
  await expect(sections(page)).toHaveAttribute('data-section', 'follow-up');
  // What was found is marked as typed in the text, accents and all.
  await expect(sections(page).locator('mark').filter({ hasText: /^réunion$/ }).first()).toBeVisible();
  await expect(sections(page).locator('h2 mark')).toHaveText('suivi');
  await expect(page.getByTestId('guide-toc')).toHaveCount(1);
  await page.getByTestId('guide-toc').click();
  await expect(page).toHaveURL(/#\/guide\/follow-up\?set=/);
  await expect(page.locator('#guide-follow-up')).toBeFocused();
  await expect(search).toHaveValue('REUNION de suivi');
  await expectAccessible(page, 'the guide filtered');

  await search.fill('zzzz');
  await expect(page.getByTestId('guide-found')).toContainText('Aucune section ne parle de');
  await expect(sections(page)).toHaveCount(0);
  await search.press('Escape');
  await expect(sections(page)).toHaveCount(10);

  // Printed: the whole guide, whatever the search hid, and no navigation.
  await search.fill('pilote');
  await expect(sections(page)).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(sections(page)).toHaveCount(10);
  await expect(page.locator('#guide-anti-patterns')).toBeVisible();
  await expect(page.locator('#guide-kinds')).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.guide-contents')).toBeHidden();
  await expect(search).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByTestId('guide-back').click();
  await expect(page.getByTestId('set-name')).toHaveValue('Pilote guide');
  // Back on the set, the focus is on the "Why?" it was left by, not at the page's top.
  await expect(page.locator('[data-testid=finding][data-rule=KrWithoutNumber]').getByTestId('why-link')).toBeFocused();
  // Back to the guide from a finding: its section has the focus, not a link used there before.
  await page.keyboard.press('Enter');
  await expect(page.locator('#guide-measure')).toBeFocused();
  expect(problems).toEqual([]);
});

test('the guide speaks the team’s feminine words, and English', async ({ page }) => {
  await openFresh(page);
  await importSets(page, [
    draftIn('ambitions', {
      preset: 'custom',
      objective: term('ambition', 'ambitions', 'feminine', true, 'A'),
      key_result: term('mesure d’impact', 'mesures d’impact', 'feminine', false, 'MI'),
    }),
    draftIn('finalites', { preset: 'finalites' }),
  ]);

  await page.goto('./index.html#/guide/kinds?set=finalites');
  await expect(page.locator('#guide-kinds')).toBeFocused();
  await expect(page.locator('#guide-kinds')).toHaveText('Les types d’indicateurs de changement');
  await expect(page.locator('#guide-objective')).toContainText('Une finalité');
  await expect(page.locator('#guide-count')).toHaveText('Peu de finalités, peu d’indicateurs de changement');
  await expect(page.locator('[data-section=count]')).toContainText('pour chacune.');
  await expect(page.locator('[data-section=words]')).toContainText('finalités');

  await page.getByRole('link', { name: /Pilote finalites/ }).click();
  await expect(page.getByTestId('set-name')).toHaveValue('Pilote finalites');
  await page.goto('./index.html#/');
  await page.getByRole('link', { name: 'Pilote ambitions' }).click();
  await expect(page.getByTestId('set-name')).toHaveValue('Pilote ambitions');
  await page.getByTestId('step').nth(1).click();
  await page.locator('[data-rule=KrStartsWithTaskVerb]').getByTestId('why-link').click();
  const heading = page.locator('#guide-key-result');
  await expect(heading).toBeFocused();
  await expect(heading).toContainText('Mesure d’impact ou tâche');
  await expect(page.locator('#guide-objective')).toContainText('Une ambition');
  await expect(page.locator('#guide-count')).toHaveText('Peu d’ambitions, peu de mesures d’impact');
  // The method's own words show only where the guide says the team renamed them.
  for (const id of ['objective', 'key-result', 'measure', 'kinds', 'count', 'follow-up', 'learning', 'pilot', 'anti-patterns']) {
    const text = (await page.locator(`[data-section=${id}]`).innerText()).toLowerCase();
    expect(text, id).not.toContain('objectif');
    expect(text, id).not.toContain('résultat clé');
  }
  await expect(page.locator('[data-section=words]')).toContainText('ambitions');
  await expectAccessible(page, 'the guide in feminine words');

  await page.getByTestId('lang').selectOption('en');
  await expect(page.locator('h1')).toHaveText('The method guide');
  await expect(page.locator('#guide-objective')).toHaveText('An ambition: a direction, neither a slogan nor a task');
  await expect(page.locator('#guide-key-result')).toHaveText('Mesure d’impact or task: what changed in the world?');
  await expect(page.getByTestId('guide-back')).toContainText('Back to “Pilote ambitions”');
  await page.getByTestId('guide-search').fill('SHOPPING list');
  await expect(sections(page)).toHaveCount(1);
  await expect(sections(page)).toHaveAttribute('data-section', 'anti-patterns');
  await expectAccessible(page, 'the guide in English');
});

test('a task-like key result is rewritten “from … to …” in one click, and undone', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Pilote réécriture');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('Des clients qui n’ont plus à relancer');
  await page.getByTestId('add-kr').click();
  const kr = page.getByTestId('key-result').first();
  await kr.getByTestId('kr-kind').selectOption('milestone');
  await kr.getByTestId('kr-title').fill('Mettre en place un suivi des réclamations');
  const offer = kr.getByTestId('rewrite-offer');
  await expect(offer).toContainText('Réduire [ce qui doit changer] (moyen\u00a0: mettre en place un suivi des réclamations)');
  await expect(offer).toContainText('de … à …');

  await offer.getByTestId('rewrite-apply').click();
  const rewritten = 'Réduire [ce qui doit changer] (moyen\u00a0: mettre en place un suivi des réclamations)';
  await expect(kr.getByTestId('kr-title')).toHaveValue(rewritten);
  await expect(kr.getByTestId('kr-kind')).toHaveValue('decrease');
  await expect(kr.getByTestId('kr-baseline')).toHaveValue('');
  await expect(kr.getByTestId('kr-target')).toHaveValue('');
  await expect(kr.locator('[data-rule=KrStartsWithTaskVerb]')).toHaveCount(0);
  await expect(kr.locator('[data-rule=KrWithoutNumber]')).toBeVisible();
  await expect(kr.getByTestId('rewrite-offer')).toHaveCount(0);
  // The focus is on the blank to name, selected so that typing replaces it.
  await expect(kr.getByTestId('kr-title')).toBeFocused();
  const selected = await kr.getByTestId('kr-title').evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('[ce qui doit changer]');
  await expect(page.getByTestId('toast')).toContainText('Résultat clé réécrit');

  await page.getByTestId('toast').getByRole('button', { name: 'Rétablir' }).click();
  await expect(kr.getByTestId('kr-title')).toHaveValue('Mettre en place un suivi des réclamations');
  await expect(kr.getByTestId('kr-kind')).toHaveValue('milestone');
  await expect(kr.locator('[data-rule=KrStartsWithTaskVerb]')).toBeVisible();

  // Applied again and named, it stays after a reload.
  await kr.getByTestId('rewrite-apply').click();
  await expect(kr.getByTestId('kr-title')).toBeFocused();
  await page.keyboard.type('les réclamations sur les livraisons');
  await kr.getByTestId('kr-baseline').fill('40');
  await kr.getByTestId('kr-target').fill('15');
  const named = 'Réduire les réclamations sur les livraisons (moyen\u00a0: mettre en place un suivi des réclamations)';
  await expect(kr.getByTestId('kr-title')).toHaveValue(named);
  await page.reload();
  await expect(page.getByTestId('key-result').first().getByTestId('kr-title')).toHaveValue(named);
  await expect(page.getByTestId('key-result').first().getByTestId('kr-kind')).toHaveValue('decrease');

  // In English, the same offer in English words for an English title.
  await page.getByTestId('lang').selectOption('en');
  await page.getByTestId('add-kr').click();
  const en = page.getByTestId('key-result').nth(1);
  await en.getByTestId('kr-title').fill('Launch the new onboarding');
  await expect(en.getByTestId('rewrite-offer')).toContainText('Suggestion: “Increase [what must change] (means: launch the new onboarding)”, from … to …');
  await en.getByTestId('rewrite-apply').click();
  await expect(en.getByTestId('kr-title')).toHaveValue('Increase [what must change] (means: launch the new onboarding)');
  await expect(page.getByTestId('toast')).toContainText('Key result rewritten');
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(en.getByTestId('kr-title')).toHaveValue('Launch the new onboarding');
});
