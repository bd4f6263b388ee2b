// Persistence: export → clear storage → import restores everything; reload returns to the same
// screen; „Fortsetzen“; several assessments side by side; „Als Folgejahr kopieren“; delete.
import { writeFileSync } from 'node:fs';
import {
  test, expect, checkA11y, choiceRadio, downloadOf, importInput, seedAssessment, savedNames, storage, today, questionnaire, counts } from './fixtures.mjs';

const NOTE_1 = 'Beschluss des Gemeinderats vom 12.03.2025; Anlage 4 – „Leitlinie“';
const NOTE_4 = 'Läuft über Komm.ONE, Vertrag Nr. 17/2024';
const REASON = 'Keine eigene IT-Beschaffung: alles über den GVV';

test('export, clear storage, import gives back every answer, note and profile field', async ({ page }, testInfo) => {
  // --- Profile with every field.
  await page.goto('./');
  await page.getByRole('button', { name: 'Selbsteinschätzung starten' }).click();
  await page.getByLabel('Name der Kommune').fill('Exporthausen');
  await page.getByLabel('Art der Kommune').selectOption({ label: 'Stadt' });
  await page.getByLabel('Einwohnerzahl').fill('12.500');
  await page.getByLabel('Amtlicher Gemeindeschlüssel (AGS)').fill('08115003');
  await page.getByLabel('Landkreis').fill('Böblingen');
  await page.getByRole('group', { name: 'Wer betreibt Ihre IT überwiegend?' }).getByLabel('Anderer Dienstleister').check();
  await page.getByLabel('Name des Dienstleisters').fill('IT-Zweckverband Gäu');
  await page.getByLabel('Wer beantwortet die Fragen?').fill('Hauptamt (Frau Roth), ISB');
  await page.getByRole('group', { name: 'Umfang' }).getByLabel('Vollständiger Check').check();
  await page.getByRole('button', { name: 'Weiter' }).click();

  // --- Page 1: a level with a note, „nicht zutreffend“ with and without reason.
  const groups = page.locator('fieldset.question');
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 1 von ${counts().categories}`);
  await choiceRadio(groups.nth(0), 3).check();
  await groups.nth(0).getByLabel('Notiz oder Nachweis').fill(NOTE_1);
  await choiceRadio(groups.nth(1), 'na').check();
  await groups.nth(1).getByLabel('Begründung für „nicht zutreffend“').fill(REASON);
  await expect(groups.nth(1).getByText('Bitte nennen Sie kurz den Grund.')).toHaveCount(0);
  await choiceRadio(groups.nth(2), 'na').check();
  // The missing reason is flagged, and tied to the input …
  const missing = groups.nth(2).getByText('Bitte nennen Sie kurz den Grund. Sie können trotzdem weitermachen.');
  await expect(missing).toBeVisible();
  await expect(groups.nth(2).getByLabel('Begründung für „nicht zutreffend“')).toHaveAccessibleDescription(/Bitte nennen Sie kurz den Grund/);
  await checkA11y(page, 'page 1 with missing reason');
  // … but never blocks „Weiter“.
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 2 von ${counts().categories}`);

  // --- Page 2: „weiß nicht“, provider-run with a level assured in writing, a provider flag with a
  // note only.
  const assuredYes = (group) => group.getByRole('radio', { name: 'Ja – die gewählte Stufe ist schriftlich zugesichert' });
  await choiceRadio(groups.nth(0), 'dk').check();
  await choiceRadio(groups.nth(1), 1).check();
  await groups.nth(1).getByLabel('Erbringt unser IT-Dienstleister').check();
  await assuredYes(groups.nth(1)).check();
  await groups.nth(2).getByLabel('Erbringt unser IT-Dienstleister').check();
  await groups.nth(2).getByLabel('Notiz oder Nachweis').fill(NOTE_4);
  await expect(page.locator('#save-status')).toContainText('Gespeichert');

  // --- Export.
  const { name: fileName, text } = await downloadOf(page, () => page.getByRole('button', { name: 'Exportieren' }).click());
  expect(fileName).toBe(`digikompass-exporthausen-${today()}.json`);
  const file = JSON.parse(text);
  expect(file.format).toBe('digikompass-assessment');
  expect(file.format_version).toBe(3);
  const exported = file.assessment;
  const q = questionnaire();
  expect(exported.questionnaire_id).toBe(q.id);
  expect(exported.questionnaire_version).toBe(q.version);
  expect(exported.date).toBe(today());
  expect(exported.profile).toEqual({
    name: 'Exporthausen', kind: 'stadt', inhabitants: 12500, ags: '08115003', landkreis: 'Böblingen',
    it_provider: 'anderer', it_provider_name: 'IT-Zweckverband Gäu', respondent: 'Hauptamt (Frau Roth), ISB', scope: 'full',
  });
  const [os1, os2, os3] = q.dimensions[0].categories[0].questions.map((x) => x.id);
  const [inv1, inv2, inv3] = q.dimensions[0].categories[1].questions.map((x) => x.id);
  expect(exported.answers).toEqual({
    [os1]: { response: { kind: 'level', level: 3 }, note: NOTE_1 },
    [os2]: { response: { kind: 'not-applicable', reason: REASON } },
    [os3]: { response: { kind: 'not-applicable', reason: '' } },
    [inv1]: { response: { kind: 'dont-know' } },
    [inv2]: { response: { kind: 'level', level: 1 }, by_provider: true, assured: true },
    [inv3]: { note: NOTE_4, by_provider: true },
  });
  const path = testInfo.outputPath(fileName);
  writeFileSync(path, text);

  // --- Clear storage, reload: nothing left. (First wait for the last note's save, which
  // waits for a pause in typing; else leaving the page would save it again.)
  await expect.poll(async () => JSON.stringify(await storage(page))).toContain('Vertrag Nr. 17/2024');
  await page.evaluate(() => localStorage.clear());
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByText('In diesem Browser ist noch keine Selbsteinschätzung gespeichert.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fortsetzen' })).toHaveCount(0);

  // --- Import the file.
  await importInput(page).setInputFiles(path);
  await expect(page.locator('#import-result').getByRole('status')).toHaveText('„Exporthausen“ wurde importiert.');
  await expect(page.locator('#import-result')).toBeFocused();
  await expect.poll(() => savedNames(page)).toEqual(['Exporthausen']);

  // The stored copy equals the export (apart from the time of the last change).
  const stored = await storage(page);
  const key = `digikompass.assessment.${exported.id}`;
  expect(Object.keys(stored)).toContain(key);
  const restored = JSON.parse(stored[key]).assessment;
  expect({ ...restored, updated_ms: 0 }).toEqual({ ...exported, updated_ms: 0 });

  // --- And the screens show it all again.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Profil' }).click();
  await expect(page.getByLabel('Name der Kommune')).toHaveValue('Exporthausen');
  await expect(page.getByLabel('Art der Kommune')).toHaveValue('stadt');
  await expect(page.getByLabel('Einwohnerzahl')).toHaveValue('12500');
  await expect(page.getByLabel('Amtlicher Gemeindeschlüssel (AGS)')).toHaveValue('08115003');
  await expect(page.getByLabel('Landkreis')).toHaveValue('Böblingen');
  await expect(page.getByRole('group', { name: 'Wer betreibt Ihre IT überwiegend?' }).getByLabel('Anderer Dienstleister')).toBeChecked();
  await expect(page.getByLabel('Name des Dienstleisters')).toHaveValue('IT-Zweckverband Gäu');
  await expect(page.getByLabel('Wer beantwortet die Fragen?')).toHaveValue('Hauptamt (Frau Roth), ISB');
  await expect(page.getByRole('group', { name: 'Umfang' }).getByLabel('Vollständiger Check')).toBeChecked();

  await page.goto('./#/fragen/1');
  await expect(choiceRadio(groups.nth(0), 3)).toBeChecked();
  await expect(groups.nth(0).getByLabel('Notiz oder Nachweis')).toHaveValue(NOTE_1);
  await expect(choiceRadio(groups.nth(1), 'na')).toBeChecked();
  await expect(groups.nth(1).getByLabel('Begründung für „nicht zutreffend“')).toHaveValue(REASON);
  await expect(choiceRadio(groups.nth(2), 'na')).toBeChecked();
  await expect(groups.nth(2).getByLabel('Begründung für „nicht zutreffend“')).toHaveValue('');
  await expect(missing).toBeVisible();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(choiceRadio(groups.nth(0), 'dk')).toBeChecked();
  await expect(choiceRadio(groups.nth(1), 1)).toBeChecked();
  await expect(groups.nth(1).getByLabel('Erbringt unser IT-Dienstleister')).toBeChecked();
  await expect(assuredYes(groups.nth(1))).toBeChecked();
  await expect(groups.nth(1).locator('.badge--assured')).toHaveText('vom Dienstleister zugesichert');
  await expect(groups.nth(0).getByLabel('Erbringt unser IT-Dienstleister')).not.toBeChecked();
  await expect(groups.nth(2).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(groups.nth(2).getByLabel('Erbringt unser IT-Dienstleister')).toBeChecked();
  await expect(groups.nth(2).getByLabel('Notiz oder Nachweis')).toHaveValue(NOTE_4);
});

