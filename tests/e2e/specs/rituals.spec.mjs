// Rituals without a server (issue 17 §3): the check-in rhythm chosen in the set, the
// overdue check-in said on the home card and in the set, the calendar file read back by a
// real iCalendar parser (ical.js), the system share sheet where the browser offers one
// for files, and a mail link that stays short otherwise.
//
// The app's clock is fixed (page.clock.setFixedTime) on 15 March 2028, 10:00 in Paris, so
// "9 days" and the calendar's dates are exact; timers still run.
import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import { download, expectAccessible, openFresh, storageSnapshot, watchPage } from './helpers.mjs';

test.use({ timezoneId: 'Europe/Paris' });

const NOW = new Date('2028-03-15T10:00:00+01:00');

/**
 * A launched set (the "finalités" words) on 31 January → 30 June 2028, launched on
 * 31 January; its latest check-in is on 28 February. `extra` overrides set fields.
 */
function ritualSet(id, name, extra = {}, titles = ['Délai moyen des demandes urgentes', 'Usagers satisfaits de la réponse']) {
  const keyResults = titles.map((title, k) => ({
    id: `${id}-k${k}`, title, kind: 'increase', baseline: 20, target: 80, unit: '%',
    check_ins: [
      { id: `${id}-c${k}a`, date: '2028-02-14', value: 30, confidence: 'confident', note: '' },
      { id: `${id}-c${k}b`, date: k === 0 ? '2028-02-28' : '2028-02-21', value: 35, confidence: 'uncertain', note: '' },
    ],
  }));
  const objective = {
    id: `${id}-o1`, title: 'Des usagers mieux servis', why: '', key_results: keyResults,
    retro: { happened: '', learned: '', differently: '' },
  };
  return {
    id, name, team: 'Accueil', cycle: { start: '2028-01-31', end: '2028-06-30' },
    vocabulary: { preset: 'finalites' },
    why: { narrative: 'Dans un an, chaque usager a sa réponse en deux jours.', reasons: ['align_team'], other_reason: '' },
    count_rule: { max_objectives: 3, max_key_results: 3 }, objectives: [objective],
    launch: { at: '2028-01-31T08:00:00Z', reference: [{ ...objective, key_results: keyResults.map((kr) => ({ ...kr, check_ins: [] })) }] },
    meetings: [], changes: [], closed: null, previous: null,
    created: '2028-01-20T08:00:00Z', modified: '2028-02-28T08:00:00Z', revision: 5,
    ...extra,
  };
}

function draftSet() {
  return {
    ...ritualSet('rituels-draft', 'Brouillon sans rituel'),
    launch: null,
  };
}

