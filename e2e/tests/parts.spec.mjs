// Teilbögen: the Hauptamt makes a part for the Kämmerei and one for the IT, each answers in its
// own browser and sends the file back, and „Zusammenführen“ takes their answers into the main
// assessment — the one conflict decided by the user, every answer's source shown at the
// question and in the report, every note kept, and the merge undoable. Bad files are each named.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pdfPages } from '../pdf.mjs';
import { brokenWords, horizontalOverflow } from '../layout-probe.mjs';
import {
  ARTIFACTS, test, expect, checkA11y, seedAssessment, navLink, downloadOf, importText, storage, questionnaire,
  buildAssessment, assessmentFile,
} from './fixtures.mjs';

/**
 * The screen as it is, at a phone's and a desktop's width: no word broken by a narrow box, no
 * sideways scrolling, and a screenshot in e2e/artifacts/screens/parts/ to look at.
 */
async function looksRight(page, name) {
  const size = page.viewportSize();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect.soft(await page.evaluate(brokenWords), `${name} at ${width} px: words split over lines`).toEqual([]);
    expect.soft(await page.evaluate(horizontalOverflow), `${name} at ${width} px: sideways overflow`).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'screens', 'parts', `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}

const categories = () => questionnaire().dimensions.flatMap((d) => d.categories);

/** Makes a Teilbogen on „Teilbogen erstellen“ and returns the downloaded file. */
async function createPart(page, label, categoryTitles) {
  await page.goto('./#/');
  await page.getByRole('link', { name: 'Teilbogen erstellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teilbogen erstellen' })).toBeFocused();
  await page.getByLabel('Wer beantwortet den Teilbogen?').fill(label);
  for (const title of categoryTitles) await page.getByRole('checkbox', { name: title, exact: true }).check();
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Teilbogen als Datei speichern' }).click());
  await expect(page.locator('#part-created').getByRole('status')).toContainText(`Der Teilbogen für „${label}“ wurde als „${file.name}“ gespeichert.`);
  return file;
}

/** Someone else, in their own browser: opens the part, answers it with `answer(page)`, saves it. */
async function answerElsewhere(browser, baseURL, part, answer) {
  const context = await browser.newContext({ baseURL, locale: 'de-DE', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const verdict = await importText(page, part.text, { name: part.name });
  await expect(verdict).toContainText('wurde importiert');
  // The start page knows this is a part: nothing to create or merge here.
  await expect(page.getByRole('region', { name: 'Gemeinsam ausfüllen: Teilbögen' })).toContainText('ist selbst ein Teilbogen');
  await page.getByRole('button', { name: 'Fortsetzen' }).click();
  await expect(page.getByRole('region', { name: /^Teilbogen für „/ })).toBeVisible();
  await answer(page);
  const returned = await downloadOf(page, () => page.getByRole('button', { name: 'Teilbogen als Datei speichern' }).click());
  await expect(page.locator('#part-returned')).toContainText(`„${returned.name}“`);
  expect(errors).toEqual([]);
  await context.close();
  return returned;
}

test('two Teilbögen with one conflict merge into the answers chosen, with their sources shown; undo restores', async ({ page, browser }, testInfo) => {
  const [first, second] = categories();
  const [a, b] = first.questions;
  const c = second.questions[0];
  const main = await seedAssessment(page, { name: 'Teilhausen', answers: { [a.id]: { response: 1, note: 'Vermerk Hauptamt' } } });

  // „Teilbogen erstellen“: nothing chosen → both problems named, focus on the summary.
  await page.goto('./#/teilbogen');
  await page.getByRole('button', { name: 'Teilbogen als Datei speichern' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Bitte ergänzen Sie' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Bitte geben Sie an, wer den Teilbogen beantwortet.', 'Bitte wählen Sie mindestens einen Bereich.']);
  await checkA11y(page, 'Teilbogen erstellen with errors');
  await looksRight(page, 'teilbogen-erstellen-fehler-de');

  const kaemmereiPart = await createPart(page, 'Kämmerei', [first.title.de]);
  expect(kaemmereiPart.name).toMatch(/^digikompass-teilhausen-teilbogen-kaemmerei-\d{4}-\d\d-\d\d\.json$/);
  const made = JSON.parse(kaemmereiPart.text);
  expect(made.assessment.part).toEqual({ label: 'Kämmerei', main_id: main.id, categories: [first.id] });
  expect(made.assessment.answers[a.id].response, 'what is known goes with the part').toEqual({ kind: 'level', level: 1 });
  const itPart = await createPart(page, 'IT-Leitung', [first.title.de, second.title.de]);

  const baseURL = testInfo.project.use.baseURL;
  const kaemmerei = await answerElsewhere(browser, baseURL, kaemmereiPart, async (p) => {
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(first.title.de);
    await expect(p.locator('.progress-text')).toHaveText('Kategorie 1 von 1');
    await p.locator(`#q-${a.id}-l2`).check();
    await p.locator(`#q-${a.id}-note`).fill('Rechnungsprüfung 2025');
    await p.locator(`#q-${b.id}-l3`).check();
    // The profile belongs to the main assessment: read only here.
    await p.goto('./#/profil');
    await expect(p.getByLabel('Name der Kommune')).toBeDisabled();
    await expect(p.getByLabel('Name der Kommune')).toHaveValue('Teilhausen');
    await checkA11y(p, 'profile of a Teilbogen');
    // A part is evaluated only once merged: no results in the navigation, and their address
    // says why instead of showing results of a few questions.
    await expect(navLink(p, 'Fragen')).toBeVisible();
    for (const name of ['Ergebnisse', 'Maßnahmenplan', 'Bericht', 'Verlauf']) await expect(navLink(p, name)).toHaveCount(0);
    await p.goto('./#/ergebnisse');
    await expect(p.getByRole('heading', { level: 1, name: 'Ausgewertet wird erst nach dem Zusammenführen' })).toBeFocused();
    // The way back leads to the last question page, where the part is saved as a file.
    await expect(p.getByRole('link', { name: 'Zur letzten Fragenseite' })).toHaveAttribute('href', '#/fragen/1');
    await expect(p.getByRole('main')).toContainText('entstehen in der Selbsteinschätzung von „Teilhausen“');
    await checkA11y(p, 'results address of a Teilbogen');
    await looksRight(p, 'teilbogen-auswertung-de');
    await p.goto('./#/profil');
    await p.getByRole('button', { name: 'Weiter' }).click();
  });
  const it = await answerElsewhere(browser, baseURL, itPart, async (p) => {
    await expect(p.locator('.progress-text')).toHaveText('Kategorie 1 von 2');
    await p.locator(`#q-${b.id}-l3`).check();
    await checkA11y(p, 'question page of a Teilbogen');
    await looksRight(p, 'teilbogen-fragen-de');
    await p.getByRole('button', { name: 'Weiter' }).click();
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(second.title.de);
    await p.locator(`#q-${c.id}-l4`).check();
  });

  // Back at the Hauptamt: choose both files → „Zusammenführen“.
  await page.goto('./#/');
  await page.getByLabel('Teilbögen zusammenführen').setInputFiles([
    { name: kaemmerei.name, mimeType: 'application/json', buffer: kaemmerei.buffer },
    { name: it.name, mimeType: 'application/json', buffer: it.buffer },
  ]);
  await expect(page.getByRole('heading', { level: 1, name: 'Zusammenführen' })).toBeFocused();
  const parts = page.getByRole('table', { name: 'Gewählte Teilbögen' });
  await expect(parts.getByRole('row', { name: /^Kämmerei/ }).getByRole('cell')).toHaveText(['2', first.title.de]);
  await expect(parts.getByRole('row', { name: /^IT-Leitung/ }).getByRole('cell')).toHaveText(['3', `${first.title.de}, ${second.title.de}`]);
  await expect(page.getByText('Eine Frage wurde unterschiedlich beantwortet.')).toBeVisible();
  const conflict = page.getByRole('group', { name: a.text.de });
  await expect(conflict.getByRole('radio')).toHaveCount(2);
  await checkA11y(page, 'Zusammenführen');
  await looksRight(page, 'zusammenfuehren-de');

  // Nothing chosen: the merge waits, and says for which question.
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  const undecided = page.getByRole('alert').filter({ hasText: 'Noch nicht entschieden' });
  await expect(undecided).toBeFocused();
  await expect(undecided.getByRole('link')).toHaveText([a.text.de]);
  const before = await storage(page);

  await conflict.getByRole('radio', { name: /^Kämmerei: Stufe 2/ }).check();
  expect(await storage(page), 'nothing changes until the user confirms').toEqual(before);
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.locator('#merge-done')).toHaveText('Zusammengeführt. Aus den Teilbögen wurden 3 Antworten übernommen.');
  await checkA11y(page, 'merged');

  const checkMerged = async () => {
    await page.goto('./#/fragen/1');
    await expect(page.locator(`#q-${a.id}-l2`)).toBeChecked();
    const qa = page.locator(`#question-${a.id}`);
    await expect(qa.locator('.question__source')).toHaveText('Antwort von: Kämmerei');
    await expect(page.locator(`#q-${a.id}-note`)).toHaveValue('Vermerk Hauptamt\nKämmerei: Rechnungsprüfung 2025');
    await expect(page.locator(`#q-${b.id}-l3`)).toBeChecked();
    await page.goto('./#/fragen/2');
    await expect(page.locator(`#q-${c.id}-l4`)).toBeChecked();
    await expect(page.locator(`#question-${c.id} .question__source`)).toHaveText('Antwort von: IT-Leitung');
  };
  await checkMerged();
  await page.reload();
  await checkMerged();

  // The report's annex names every answer's source.
  await navLink(page, 'Bericht').click();
  const annex = page.getByRole('table', { name: 'Antworten aus Teilbögen' });
  await expect(annex.getByRole('row')).toHaveCount(4);
  await expect(annex.getByRole('row').filter({ hasText: c.text.de })).toContainText('IT-Leitung');
  await expect(annex.getByRole('row').filter({ hasText: a.text.de })).toContainText('Kämmerei');
  await annex.scrollIntoViewIfNeeded();
  await looksRight(page, 'bericht-herkunft-de');
  // And on paper: the annex is printed with its sources.
  const pdf = join(ARTIFACTS, 'bericht-teilboegen-de.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const printed = pdfPages(pdf).join('\n');
  expect(printed).toContain('Herkunft der Antworten');
  expect(printed).toMatch(/IT-Leitung/);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);

  // Merging the same parts again changes nothing: no conflict, nothing taken over.
  await page.goto('./#/');
  await page.getByLabel('Teilbögen zusammenführen').setInputFiles([
    { name: kaemmerei.name, mimeType: 'application/json', buffer: kaemmerei.buffer },
  ]);
  await expect(page.getByText('Keine Frage wurde unterschiedlich beantwortet.')).toBeVisible();
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.locator('#merge-done')).toHaveText('Zusammengeführt. Aus den Teilbögen wurden 0 Antworten übernommen.');

  // Undo puts the assessment back as it was before that merge: still the merged answers.
  await page.getByRole('button', { name: 'Rückgängig machen' }).click();
  await expect(page.locator('#merge-undone').getByRole('status')).toContainText('wieder wie vorher');
  await checkMerged();
});