test('a reload returns to the screen the user was on; the start page offers „Fortsetzen“', async ({ page }) => {
  const q = questionnaire();
  const categories = q.dimensions.flatMap((d) => d.categories);
  // Everything answered up to category 5; the rest open.
  const firstOpen = 5;
  const answered = new Set(categories.slice(0, firstOpen).flatMap((c) => c.questions.map((x) => x.id)));
  await seedAssessment(page, { name: 'Reloadingen', pick: (x) => (answered.has(x.id) ? 2 : null) });

  await page.goto('./#/ergebnisse');
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  await expect(page).toHaveURL(/#\/ergebnisse$/);
  await expect(page.locator('main .lead')).toContainText('Reloadingen');

  await page.goto('./#/fragen/3');
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 3 von ${counts().categories}`);
  await page.reload();
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 3 von ${counts().categories}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(categories[2].title.de);
  await expect(page.locator('fieldset.question').first().getByRole('radio', { name: /^Stufe 2:/ })).toBeChecked();
  await expect(page).toHaveTitle(`${categories[2].title.de} – DigiKompass`);

  await page.goto('./#/massnahmen');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmenplan' })).toBeVisible();

  // Start page: „Fortsetzen“ goes to the first category with an open question.
  await page.goto('./#/');
  await page.reload();
  const resume = page.getByRole('region', { name: 'Weiterarbeiten' });
  await expect(resume).toContainText(`Zuletzt bearbeitet: „Reloadingen“ vom ${today().split('-').reverse().join('.')}.`);
  await checkA11y(page, 'start with Fortsetzen');
  await resume.getByRole('button', { name: 'Fortsetzen' }).click();
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie ${firstOpen + 1} von ${counts().categories}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(categories[firstOpen].title.de);
});

test('two assessments side by side, „Als Folgejahr kopieren“, delete with confirmation', async ({ page }) => {
  await seedAssessment(page, { id: 'e2e-altdorf', name: 'Altdorf', date: '2025-10-01', pick: () => 3,
    measures: { 'cs-identity-mfa-remote': { owner: 'Herr Alt', status: 'erledigt' } } });
  await seedAssessment(page, { id: 'e2e-bergheim', name: 'Bergheim', kind: 'stadt', inhabitants: 8000, date: '2025-11-15', pick: (x) => (x.kurzcheck ? 1 : null), scope: 'kurzcheck' });
  await page.reload();

  const table = page.getByRole('table', { name: 'Selbsteinschätzungen in diesem Browser' });
  await expect.poll(() => savedNames(page)).toEqual(['Bergheim', 'Altdorf']);
  const altdorf = table.getByRole('row', { name: /^Altdorf/ });
  await expect(altdorf.getByRole('cell').nth(0)).toHaveText('01.10.2025');
  await expect(altdorf.getByRole('cell').nth(1)).toHaveText('Vollständiger Check');
  await expect(altdorf.getByRole('cell').nth(2)).toHaveText(/100\s%/);
  const bergheim = table.getByRole('row', { name: /^Bergheim/ });
  await expect(bergheim.getByRole('cell').nth(1)).toHaveText('Kurzcheck');
  await expect(bergheim.getByRole('cell').nth(2)).toHaveText(/100\s%/);

  // Open one of them by name.
  await page.getByRole('button', { name: '„Altdorf“ öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  await expect(page.locator('main .lead')).toContainText('Altdorf, Selbsteinschätzung vom 01.10.2025');
  await page.goto('./#/');

  // Copy for next year: same profile and answers, today's date, measure tracking reset.
  await page.getByRole('button', { name: '„Altdorf“ als Folgejahr kopieren' }).click();
  await expect(page.getByRole('region', { name: 'Gespeicherte Selbsteinschätzungen' }).getByRole('status'))
    .toHaveText('Kopie für das Folgejahr angelegt. Antworten und Profil wurden übernommen.');
  await expect.poll(async () => (await savedNames(page)).sort()).toEqual(['Altdorf', 'Altdorf', 'Bergheim']);
  const stored = await storage(page);
  const copies = Object.entries(stored).filter(([k]) => k.startsWith('digikompass.assessment.')).map(([, v]) => JSON.parse(v).assessment);
  expect(copies).toHaveLength(3);
  const copy = copies.find((a) => a.profile.name === 'Altdorf' && a.id !== 'e2e-altdorf');
  const original = copies.find((a) => a.id === 'e2e-altdorf');
  expect(copy.date).toBe(today());
  expect(copy.profile).toEqual(original.profile);
  expect(copy.answers).toEqual(original.answers);
  expect(copy.measures).toEqual({});
  await expect(table.getByRole('row', { name: /^Altdorf/ }).filter({ hasText: today().split('-').reverse().join('.') })).toHaveCount(1);
  // The copy is now the open one.
  await expect(page.getByRole('region', { name: 'Weiterarbeiten' })).toContainText(`„Altdorf“ vom ${today().split('-').reverse().join('.')}`);

  // Delete asks first; „Abbrechen“ keeps it.
  const del = page.getByRole('button', { name: '„Bergheim“ löschen' });
  await expect(del).toHaveAttribute('aria-expanded', 'false');
  await del.click();
  await expect(del).toHaveAttribute('aria-expanded', 'true');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('„Bergheim“ wirklich löschen? Das kann nicht rückgängig gemacht werden.');
  await checkA11y(page, 'delete confirmation');
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toHaveCount(0);
  await expect.poll(async () => (await savedNames(page)).sort()).toEqual(['Altdorf', 'Altdorf', 'Bergheim']);

  await del.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, endgültig löschen' }).click();
  await expect(page.getByRole('region', { name: 'Gespeicherte Selbsteinschätzungen' }).getByRole('status')).toHaveText('„Bergheim“ wurde gelöscht.');
  await expect.poll(async () => (await savedNames(page)).sort()).toEqual(['Altdorf', 'Altdorf']);
  expect(Object.keys(await storage(page))).not.toContain('digikompass.assessment.e2e-bergheim');
  await page.reload();
  await expect.poll(async () => (await savedNames(page)).sort()).toEqual(['Altdorf', 'Altdorf']);
});

test('a note is saved after a pause in typing, not per keystroke, and a reload at once loses nothing', async ({ page }) => {
  await seedAssessment(page, { name: 'Tippingen', pick: () => null });
  await page.goto('./#/fragen/1');
  const note = page.getByLabel('Notiz').first();
  const stored = async () => {
    const entry = Object.entries(await storage(page)).find(([k]) => k.startsWith('digikompass.assessment.'));
    return JSON.parse(entry[1]).assessment;
  };
  // Count the writes of the assessment: one per pause in typing, not one per keystroke. (A
  // busy machine may pause the 26 keystrokes once or twice; it never writes 26 times.)
  await page.evaluate(() => {
    window.__writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('digikompass.assessment.')) window.__writes += 1;
      return setItem.call(this, key, value);
    };
  });

  // Typing is shown at once; storage is written only when typing pauses.
  await note.pressSequentially('Mit dem Landratsamt klären', { delay: 20 });
  await expect.poll(async () => Object.values((await stored()).answers).map((a) => a.note)).toContain('Mit dem Landratsamt klären');
  expect(await page.evaluate(() => window.__writes)).toBeGreaterThanOrEqual(1);
  expect(await page.evaluate(() => window.__writes), 'writes for 26 keystrokes').toBeLessThanOrEqual(3);

  // Typing and leaving at once: the page's `pagehide` saves what still waits for the pause.
  await note.pressSequentially(' – bis März', { delay: 10 });
  await page.reload();
  await expect(page.getByLabel('Notiz').first()).toHaveValue('Mit dem Landratsamt klären – bis März');
});