async function importSets(page, sets) {
  const file = { format: 'boussole', version: 3, sets };
  await page.getByTestId('import-input').setInputFiles({ name: 'rituels.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('set-card')).toHaveCount(sets.length);
}

const card = (page, name) => page.getByTestId('set-card').filter({ hasText: name });

async function openSet(page, name) {
  await page.getByRole('link', { name }).click();
  await expect(page.getByTestId('set-name')).toHaveValue(name);
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('an overdue check-in is said on the home card and in the set; the rhythm chosen moves it', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await importSets(page, [ritualSet('rituels-1', 'Pilote rituels'), draftSet()]);

  // Weekly by default: a week after 28 February is 6 March, nine days ago.
  const due = card(page, 'Pilote rituels').getByTestId('check-in-due');
  await expect(due).toHaveText('Point d’étape attendu depuis 9\u00a0jours');
  await expect(due).toHaveClass(/overdue/);
  await expect(card(page, 'Brouillon sans rituel').getByTestId('check-in-due')).toHaveCount(0);

  // A summary written before this version (no due date) is made again from the set.
  await page.evaluate(() => {
    const key = 'boussole:meta:rituels-1';
    const meta = JSON.parse(localStorage.getItem(key));
    delete meta.check_in_due;
    delete meta.version;
    localStorage.setItem(key, JSON.stringify(meta));
  });
  await page.reload();
  await expect(card(page, 'Pilote rituels').getByTestId('check-in-due')).toHaveText('Point d’étape attendu depuis 9\u00a0jours');

  // In the set: it opens on the check-ins, with the same line above the form.
  await openSet(page, 'Pilote rituels');
  const rituals = page.getByTestId('rituals');
  await expect(rituals.getByTestId('check-in-due')).toHaveText('Point d’étape attendu depuis 9\u00a0jours');
  await expect(page.getByTestId('check-in-rhythm')).toHaveValue('weekly');
  await expect(page.getByTestId('meeting-rhythm')).toHaveValue('monthly');
  await expectAccessible(page, 'check-in step with its rituals');

  // Every two weeks: due on 13 March, two days ago. Monthly: 28 March, in 13 days.
  await page.getByLabel('Rythme des points d’étape').selectOption('every_two_weeks');
  await expect(rituals.getByTestId('check-in-due')).toHaveText('Point d’étape attendu depuis 2\u00a0jours');
  await page.getByLabel('Rythme des points d’étape').selectOption('monthly');
  await expect(rituals.getByTestId('check-in-due')).toHaveText('Point d’étape attendu dans 13\u00a0jours');
  await expect(rituals.getByTestId('check-in-due')).not.toHaveClass(/overdue/);
  await page.getByLabel('Rythme des revues de suivi').selectOption('every_two_weeks');

  // A check-in today (the form's date is the app's today) moves it a month on.
  await expect(page.getByTestId('check-in-date')).toHaveValue('2028-03-15');
  await page.getByTestId('check-in-row').first().getByTestId('check-in-value').fill('40');
  await page.getByTestId('check-in-row').first().getByTestId('check-in-value').press('Enter');
  await expect(page.getByTestId('toast')).toContainText('enregistré');
  await expect(rituals.getByTestId('check-in-due')).toHaveText('Point d’étape attendu dans 31\u00a0jours');

  // Stored with the set under its saved names, and said on the card.
  await page.getByRole('link', { name: 'Tous les jeux' }).click();
  await expect(card(page, 'Pilote rituels').getByTestId('check-in-due')).toHaveText('Point d’étape attendu dans 31\u00a0jours');
  const stored = JSON.parse((await storageSnapshot(page))['boussole:set:rituels-1']);
  expect(stored.sets[0].rituals).toEqual({ check_ins: 'monthly', meetings: 'every_two_weeks' });
  await page.reload();
  await openSet(page, 'Pilote rituels');
  await expect(page.getByTestId('check-in-rhythm')).toHaveValue('monthly');
  await expect(page.getByTestId('meeting-rhythm')).toHaveValue('every_two_weeks');

  // A closed set expects nothing.
  await page.evaluate(() => {
    const key = 'boussole:set:rituels-1';
    const doc = JSON.parse(localStorage.getItem(key));
    doc.sets[0].closed = '2028-03-15T09:00:00Z';
    localStorage.setItem(key, JSON.stringify(doc));
  });
  await page.goto('./index.html#/');
  await page.reload();
  await expect(card(page, 'Pilote rituels')).toBeVisible();
  await expect(card(page, 'Pilote rituels').getByTestId('check-in-due')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the calendar file holds the rituals as recurring all-day events a real parser reads, with stable ids', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  await importSets(page, [ritualSet('rituels-2', 'Pilote rituels, accueil', { rituals: { check_ins: 'every_two_weeks' } })]);
  await openSet(page, 'Pilote rituels, accueil');
  await expect(page.getByTestId('check-in-rhythm')).toHaveValue('every_two_weeks');

  const button = page.getByRole('button', { name: 'Ajouter à mon agenda (.ics)' });
  const first = await download(page, button);
  expect(first.name).toBe('boussole-pilote-rituels-accueil-2028-03-15.ics');

  // RFC 5545's form: CRLF everywhere, lines of at most 75 octets.
  expect(first.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(first.text.replaceAll('\r\n', '')).not.toContain('\n');
  for (const line of first.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

  const calendar = new ICAL.Component(ICAL.parse(first.text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.uid)).toEqual([
    'check-ins-rituels-2@boussole', 'meetings-rituels-2@boussole', 'retrospective-rituels-2@boussole',
  ]);
  // In the team's words ("finalités", "indicateurs de changement"), the name unescaped.
  expect(events.map((e) => e.summary)).toEqual([
    'Point d’étape des indicateurs de changement — Pilote rituels, accueil',
    'Revue de suivi des finalités — Pilote rituels, accueil',
    'Rétrospective de fin de cycle — Pilote rituels, accueil',
  ]);
  expect(events[0].description).toContain('Pour chaque indicateur de changement');
  expect(events[1].description).toContain('chaque finalité a toujours du sens');
  expect(events.every((e) => e.startDate.isDate)).toBe(true);

  const rule = (e) => e.component.getFirstPropertyValue('rrule')?.toString() ?? null;
  const dates = (e) => {
    const out = [];
    const it = e.iterator();
    for (let next = it.next(); next && out.length < 100; next = it.next()) out.push(next.toString());
    return out;
  };
  // Check-ins every two weeks from the latest one (28 February) to the cycle's end: the
  // first is the day the set's due line names.
  expect(rule(events[0])).toBe('FREQ=WEEKLY;INTERVAL=2;UNTIL=20280630');
  expect(dates(events[0])).toEqual([
    '2028-03-13', '2028-03-27', '2028-04-10', '2028-04-24',
    '2028-05-08', '2028-05-22', '2028-06-05', '2028-06-19',
  ]);
  // Follow-up reviews monthly from the 31st: each month's last day, 29 February included.
  expect(rule(events[1])).toBe('FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20280630');
  expect(dates(events[1])).toEqual(['2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31', '2028-06-30']);
  // The retrospective, once, on the cycle's last day.
  expect(rule(events[2])).toBeNull();
  expect(dates(events[2])).toEqual(['2028-06-30']);

  // Downloaded again: the same events under the same ids, so a calendar updates them.
  const second = await download(page, button);
  const again = new ICAL.Component(ICAL.parse(second.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  expect(again.map((e) => e.summary)).toEqual(events.map((e) => e.summary));

  // In English, the same events in English words, the same ids.
  await page.getByLabel('Langue').selectOption('en');
  const english = await download(page, page.getByRole('button', { name: 'Add to my calendar (.ics)' }));
  const en = new ICAL.Component(ICAL.parse(english.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(en.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  expect(en[0].summary).toBe('Check-in on the indicateurs de changement — Pilote rituels, accueil');
  expect(problems).toEqual([]);
});

test('where the browser can share files, "Partager" opens the share sheet with the file and the summary', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shares = [];
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value(data) {
        return Boolean(data) && Array.isArray(data.files) && data.files.length > 0
          && data.files.every((f) => f instanceof File && f.type === 'application/json');
      },
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      async value(data) {
        const files = await Promise.all([...data.files].map(async (f) => ({ name: f.name, type: f.type, text: await f.text() })));
        window.__shares.push({ title: data.title, text: data.text, files });
      },
    });
  });
  const problems = watchPage(page);
  await openFresh(page);
  await importSets(page, [ritualSet('rituels-3', 'Pilote partagé')]);
  await openSet(page, 'Pilote partagé');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });

  const share = page.getByTestId('share');
  await expect(share).toHaveText('Partager');
  await share.click();
  await expect.poll(() => page.evaluate(() => window.__shares.length)).toBe(1);
  const [shared] = await page.evaluate(() => window.__shares);
  expect(shared.files).toHaveLength(1);
  expect(shared.files[0].name).toBe('boussole-pilote-partage-2028-03-15.json');
  expect(shared.files[0].type).toBe('application/json');
  const file = JSON.parse(shared.files[0].text);
  expect(file.format).toBe('boussole');
  expect(file.sets.map((s) => s.id)).toEqual(['rituels-3']);
  expect(shared.title).toBe('OKR\u00a0: Pilote partagé');
  expect(shared.text).toContain('Pilote partagé\nAccueil · ');
  expect(shared.text).toContain('Finalité 1\u00a0: Des usagers mieux servis');
  // No download and no mail panel: the sheet did the sharing.
  expect(downloads).toBe(0);
  await expect(page.getByTestId('share-panel')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('without a share sheet, a long summary goes to the clipboard and the mail link stays under 2,000 characters', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A browser whose share sheet takes no files (or has none): mail, as before.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => false });
  });
  await openFresh(page);
  // Three key results of about 430 characters, accents and all: a summary far longer
  // than a mail link may carry once encoded.
  const sentence = 'Part des demandes d’usagers traitées en moins de deux jours ouvrés, accueil téléphonique et guichet';
  const long = (n) => `${Array(4).fill(sentence).join(' ; ')} (n° ${n})`;
  await importSets(page, [ritualSet('rituels-4', 'Pilote au long cours', {}, [1, 2, 3].map(long))]);
  await openSet(page, 'Pilote au long cours');

  const share = page.getByTestId('share');
  await expect(share).toHaveText('Partager par e-mail');
  const [file] = await Promise.all([page.waitForEvent('download'), share.click()]);
  expect(file.suggestedFilename()).toBe('boussole-pilote-au-long-cours-2028-03-15.json');
  await expect(page.getByTestId('paste-hint')).toContainText('collez-le dans le message');

  const href = await page.getByTestId('mail-link').getAttribute('href');
  expect(href.length).toBeLessThan(2000);
  const params = new URLSearchParams(href.slice('mailto:?'.length));
  expect(params.get('subject')).toBe('OKR\u00a0: Pilote au long cours');
  const body = params.get('body');
  expect(body.startsWith('Collez ici le résumé du jeu')).toBe(true);
  expect(body).toContain('Importer un fichier');
  expect(body).not.toContain(long(1));

  // The whole summary is on the clipboard, as the panel shows it.
  await expect(page.getByTestId('toast')).toContainText('Résumé copié');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const n of [1, 2, 3]) expect(copied).toContain(long(n));
  await expect(page.getByTestId('share-panel').locator('textarea')).toHaveValue(copied);
});