test('undo after a merge restores the assessment as it was', async ({ page }) => {
  const [first] = categories();
  const a = first.questions[0];
  const main = await seedAssessment(page, { name: 'Rückhausen', answers: { [a.id]: 1 } });
  const part = buildAssessment({ id: 'teil-1', name: 'Rückhausen', answers: { [a.id]: 3 } });
  part.part = { label: 'ISB', main_id: main.id, categories: [first.id] };
  await page.getByLabel('Teilbögen zusammenführen').setInputFiles([
    { name: 'isb.json', mimeType: 'application/json', buffer: Buffer.from(assessmentFile(part, { formatVersion: 3 })) },
  ]);
  await page.getByRole('group', { name: a.text.de }).getByRole('radio', { name: /^ISB: Stufe 3/ }).check();
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.locator('#merge-done')).toHaveText('Zusammengeführt. Aus den Teilbögen wurde eine Antwort übernommen.');
  await page.getByRole('button', { name: 'Rückgängig machen' }).click();
  await expect(page.locator('#merge-undone')).toBeFocused();
  await page.goto('./#/fragen/1');
  await expect(page.locator(`#q-${a.id}-l1`)).toBeChecked();
  await expect(page.locator(`#question-${a.id} .question__source`)).toHaveCount(0);
});

