// Language switch: „English“ switches the whole UI, is remembered in localStorage (no cookie),
// „Deutsch“ switches back.
import { test, expect, checkA11y, seedAssessment, startAssessment, storage, questionnaire, counts, navLink, choiceRadio } from './fixtures.mjs';

test('„English“ switches the whole UI and is remembered across reloads without a cookie; „Deutsch“ switches back', async ({ page, context }) => {
  const q = questionnaire();
  const firstQuestion = q.dimensions[0].categories[0].questions[0];
  await seedAssessment(page, { name: 'Sprachdorf', pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : 2) });

  await page.goto('./#/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const english = page.getByRole('link', { name: 'English', exact: true });
  await expect(english).toHaveAttribute('lang', 'en');
  await english.click();

  // Start page in English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Assess your municipality's digital competence");
  await expect(page.getByRole('button', { name: 'Start self-assessment' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Results' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  await expect(page.getByRole('link', { name: 'Deutsch', exact: true })).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle("Assess your municipality's digital competence – DigiKompass");
  await expect(page.getByText('Selbsteinschätzung starten')).toHaveCount(0);

  // Remembered in localStorage, never in a cookie.
  expect(JSON.parse((await storage(page))['digikompass.settings']).lang).toBe('en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Assess your municipality's digital competence");
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // A question in English.
  await page.goto('./#/fragen/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.dimensions[0].categories[0].title.en);
  await expect(page.locator('.progress-text')).toHaveText(`Category 1 of ${counts().categories}`);
  const group = page.getByRole('group', { name: new RegExp(`Question 1 ${firstQuestion.text.en.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(group).toBeVisible();
  await expect(group.getByRole('radio', { name: /^Level 2:/ })).toBeChecked();
  await expect(group.getByRole('radio', { name: 'not applicable' })).toBeVisible();
  await expect(group.getByRole('radio', { name: 'don’t know' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();

  // Results labels in English, numbers in English format.
  await page.goto('./#/ergebnisse');
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page).toHaveTitle('Results – DigiKompass');
  await expect(page.getByRole('heading', { level: 2, name: 'Coverage' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Level per dimension' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Coverage' })).toContainText(`${counts().questions} of ${counts().questions} questions answered with a level or “not applicable” (100%)`);
  const cyber = page.locator('.card').filter({ has: page.getByRole('heading', { level: 3, name: 'Cybersecurity', exact: true }) });
  await expect(cyber.locator('.card__level')).toHaveText('1.0 of 4');
  await expect(cyber.locator('.cap-note')).toContainText('Capped at 1.0 by the critical item');
  await expect(page.getByRole('figure', { name: 'Level, target and comparison group per dimension' })).toBeVisible();
  await expect(page.getByText('Example data (simulated) – not an official state average').first()).toBeVisible();
  await expect(page.locator('main')).toContainText(/Comparison group from example data \(simulated\): .+, \d+ simulated municipalities – not an official state average/);
  await expect(page.locator('main')).not.toContainText('Ergebnisse');
  // The shipped example pack is our text, so it is named in English too.
  await expect(page.locator('.pack-line').first()).toContainText('“Example data: simulated municipalities in Baden-Württemberg”');
  await expect(page.locator('.pack-line').first()).toContainText('Synthetic example data, not an official state average');
  await expect(page.locator('main')).not.toContainText('Synthetische Beispieldaten');
  await checkA11y(page, 'English results');

  // Back to German.
  await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  await expect(cyber.locator('.card__level')).toHaveCount(0);
  await expect(page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Cybersicherheit', exact: true }) }).locator('.card__level')).toHaveText('1,0 von 4');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  expect(JSON.parse((await storage(page))['digikompass.settings']).lang).toBe('de');
  expect(await context.cookies()).toEqual([]);
});

// The English questionnaire texts arrive after the switch and rebuild the page. Held back here
// until the report's heading has been focused, so the rebuild certainly comes second: the focus
// must move to the new heading instead of being lost (a screen reader would lose its place).
test('focus stays on the heading when the English texts arrive after the screen change', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/questionnaire-en-[0-9a-f]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await seedAssessment(page, { name: 'Fokusdorf', scope: 'kurzcheck', pick: () => 2 });
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Report' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Report' });
  await expect(heading).toBeFocused();
  // Still the German dimension titles: the English texts have not arrived.
  const cyber = questionnaire().dimensions.find((d) => d.id === 'cybersicherheit').title;
  await expect(page.locator('#report-dim-cybersicherheit')).toHaveText(cyber.de);
  release();
  await expect(page.locator('#report-dim-cybersicherheit')).toHaveText(cyber.en);
  await expect(heading).toBeFocused();
});

test('when the English texts cannot be loaded, the UI is English, the questions stay German, and a notice says why', async ({ page }) => {
  // The browser logs the refused request itself.
  test.info().annotations.push({ type: 'expected-console-errors' });
  await page.route(/questionnaire-en-([a-z-]+-)?[0-9a-f]+\.json$/, (route) => route.abort('connectionrefused'));
  await seedAssessment(page, { name: 'Offlinedorf', scope: 'kurzcheck', pick: () => 2 });
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.getByText('The English texts of the questionnaire could not be loaded; the questions appear in German.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeFocused();
  const cyber = questionnaire().dimensions.find((d) => d.id === 'cybersicherheit').title;
  await expect(page.locator('#report-dim-cybersicherheit')).toHaveText(cyber.de);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

// The English UI texts are a file of their own (fetched on the switch, or before the start
// when English was chosen last time). Without it the app stays German and says why.
test('when the English UI texts cannot be loaded, the app stays German, says why, and starts in German', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-console-errors' });
  await page.route(/ui-en-[0-9a-f]{16}\.json$/, (route) => route.abort('connectionrefused'));
  await page.goto('./');
  const heading = page.getByRole('heading', { level: 1, name: 'Digitale Kompetenz Ihrer Kommune einschätzen' });
  await expect(heading).toBeVisible();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  const notice = page.getByText('Die englische Fassung konnte nicht geladen werden; DigiKompass bleibt auf Deutsch.');
  await expect(notice).toBeVisible();
  await expect(heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // English chosen last time (in another session that could load it): the start waits for the
  // file, cannot get it, and comes up in German with the notice instead of a half-English page.
  await page.evaluate(() => localStorage.setItem('digikompass.settings', JSON.stringify({ lang: 'en' })));
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(notice).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // Until the user picks a language, English stays the stored choice, also when the settings
  // are saved for another reason (here: the new assessment becomes the open one).
  await page.getByRole('button', { name: 'Selbsteinschätzung starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Ihrer Kommune' })).toBeVisible();
  const settings = JSON.parse(await page.evaluate(() => localStorage.getItem('digikompass.settings')));
  expect(settings.active).toBeTruthy();
  expect(settings.lang).toBe('en');
  // Once the file can be fetched again, the switch works, with one fetch however often
  // „English“ is clicked meanwhile, and the notice goes.
  await page.unroute(/ui-en-[0-9a-f]{16}\.json$/);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  let fetches = 0;
  await page.route(/ui-en-[0-9a-f]{16}\.json$/, async (route) => {
    fetches += 1;
    await held;
    await route.continue();
  });
  const english = page.getByRole('link', { name: 'English', exact: true });
  await english.click();
  await english.click();
  await english.click();
  release();
  await expect(page.getByRole('heading', { level: 1, name: "Your municipality's profile" })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('The English version could not be loaded')).toHaveCount(0);
  expect(fetches).toBe(1);
});

test('when no questionnaire texts can be loaded, the start page still works and the questions say so instead of showing empty labels', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-console-errors' });
  await page.route(/questionnaire-(de|en)-([a-z-]+-)?[0-9a-f]+\.json$/, (route) => route.abort('connectionrefused'));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Digitale Kompetenz Ihrer Kommune einschätzen' })).toBeVisible();
  await expect(page.getByText('Die Texte des Fragebogens konnten nicht geladen werden.')).toBeVisible();
  // The profile shows no questionnaire text; the first question page does.
  await startAssessment(page, { name: 'Textlosdorf' });
  await expect(page.getByRole('heading', { level: 1, name: 'Der Fragebogen konnte nicht geladen werden' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
  await checkA11y(page, 'questionnaire texts unavailable');
  // The assessment was started and saved all the same.
  expect(Object.keys(await storage(page)).some((k) => k.startsWith('digikompass.assessment.'))).toBe(true);
});

test('when a screen\'s code cannot be fetched, the screen says so with a way back, and the app keeps working', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-console-errors' });
  await page.route(/split_auswertung\.wasm$/, (route) => route.abort('connectionrefused'));
  await seedAssessment(page, { name: 'Lückendorf', scope: 'kurzcheck', pick: () => 2 });
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Ergebnisse', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Die Seite konnte nicht geladen werden' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
  await checkA11y(page, 'screen code unavailable');
  // The rest of the app still works: the questions open.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fragen', exact: true }).click();
  await expect(page.locator('fieldset.question').first()).toBeVisible();
});

// The texts come in parts (the common part, the Methodik with the glossary, the next steps, two
// per dimension: its first category and the others): a question page waits for its own part
// only, what the next page shows is fetched once the user answers on the page before it, and
// the screens that evaluate everything fetch the rest.
test('the questions fetch their own category\'s texts, the next page\'s once the user answers, and the results the rest', async ({ page }) => {
  const fetched = [];
  let uiTexts = 0;
  page.on('request', (request) => {
    const m = /questionnaire-(de|en)-(?:([a-z-]+)-)?[0-9a-f]{16}\.json$/.exec(request.url());
    if (m) fetched.push(`${m[1]}:${m[2] ?? 'common'}`);
    if (/ui-de-[0-9a-f]{16}\.json$/.test(request.url())) uiTexts += 1;
  });
  const q = questionnaire();
  const [first, second, ...rest] = q.dimensions;
  const firstPage = page.locator('fieldset.question');
  await startAssessment(page, { name: 'Teilhausen' });
  await expect(firstPage.locator('legend').first()).toContainText(first.categories[0].questions[0].text.de);
  // The first question waits for its own category; the rest of the dimension comes with the
  // first answer.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect([...fetched].sort()).toEqual(['de:common', `de:${first.id}-anfang`]);
  await choiceRadio(firstPage.first(), 2).check();
  await expect.poll(() => fetched.includes(`de:${first.id}`)).toBe(true);
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.categories[1].title.de);
  // The first dimension's last page: an answer there fetches the second dimension's first page.
  await page.goto(`./#/fragen/${first.categories.length}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.categories.at(-1).title.de);
  expect(fetched).not.toContain(`de:${second.id}-anfang`);
  await choiceRadio(firstPage.first(), 1).check();
  await expect.poll(() => fetched.includes(`de:${second.id}-anfang`)).toBe(true);
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.categories[0].title.de);
  await expect(firstPage.locator('legend').first()).toContainText(second.categories[0].questions[0].text.de);
  expect(fetched.filter((f) => rest.some((d) => f.startsWith(`de:${d.id}`)))).toEqual([]);
  // The last page: what the results show arrives ahead, so they do not wait; each part once,
  // German only.
  const everything = ['de:common', 'de:methodik', 'de:schritte', ...q.dimensions.flatMap((d) => [`de:${d.id}-anfang`, `de:${d.id}`])].sort();
  await page.goto(`./#/fragen/${counts().categories}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rest.at(-1).categories.at(-1).title.de);
  await choiceRadio(firstPage.first(), 3).check();
  await expect.poll(() => [...fetched].sort()).toEqual(everything);
  // The German texts of the evaluation screens come with the first of them, not before.
  expect(uiTexts).toBe(0);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Ergebnisse', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  expect([...fetched].sort()).toEqual(everything);
  expect(uiTexts).toBe(1);
});

// The German texts of the evaluation screens are a file fetched with the first of them. Without
// it such a screen says it cannot be loaded, and a switch from English stays English and says why.
test('when the German texts of the evaluation cannot be loaded, its screens say so and nothing shows empty', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-console-errors' });
  const late = /ui-de-[0-9a-f]{16}\.json$/;
  await page.route(late, (route) => route.abort('connectionrefused'));
  await seedAssessment(page, { name: 'Lückenhausen', scope: 'kurzcheck', pick: () => 2 });
  await navLink(page, 'Ergebnisse').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Die Seite konnte nicht geladen werden' })).toBeVisible();
  await checkA11y(page, 'late texts missing');
  // In English the evaluation has all its texts (the failed screen says to reload, and then
  // it is there); back to German it cannot go, and says why.
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The page could not be loaded' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
  await expect(page.getByText('The German version could not be fully loaded; DigiKompass stays in English.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Once the file is there, the switch works and the results are German, with every text.
  await page.unroute(late);
  await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByText('could not be fully loaded')).toHaveCount(0);
  await checkA11y(page, 'late texts there');
});

// The next dimension's texts are fetched once the user answers on the page before it, and may
// arrive while the user is typing: the open page is neither rebuilt nor redrawn for them (they
// join the questionnaire in use when the next page shows them), so nothing loses focus and the
// answer clicks around their arrival stay quick.
test('texts fetched ahead arrive without rebuilding or redrawing the open question page', async ({ page }) => {
  const [first, second] = questionnaire().dimensions;
  let release;
  const held = new Promise((resolve) => (release = resolve));
  let asked = false;
  await page.route(new RegExp(`questionnaire-de-${second.id}-anfang-[0-9a-f]{16}\\.json$`), async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await startAssessment(page, { name: 'Tippheim' });
  await page.goto(`./#/fragen/${first.categories.length}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.categories.at(-1).title.de);
  await choiceRadio(page.locator('fieldset.question').first(), 2).check();
  await expect.poll(() => asked).toBe(true);
  const note = page.locator('fieldset.question').first().getByLabel('Notiz');
  await note.click();
  await note.pressSequentially('Beschluss vom 3. März');
  // Marks the elements as built: a rebuilt page has new ones. Watches the questions' texts: a
  // redrawn page writes them again.
  await page.evaluate(() => {
    document.querySelector('main h1').dataset.built = 'before';
    window.redrawn = [];
    new MutationObserver((records) => window.redrawn.push(...records.map((r) => r.type)))
      .observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
  });
  const fetched = page.waitForResponse((r) => r.url().includes(`questionnaire-de-${second.id}-anfang-`));
  release();
  await fetched;
  // Time for the app to read the file and take the texts in (a rebuild would happen now).
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 250)));
  expect(await page.evaluate(() => window.redrawn)).toEqual([]);
  await note.pressSequentially(', Protokoll liegt vor');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('Beschluss vom 3. März, Protokoll liegt vor');
  await expect(page.locator('main h1')).toHaveAttribute('data-built', 'before');
});
