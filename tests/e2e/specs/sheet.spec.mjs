// The spreadsheet bridge: a range pasted as a spreadsheet puts it on the clipboard becomes
// objectives and key results after a preview, in one step that one undo takes back; a set
// exported as CSV opens in French Excel as it is, runs no formula, and reads back (into a
// set with other words too); the preview says what goes past the team's count rule; a bad
// paste says why and changes nothing.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createSet, expectAccessible, launchedSet, openFresh, storageSnapshot, toDraft, watchPage } from './helpers.mjs';

/** Dispatches a paste as Excel, LibreOffice or Google Sheets make it: tab-separated text
 * and an HTML table, on the draft's paste area. `text` replaces the TSV when given. */
async function pasteLikeASpreadsheet(page, rows, text) {
  const tsv = text ?? `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;
  const html = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  await page.getByTestId('sheet-paste').evaluate((area, { tsv, html }) => {
    const data = new DataTransfer();
    data.setData('text/plain', tsv);
    data.setData('text/html', html);
    area.focus();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, { tsv, html });
}

/** Clicks `button` and returns the downloaded file's name and raw bytes. */
async function downloadBytes(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The open set as stored. */
async function storedSet(page) {
  const id = new URL(page.url()).hash.split('/').pop();
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`boussole:set:${id}`)).sets[0], id);
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const TABLE = [
  ['Objectif', 'Résultat clé', 'Type', 'Départ', 'Cible', 'Unité'],
  ['Livrer plus vite les commandes urgentes', 'Délai moyen des commandes critiques', 'Diminuer', '48 h', '24', 'h'],
  ['', 'Commandes livrées sans incident', 'Augmenter', `80${NBSP}%`, `95${NBSP}%`, ''],
  ['', 'Satisfaction sur les commandes urgentes', '', '6,8', '8,5', '/10'],
  ['Être reconnus pour notre accueil', 'NPS', 'Augmenter', '20', '30', 'points'],
  ['', 'Réclamations sur l’attente', 'Diminuer', `1${NNBSP}200`, '840', 'réclamations'],
  ['', 'Recommandation interne', 'Rester au-dessus d’un seuil', '', '8,5', '/10'],
  ['Réduire l’attente au service client', 'Temps d’attente au téléphone', 'Diminuer', '10', `7${NBSP}min`, ''],
  ['', 'Appels perdus', '', '12 %', `\u221230 %`, ''],
  ['', 'Rappel sous 24 h', 'Jalon', '', '', ''],
];

test('a 3 × 3 table pasted from a spreadsheet is previewed, created in one step, and undone in one', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await createSet(page, 'Pilote tableur', 'Logistique');
  await toDraft(page);
  const before = await storageSnapshot(page);

  await pasteLikeASpreadsheet(page, TABLE);
  const dialog = page.getByTestId('sheet-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('sheet-summary')).toContainText('3 objectifs · 9 résultats clés');
  const columns = dialog.getByTestId('sheet-column');
  await expect(columns).toHaveCount(6);
  await expect(columns.nth(0)).toHaveValue('objective');
  await expect(columns.nth(1)).toHaveValue('key_result');
  await expect(columns.nth(4)).toHaveValue('target');
  await expect(dialog.getByRole('combobox', { name: /Colonne E\s*: Cible/ })).toHaveValue('target');
  await expect(dialog.getByTestId('sheet-header-row')).toBeChecked();
  await expect(dialog.getByTestId('sheet-problem')).toHaveCount(0);
  await expect(dialog.getByTestId('sheet-planned-objective')).toHaveCount(3);
  await expect(dialog.getByTestId('sheet-planned-kr')).toHaveCount(9);
  await expect(dialog.getByTestId('sheet-planned-kr').first()).toContainText('48 → 24 h');
  await expectAccessible(page, 'spreadsheet preview');
  // Nothing is written while the preview is open.
  expect(await storageSnapshot(page)).toEqual(before);

  // Reading the unit column as ignored changes the preview, not the set.
  await columns.nth(5).selectOption('ignore');
  await expect(dialog.getByTestId('sheet-planned-kr').nth(3)).toContainText('20 → 30');
  await expect(dialog.getByTestId('sheet-planned-kr').nth(3)).not.toContainText('points');
  await columns.nth(5).selectOption('unit');
  await expect(dialog.getByTestId('sheet-planned-kr').nth(3)).toContainText('20 → 30 points');

  await dialog.getByTestId('sheet-confirm').click();
  await expect(dialog).toHaveCount(0);
  const titles = page.getByTestId('objective-title');
  await expect(titles).toHaveCount(3);
  await expect(titles.nth(0)).toHaveValue('Livrer plus vite les commandes urgentes');
  await expect(titles.nth(2)).toHaveValue('Réduire l’attente au service client');
  const krs = page.getByTestId('key-result');
  await expect(krs).toHaveCount(9);
  await expect(krs.nth(0).getByTestId('kr-kind')).toHaveValue('decrease');
  await expect(krs.nth(0).getByTestId('kr-baseline')).toHaveValue('48');
  await expect(krs.nth(0).getByTestId('kr-unit')).toHaveValue('h');
  await expect(krs.nth(1).getByTestId('kr-target')).toHaveValue('95');
  await expect(krs.nth(1).getByTestId('kr-unit')).toHaveValue('%');
  await expect(krs.nth(2).getByTestId('kr-baseline')).toHaveValue('6,8');
  await expect(krs.nth(4).getByTestId('kr-baseline')).toHaveValue('1200');
  await expect(krs.nth(6).getByTestId('kr-target')).toHaveValue('7');
  await expect(krs.nth(6).getByTestId('kr-unit')).toHaveValue('min');
  await expect(krs.nth(7).getByTestId('kr-target')).toHaveValue('-30');
  await expect(krs.nth(8).getByTestId('kr-kind')).toHaveValue('milestone');
  await expect(page.getByTestId('toast')).toContainText('Depuis le tableur');
  await expect(page.getByTestId('toast')).toContainText('3 objectifs et 9 résultats clés de plus');
  await expect.poll(async () => (await storedSet(page)).objectives.length).toBe(3);

  // One undo takes the whole paste away.
  await page.getByTestId('toast').getByRole('button', { name: /Rétablir/ }).click();
  await expect(page.getByTestId('objective')).toHaveCount(0);
  await expect.poll(async () => (await storedSet(page)).objectives.length).toBe(0);
  expect(problems).toEqual([]);
});

test('a set exported as CSV opens in French Excel, runs no formula, and reads back through CSV import', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Export tableur', 'Qualité');
  await toDraft(page);
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').fill('=cmd|\'/C calc\'!A0');
  await page.getByTestId('add-kr').click();
  const kr = page.getByTestId('key-result').first();
  await kr.getByTestId('kr-title').fill('Délai moyen; en heures');
  await kr.getByTestId('kr-kind').selectOption('decrease');
  await kr.getByTestId('kr-baseline').fill('48,5');
  await kr.getByTestId('kr-target').fill('24');
  await kr.getByTestId('kr-unit').fill('h');
  await expect(page.getByTestId('save-status')).toContainText(/Enregistré/);

  const krFile = await downloadBytes(page, page.getByTestId('csv-key-results'));
  expect(krFile.name).toMatch(/^boussole-export-tableur-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...krFile.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = krFile.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Objectif;Résultat clé;Type;Départ;Cible;Unité;Dernière valeur;Avancement (%);Statut');
  // The formula-like title starts with an apostrophe: a spreadsheet shows it, never runs it.
  expect(lines[1].startsWith('"\'=cmd|\'\'/C calc\'\'!A0";') || lines[1].startsWith('\'=cmd|\'/C calc\'!A0;')).toBe(true);
  expect(lines[1]).toContain(';"Délai moyen; en heures";Diminuer (de → à);48,5;24;h;');

  const checkIns = await downloadBytes(page, page.getByTestId('csv-check-ins'));
  expect(checkIns.name).toMatch(/^boussole-export-tableur-\d{4}-\d{2}-\d{2}-points-d-etape\.csv$/);
  expect(checkIns.bytes.toString('utf8')).toBe('\ufeffObjectif;Résultat clé;Date;Valeur;Confiance;Note\r\n');

  // Read back into another set, through the draft's CSV picker.
  await page.goto('./index.html#/');
  await createSet(page, 'Relu depuis le tableur');
  await toDraft(page);
  await page.getByTestId('sheet-file').setInputFiles({ name: krFile.name, mimeType: 'text/csv', buffer: krFile.bytes });
  const dialog = page.getByTestId('sheet-dialog');
  await expect(dialog.getByTestId('sheet-summary')).toContainText('1 objectif · 1 résultat clé');
  await expect(dialog.getByTestId('sheet-problem')).toHaveCount(1);
  await expect(dialog.getByTestId('sheet-problem')).toContainText('ressemble à une formule');
  await expect(dialog.getByTestId('sheet-problem')).toContainText('Ligne 2, colonne A (Objectif)');
  await dialog.getByTestId('sheet-confirm').click();
  await expect(page.getByTestId('objective-title')).toHaveValue('=cmd|\'/C calc\'!A0');
  const back = page.getByTestId('key-result').first();
  await expect(back.getByTestId('kr-title')).toHaveValue('Délai moyen; en heures');
  await expect(back.getByTestId('kr-kind')).toHaveValue('decrease');
  await expect(back.getByTestId('kr-baseline')).toHaveValue('48,5');
  await expect(back.getByTestId('kr-target')).toHaveValue('24');
  await expect(back.getByTestId('kr-unit')).toHaveValue('h');

  // The workspace's file names each row's set.
  await page.goto('./index.html#/');
  const all = await downloadBytes(page, page.getByTestId('csv-all-key-results'));
  expect(all.name).toMatch(/^boussole-espace-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = all.bytes.toString('utf8').slice(1).split('\r\n');
  expect(rows[0].startsWith('Jeu;Objectif;Résultat clé;')).toBe(true);
  expect(rows.filter((r) => r.startsWith('Export tableur;') || r.startsWith('Relu depuis le tableur;'))).toHaveLength(2);
});

test('a paste that is no table, or has unreadable cells, says why and changes nothing', async ({ page }) => {
  await openFresh(page);
  await createSet(page, 'Collage raté');
  await toDraft(page);
  const before = await storageSnapshot(page);

  await pasteLikeASpreadsheet(page, [], 'Bonjour, voici nos idées pour le trimestre.\nOn en parle demain ?');
  await expect(page.getByTestId('sheet-error')).toContainText('n’est pas un tableau');
  await expect(page.getByTestId('sheet-dialog')).toHaveCount(0);

  await pasteLikeASpreadsheet(page, [], 'x\ty\r\n'.repeat(1_600_000));
  await expect(page.getByTestId('sheet-error')).toContainText('trop volumineux');
  await expect(page.getByTestId('sheet-dialog')).toHaveCount(0);

  await pasteLikeASpreadsheet(page, [
    ['Objectif', 'Résultat clé', 'Cible', 'Type'],
    ['Livrer plus vite', 'Délai moyen', 'vingt', '???'],
    ['', '=HYPERLINK("http://exemple.test")', '@SUM(A1)', 'Augmenter'],
  ]);
  await expect(page.getByTestId('sheet-error')).toBeEmpty();
  const dialog = page.getByTestId('sheet-dialog');
  const flagged = dialog.getByTestId('sheet-problem');
  await expect(flagged).toHaveCount(4);
  await expect(flagged.nth(0)).toContainText('Ligne 2, colonne C (Cible)');
  await expect(flagged.nth(0)).toContainText('«\u00a0vingt\u00a0» n’est pas un nombre');
  await expect(flagged.nth(1)).toContainText('Ligne 2, colonne D (Type)');
  await expect(flagged.nth(1)).toContainText('«\u00a0???\u00a0» n’est pas un type connu');
  await expect(flagged.nth(2)).toContainText('ressemble à une formule');
  await expect(flagged.nth(3)).toContainText('Ligne 3, colonne C (Cible)');
  await expectAccessible(page, 'spreadsheet preview with problems');
  await dialog.getByTestId('sheet-cancel').click();
  await expect(page.getByTestId('sheet-dialog')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('rien n’a changé');
  await expect(page.getByTestId('objective')).toHaveCount(0);
  expect(await storageSnapshot(page)).toEqual(before);
});

/** A custom word as a set stores it; it sounds a vowel first when written with one. */
const word = (singular, plural, gender) => ({ singular, plural, gender, vowel_sound: /^[aeiouyéèêàâîô]/i.test(singular), short: '' });

/** A set never launched, in `vocabulary`, with a 3 × 3 count rule and its cycle started a month ago. */
function draftSet(id, name, vocabulary, objectives = []) {
  return { ...launchedSet(id, 0, 0), name, vocabulary, launch: null, objectives };
}

test('a set’s CSV reads back into a set with other words, and the preview says what goes past the count rule', async ({ page }) => {
  const problems = watchPage(page);
  const chantiers = { preset: 'custom', objective: word('chantier', 'chantiers', 'masculine'), key_result: word('preuve', 'preuves', 'feminine') };
  const orientations = { preset: 'custom', objective: word('orientation', 'orientations', 'feminine'), key_result: word('indice', 'indices', 'masculine') };
  const kr = (id, title, kind, baseline, target, unit) => ({ id, title, kind, baseline, target, unit, check_ins: [] });
  const source = draftSet('src', 'Chantiers qualité', chantiers, [{
    id: 'src-o1', title: 'Livrer plus vite', why: '', retro: { happened: '', learned: '', differently: '' },
    key_results: [kr('src-k1', 'Délai moyen', 'decrease', 48, 24, 'h'), kr('src-k2', 'Commandes sans incident', 'increase', 80, 95, '%')],
  }]);
  const target = draftSet('dst', 'Orientations accueil', orientations);
  await page.goto('./index.html');
  await page.evaluate((sets) => {
    localStorage.clear();
    for (const set of sets) localStorage.setItem(`boussole:set:${set.id}`, JSON.stringify({ format: 'boussole', version: 3, sets: [set] }));
  }, [source, target]);

  // The draft's file: its own words as headers, and no status or figures before launch.
  await page.goto('./index.html#/set/src');
  await toDraft(page);
  const file = await downloadBytes(page, page.getByTestId('csv-key-results'));
  const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Chantier;Preuve;Type;Départ;Cible;Unité;Dernière valeur;Avancement (%);Statut');
  expect(lines[1]).toMatch(/^Livrer plus vite;Délai moyen;.*;h;;;$/);
  expect(file.bytes.toString('utf8')).not.toContain('Pas suivi');

  // Read into the set that says "orientation" and "indice": the columns map by themselves.
  await page.goto('./index.html#/set/dst');
  await toDraft(page);
  await page.getByTestId('sheet-file').setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.bytes });
  let dialog = page.getByTestId('sheet-dialog');
  const columns = dialog.getByTestId('sheet-column');
  await expect(columns.nth(0)).toHaveValue('objective');
  await expect(columns.nth(1)).toHaveValue('key_result');
  await expect(dialog.getByTestId('sheet-summary')).toContainText('1 orientation · 2 indices');
  await expect(dialog.getByTestId('sheet-blocked')).toBeEmpty();
  await expect(dialog.getByTestId('sheet-past-rule')).toHaveCount(0);
  await dialog.getByTestId('sheet-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('objective-title')).toHaveValue('Livrer plus vite');
  await expect(page.getByTestId('key-result')).toHaveCount(2);

  // Words no set here uses, before figures it knows: read by place. Four key results under
  // one orientation and four orientations in all go past the 3 × 3 rule: said, not blocked.
  await pasteLikeASpreadsheet(page, [
    ['Axe de travail', 'Signal', 'Type', 'Départ', 'Cible', 'Unité'],
    ['Servir mieux', 'Délai de réponse', 'Diminuer', '10', '5', 'jours'],
    ['', 'Demandes traitées', 'Augmenter', '50', '80', '%'],
    ['', 'Rappels tenus', 'Augmenter', '60', '90', '%'],
    ['', 'Réclamations', 'Diminuer', '30', '10', ''],
    ['Accueillir', 'Attente au guichet', 'Diminuer', '20', '10', 'min'],
    ['Former', 'Agents formés', 'Augmenter', '0', '12', ''],
  ]);
  dialog = page.getByTestId('sheet-dialog');
  await expect(columns.nth(0)).toHaveValue('objective');
  await expect(columns.nth(1)).toHaveValue('key_result');
  await expect(dialog.getByTestId('sheet-summary')).toContainText('3 orientations · 6 indices');
  const past = dialog.getByTestId('sheet-past-rule');
  await expect(past).toHaveCount(2);
  await expect(past.nth(0)).toHaveText('Ce jeu aurait 4 orientations (1 déjà là, 3 de ce tableau), 1 de plus que la règle de l’équipe (au plus 3 orientations).');
  await expect(past.nth(1)).toHaveText('L’orientation «\u00a0Servir mieux\u00a0» (ligne 2) aurait 4 indices, 1 de plus que la règle de l’équipe (au plus 3 indices par orientation).');
  await expect(dialog.getByTestId('sheet-past-rules')).toContainText('pas une limite');
  await expect(dialog.getByTestId('sheet-confirm')).toBeEnabled();
  await expectAccessible(page, 'spreadsheet preview past the count rule');
  await dialog.getByTestId('sheet-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('objective-title')).toHaveCount(4);
  await expect(page.getByTestId('key-result')).toHaveCount(8);
  expect(problems).toEqual([]);
});