test('bad Teilbogen files are each named and nothing changes', async ({ page }) => {
  const q = questionnaire();
  const [first] = categories();
  const main = await seedAssessment(page, { name: 'Prüfhausen', pick: () => 2 });
  const partOf = (id, mainId, extra = {}) => {
    const part = buildAssessment({ id, name: 'Prüfhausen', ...extra });
    part.part = { label: 'Kämmerei', main_id: mainId, categories: [first.id] };
    return part;
  };
  const file = (name, assessment, version = 3) => ({ name, mimeType: 'application/json', buffer: Buffer.from(assessmentFile(assessment, { formatVersion: version })) });
  const good = partOf('teil-gut', main.id);
  const older = partOf('teil-alt', main.id);
  older.questionnaire_version = q.version - 1;
  const before = await storage(page);
  await page.getByLabel('Teilbögen zusammenführen').setInputFiles([
    file('gut.json', good),
    file('ganz.json', main, 2),
    file('fremd.json', partOf('teil-fremd', 'eine-andere-einschaetzung')),
    file('alt.json', older),
    file('doppelt.json', good),
    { name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('kein JSON') },
  ]);
  const alert = page.locator('#merge-result').getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(page.locator('#merge-result')).toBeFocused();
  await expect(alert.getByRole('heading')).toHaveText('Die Teilbögen wurden nicht übernommen');
  await expect(alert.getByRole('listitem')).toHaveText([
    /^„ganz\.json“: Diese Datei ist eine ganze Selbsteinschätzung, kein Teilbogen\./,
    /^„fremd\.json“: Dieser Teilbogen gehört zu einer anderen Selbsteinschätzung\./,
    new RegExp(`^„alt\\.json“: Dieser Teilbogen wurde für Version ${q.version - 1} des Fragebogens erstellt, Ihre Selbsteinschätzung nutzt Version ${q.version}\\.`),
    /^„doppelt\.json“: Dieser Teilbogen ist doppelt gewählt\./,
    /^„notiz\.txt“: /,
  ]);
  await expect(alert).toContainText('Ihre Selbsteinschätzung ist unverändert.');
  await checkA11y(page, 'bad Teilbogen files');
  await page.locator('#merge-result').scrollIntoViewIfNeeded();
  await looksRight(page, 'teilboegen-fehler-de');
  expect(await storage(page)).toEqual(before);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digitale Kompetenz Ihrer Kommune einschätzen');
});

test('English: the merge screen and its choices are translated', async ({ page }) => {
  const [first] = categories();
  const a = first.questions[0];
  const main = await seedAssessment(page, { name: 'Englhausen', answers: { [a.id]: 0 } });
  const part = buildAssessment({ id: 'teil-en', name: 'Englhausen', answers: { [a.id]: 2 } });
  part.part = { label: 'Treasury', main_id: main.id, categories: [first.id] };
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await page.getByLabel('Merge partial questionnaires').setInputFiles([
    { name: 'treasury.json', mimeType: 'application/json', buffer: Buffer.from(assessmentFile(part, { formatVersion: 3 })) },
  ]);
  await expect(page.getByRole('heading', { level: 1, name: 'Merge' })).toBeFocused();
  const group = page.getByRole('group', { name: a.text.en });
  await expect(group.getByRole('radio', { name: /^Earlier answer: Level 0/ })).toBeVisible();
  await expect(group.getByRole('radio', { name: /^Treasury: Level 2/ })).toBeVisible();
  await checkA11y(page, 'merge in English');
  await looksRight(page, 'zusammenfuehren-en');
});