test('a set closed early reads as on its closing day: never "not followed" later, no projection', async ({ page }) => {
  const problems = watchPage(page);
  await openFresh(page);
  // Closed on 1 March, a day after its latest check-in; read on 15 March. The same set
  // left open is not followed by then (16 days without a check-in).
  await importSets(page, [
    ritualSet('rituels-clos', 'Pilote clos', { closed: '2028-03-01T17:00:00Z' }),
    ritualSet('rituels-ouvert', 'Pilote ouvert'),
  ]);
  const followUp = async (name) => {
    await page.goto('./index.html#/');
    await openSet(page, name);
    await page.getByTestId('step').filter({ hasText: 'Points d’étape' }).click();
    await expect(page.getByTestId('objective-follow-up')).toHaveCount(1);
    return page.locator('.follow-up');
  };
  const open = await followUp('Pilote ouvert');
  await expect(open).toContainText('Pas suivi depuis deux semaines');
  await expect(open.getByTestId('trend').first()).toBeVisible();
  const closed = await followUp('Pilote clos');
  await expect(closed.getByTestId('kr-follow-up')).toHaveCount(2);
  await expect(closed).not.toContainText('Pas suivi');
  await expect(closed.getByTestId('trend')).toHaveCount(0);
  expect(problems).toEqual([]);
});
