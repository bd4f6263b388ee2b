// Damaged storage, blocked storage, full storage and hostile or wrong import files.
import { openSync, writeSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  test, expect, checkA11y, startAssessment, answerPage, choiceRadio, downloadOf, importInput, importText, seedAssessment,
  buildAssessment, assessmentFile, savedNames, storage, navLink, ROOT, counts } from './fixtures.mjs';

const GARBAGE = '{"format":"digikompass-assessment", kaputt …';
const V1 = {
  format: 'digikompass-assessment',
  format_version: 1,
  id: 'v1-altstadt',
  questionnaire: 'digikompass-kommunal',
  questionnaire_version: 1,
  date: '2025-06-30',
  kommune: 'Altstadt (Prototyp)',
  answers: { 'os-strategy-goal': 3, 'os-strategy-roadmap': 'nz', 'os-strategy-resources': '?', 'cs-identity-mfa': 1 },
};

const V1_STORED = { ...V1, answers: { ...V1.answers, 'os-gibt-es-nicht-mehr': 2 } };

test.describe('damaged storage', () => {
  test('garbage, an old v1 entry, another app and damaged settings: the app starts and says what it could not read', async ({ page }) => {
    const good = buildAssessment({ id: 'e2e-gutdorf', name: 'Gutdorf', pick: () => 2 });
    await page.goto('./');
    // The app has read the empty storage before the entries below are written (see the next test).
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(({ garbage, v1, good }) => {
      localStorage.clear();
      localStorage.setItem('digikompass.assessment.x', garbage);
      localStorage.setItem('digikompass.assessment.v1-altstadt', JSON.stringify(v1));
      localStorage.setItem('digikompass.assessment.e2e-gutdorf', JSON.stringify({ format: 'digikompass-assessment', format_version: 2, assessment: good }));
      localStorage.setItem('digikompass.settings', '{"lang": "de", "active": ');
      localStorage.setItem('otherapp.session', '{"user":"mia","theme":"dark"}');
      localStorage.setItem('digikompassX', 'not ours either');
    }, { garbage: GARBAGE, v1: V1_STORED, good });
    await page.reload();

    // Notices: one unreadable entry, settings reset.
    const notices = page.getByRole('region', { name: 'Hinweise' });
    await expect(notices).toBeVisible();
    await expect(notices.getByRole('alert').filter({ hasText: 'Ein gespeicherter Eintrag konnte nicht gelesen werden.' })).toBeVisible();
    await expect(notices.getByRole('alert').filter({ hasText: 'Die gespeicherten Einstellungen waren beschädigt und wurden zurückgesetzt.' })).toBeVisible();

    // „Nicht lesbare Einträge“ names the key and the reason.
    const unreadable = page.getByRole('region', { name: 'Nicht lesbare Einträge' });
    await expect(unreadable).toBeVisible();
    await expect(unreadable.getByRole('listitem')).toHaveCount(1);
    await expect(unreadable.getByRole('listitem')).toContainText('Eintrag digikompass.assessment.x: Die Datei ist keine DigiKompass-Datei (kein gültiges JSON).');
    await checkA11y(page, 'start with unreadable entries');

    // „Rohdaten sichern“ downloads the raw text, byte for byte.
    const raw = await downloadOf(page, () => unreadable.getByRole('button', { name: 'Rohdaten sichern' }).click());
    expect(raw.name).toBe('digikompass-assessment-x.txt');
    expect(raw.text).toBe(GARBAGE);

    // The v1 entry is converted, and the notice names the answer that could not be carried over
    // and says where the original is.
    const migratedNotice = notices.getByRole('alert').filter({ hasText: 'Gespeicherte Selbsteinschätzungen aus einer älteren Version wurden umgewandelt (Anzahl: 1).' });
    await expect(migratedNotice).toContainText('Nicht alle Antworten ließen sich unverändert übernehmen: 2 (cs-identity-mfa, os-gibt-es-nicht-mehr).');
    await expect(migratedNotice).toContainText('Die ursprüngliche Fassung bleibt gespeichert; Sie können sie auf der Startseite als Datei sichern.');
    // Nothing is lost: the original text is kept under its own key and offered as a file.
    const originals = page.getByRole('region', { name: 'Ursprüngliche Fassungen umgewandelter Selbsteinschätzungen' });
    await expect(originals.getByRole('listitem')).toHaveText(/^„Altstadt \(Prototyp\)“ – nicht unverändert übernommene Antworten: 2 \(cs-identity-mfa, os-gibt-es-nicht-mehr\)/);
    const save = originals.getByRole('button', { name: 'Ursprüngliche Fassung sichern' });
    await expect(save).toHaveAccessibleDescription(/^„Altstadt \(Prototyp\)“ – nicht unverändert übernommene Antworten: 2/);
    const original = await downloadOf(page, () => save.click());
    expect(original.name).toBe('digikompass-original-v1-altstadt.json');
    expect(original.text).toBe(JSON.stringify(V1_STORED));
    expect((await storage(page))['digikompass.original.v1-altstadt']).toBe(JSON.stringify(V1_STORED));
    // The other assessments load; the v1 one is migrated and listed by its name.
    await expect.poll(async () => (await savedNames(page)).sort()).toEqual(['Altstadt (Prototyp)', 'Gutdorf']);
    const after = await storage(page);
    expect(after['otherapp.session']).toBe('{"user":"mia","theme":"dark"}');
    expect(after.digikompassX).toBe('not ours either');
    expect(after['digikompass.assessment.x']).toBe(GARBAGE);
    const migrated = JSON.parse(after['digikompass.assessment.v1-altstadt']);
    expect(migrated.format_version).toBe(3);
    expect(migrated.assessment.profile.name).toBe('Altstadt (Prototyp)');
    expect(migrated.assessment.answers['os-strategy-goal']).toEqual({ response: { kind: 'level', level: 3 } });
    expect(migrated.assessment.answers['os-strategy-roadmap']).toEqual({ response: { kind: 'not-applicable', reason: '' } });
    expect(migrated.assessment.answers['os-strategy-resources']).toEqual({ response: { kind: 'dont-know' } });

    // The migrated answers show on its question page.
    await page.getByRole('button', { name: '„Altstadt (Prototyp)“ öffnen' }).click();
    // Category 1 is fully answered, so „Öffnen“ resumes on category 2.
    await expect(page.locator('.progress-text')).toHaveText(`Kategorie 2 von ${counts().categories}`);
    await page.goto('./#/fragen/1');
    const groups = page.locator('fieldset.question');
    await expect(choiceRadio(groups.nth(0), 3)).toBeChecked();
    await expect(choiceRadio(groups.nth(1), 'na')).toBeChecked();
    await expect(choiceRadio(groups.nth(2), 'dk')).toBeChecked();

    // Settings are written anew; deleting the damaged entry removes only that key.
    await page.goto('./#/');
    await page.reload();
    await expect(page.getByText('Die gespeicherten Einstellungen waren beschädigt')).toHaveCount(0);
    await page.getByRole('region', { name: 'Nicht lesbare Einträge' }).getByRole('button', { name: 'Eintrag löschen' }).click();
    await expect(page.getByRole('region', { name: 'Nicht lesbare Einträge' })).toHaveCount(0);
    const last = await storage(page);
    expect(last['digikompass.assessment.x']).toBeUndefined();
    expect(last['otherapp.session']).toBe('{"user":"mia","theme":"dark"}');
    expect(last.digikompassX).toBe('not ours either');
    await expect.poll(async () => (await savedNames(page)).sort()).toEqual(['Altstadt (Prototyp)', 'Gutdorf']);
    // The original stays across reloads (the entry is not converted again) until deleted.
    await expect(originals.getByRole('listitem')).toHaveCount(1);
    await checkA11y(page, 'start with a kept original');
    await originals.getByRole('button', { name: 'Ursprüngliche Fassung löschen' }).click();
    await expect(originals).toHaveCount(0);
    expect((await storage(page))['digikompass.original.v1-altstadt']).toBeUndefined();
    await page.reload();
    await expect.poll(async () => (await savedNames(page)).sort()).toEqual(['Altstadt (Prototyp)', 'Gutdorf']);
    await expect(originals).toHaveCount(0);
    expect(Object.keys(await storage(page)).filter((k) => k.startsWith('digikompass.original.'))).toEqual([]);
  });

  // Reading stored or imported assessments is code the app fetches only when there is
  // something to read (src/state/reader.rs). If that fetch fails, nothing stored is touched.
  test('when the reading code cannot be fetched: stored assessments stay untouched, a notice and the import say why', async ({ page }) => {
    test.info().annotations.push({ type: 'expected-console-errors' });
    const seeded = await seedAssessment(page, { id: 'e2e-lesedorf', name: 'Lesedorf', pick: () => 3 });
    const before = await storage(page);
    const reader = /split_einlesen\.wasm$/;
    await page.route(reader, (route) => route.abort('connectionrefused'));
    await page.reload();
    const notice = page.getByRole('region', { name: 'Hinweise' })
      .getByText('Ihre gespeicherten Selbsteinschätzungen können im Moment nicht geöffnet werden');
    await expect(notice).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Digitale Kompetenz Ihrer Kommune einschätzen' })).toBeVisible();
    expect(await savedNames(page)).toEqual([]);
    const refused = await importText(page, assessmentFile(buildAssessment({ id: 'e2e-neudorf', name: 'Neudorf' })));
    await expect(refused).toHaveAttribute('role', 'alert');
    await expect(refused).toContainText('Die Datei konnte nicht importiert werden, weil ein Teil von DigiKompass nicht geladen werden konnte.');
    await checkA11y(page, 'reader missing');
    expect(await storage(page), 'nothing stored was changed or removed').toEqual(before);
    // Once the code can be fetched again, a reload shows everything as before.
    await page.unroute(reader);
    await page.reload();
    await expect(page.getByRole('table', { name: 'Selbsteinschätzungen in diesem Browser' })).toBeVisible();
    expect(await savedNames(page)).toEqual([seeded.profile.name]);
    await expect(notice).toHaveCount(0);
  });

  test('storage blocked (SecurityError): a clear notice, the app works in memory, „Exportieren“ still downloads', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await page.goto('./');
    const notice = page.getByRole('region', { name: 'Hinweise' }).getByRole('alert');
    await expect(notice).toHaveText(/Dieser Browser erlaubt kein lokales Speichern\. DigiKompass arbeitet weiter, Ihre Angaben gehen aber beim Schließen des Tabs verloren\. Sichern Sie Ihre Arbeit mit „Exportieren“\./);
    await checkA11y(page, 'storage blocked');

    await startAssessment(page, { name: 'Ohnespeicher' });
    await expect(page.locator('.progress-text')).toHaveText(`Kategorie 1 von ${counts().categories}`);
    const n = await answerPage(page, () => 2);
    await expect(page.locator('#save-status')).toHaveText('Nur im Arbeitsspeicher – bitte exportieren');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await answerPage(page, () => 'dk');
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    for (let i = 0; i < n; i++) await expect(choiceRadio(page.locator('fieldset.question').nth(i), 2)).toBeChecked();

    const file = await downloadOf(page, () => page.getByRole('button', { name: 'Exportieren' }).click());
    const a = JSON.parse(file.text).assessment;
    expect(a.profile.name).toBe('Ohnespeicher');
    expect(Object.values(a.answers).filter((x) => x.response.kind === 'level')).toHaveLength(n);
    expect(Object.values(a.answers).filter((x) => x.response.kind === 'dont-know').length).toBeGreaterThan(0);

    // Language switch and results work too.
    await navLink(page, 'Ergebnisse').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  });

  test('storage full at start: an old entry whose conversion drops answers is used converted, but its stored text is not replaced', async ({ page }) => {
    await page.goto('./');
    // Wait until the app has started and read the (empty) storage: the load event can come
    // before the wasm runs, and an app starting after the write below would convert the entry
    // with room to spare.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate((v1) => {
      localStorage.clear();
      localStorage.setItem('digikompass.assessment.v1-altstadt', JSON.stringify(v1));
    }, V1_STORED);
    // From the next load on, every write fails as in a full storage.
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem(key) {
        throw new DOMException(`The quota has been exceeded (${key}).`, 'QuotaExceededError');
      };
    });
    await page.reload();
    await expect.poll(() => savedNames(page)).toEqual(['Altstadt (Prototyp)']);
    const stored = await storage(page);
    expect(stored['digikompass.assessment.v1-altstadt']).toBe(JSON.stringify(V1_STORED));
    expect(Object.keys(stored).filter((k) => k.startsWith('digikompass.original.'))).toEqual([]);

    // With room again (a new tab without the full-storage script), the next start keeps the
    // original first, then stores the converted entry.
    const roomy = await page.context().newPage();
    await roomy.goto('./');
    await expect.poll(async () => JSON.parse((await storage(roomy))['digikompass.assessment.v1-altstadt']).format_version).toBe(3);
    expect((await storage(roomy))['digikompass.original.v1-altstadt']).toBe(JSON.stringify(V1_STORED));
    await expect(roomy.getByRole('region', { name: 'Ursprüngliche Fassungen umgewandelter Selbsteinschätzungen' }).getByRole('listitem')).toHaveCount(1);
  });

  test('storage full (QuotaExceededError): the status says so, answers stay on screen, export works', async ({ page }) => {
    // Every write counts; once `__quotaAfter` writes have happened, setItem throws like a full storage.
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      window.__writes = 0;
      window.__quotaAfter = Number.POSITIVE_INFINITY;
      Storage.prototype.setItem = function setItem(key, value) {
        window.__writes += 1;
        if (window.__writes > window.__quotaAfter) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await startAssessment(page, { name: 'Vollspeicher' });
    await expect(page.locator('.progress-text')).toHaveText(`Kategorie 1 von ${counts().categories}`);
    // Allow two more writes, then storage is full.
    await page.evaluate(() => { window.__quotaAfter = window.__writes + 2; });
    const groups = page.locator('fieldset.question');
    const n = await groups.count();
    expect(n).toBeGreaterThanOrEqual(3);
    await choiceRadio(groups.nth(0), 1).check();
    await choiceRadio(groups.nth(1), 2).check();
    await expect(page.locator('#save-status')).toContainText('Gespeichert');
    await choiceRadio(groups.nth(2), 3).check();
    await expect(page.locator('#save-status')).toHaveText('Nicht gespeichert: Speicher voll – bitte exportieren');
    await expect(page.getByRole('region', { name: 'Hinweise' }).getByRole('alert'))
      .toContainText('Der Speicher dieses Browsers ist voll. Ihre letzte Änderung ist nur im Arbeitsspeicher.');
    await checkA11y(page, 'storage full');

    // Answers stay on screen, also after moving on and back.
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await expect(choiceRadio(groups.nth(0), 1)).toBeChecked();
    await expect(choiceRadio(groups.nth(1), 2)).toBeChecked();
    await expect(choiceRadio(groups.nth(2), 3)).toBeChecked();

    const file = await downloadOf(page, () => page.getByRole('button', { name: 'Exportieren' }).click());
    const answers = JSON.parse(file.text).assessment.answers;
    const ids = await groups.evaluateAll((fs) => fs.map((f) => f.id.replace(/^question-/, '')));
    expect(answers[ids[0]].response).toEqual({ kind: 'level', level: 1 });
    expect(answers[ids[1]].response).toEqual({ kind: 'level', level: 2 });
    expect(answers[ids[2]].response).toEqual({ kind: 'level', level: 3 });
    // What reached storage is the state before it filled up.
    const stored = Object.entries(await storage(page)).find(([k]) => k.startsWith('digikompass.assessment.'));
    expect(JSON.parse(stored[1]).assessment.answers[ids[2]]).toBeUndefined();
  });
});

test.describe('imports: refused, migrated, hostile', () => {
  test('non-JSON, 50 MB, deeply nested, unknown questionnaire, newer format, a benchmark pack: a clear error, nothing changed', async ({ page }, testInfo) => {
    await seedAssessment(page, { id: 'e2e-bestand', name: 'Bestandsdorf', pick: () => 1 });
    await page.reload();
    const before = await storage(page);
    const namesBefore = ['Bestandsdorf'];
    await expect.poll(() => savedNames(page)).toEqual(namesBefore);

    // A ~50 MB file, written in chunks.
    const big = testInfo.outputPath('gross.json');
    const fd = openSync(big, 'w');
    const chunk = Buffer.from(`{"format":"digikompass-assessment","padding":"${'x'.repeat(1024 * 1024)}`);
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    writeSync(fd, '"}');
    closeSync(fd);

    const depth = 100_000;
    const valid = buildAssessment({ id: 'e2e-fremd', name: 'Fremdfragebogen', pick: () => 2 });
    const cases = [
      { label: 'not JSON', file: { name: 'notiz.json', buffer: Buffer.from('Das ist keine JSON-Datei, sondern eine Notiz.\n') },
        error: 'Die Datei ist keine DigiKompass-Datei (kein gültiges JSON).' },
      { label: '50 MB', file: big,
        error: /^Die Datei ist mit 50,0 MB zu groß\. Eine Selbsteinschätzung ist höchstens 2 MB groß\.$/ },
      { label: 'deeply nested array', file: { name: 'tief.json', buffer: Buffer.from('['.repeat(depth) + ']'.repeat(depth)) },
        error: 'Die Datei ist keine von DigiKompass exportierte Selbsteinschätzung. (Ein Vergleichsdatenpaket laden Sie auf der Seite „Vergleichsdaten“.)' },
      { label: 'deeply nested unknown field',
        file: { name: 'tief3.json', buffer: Buffer.from(`{"format":"digikompass-assessment","format_version":2,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`) },
        error: /^Die Datei ist beschädigt oder unvollständig\. Technische Angabe für Ihre IT: Zeile 1, Spalte \d+$/ },
      { label: 'deeply nested inside a valid header',
        file: { name: 'tief2.json', buffer: Buffer.from(`{"format":"digikompass-assessment","format_version":2,"assessment":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`) },
        error: /^Die Datei ist beschädigt oder unvollständig\. Technische Angabe für Ihre IT: Zeile 1, Spalte \d+$/ },
      { label: 'unknown questionnaire',
        file: { name: 'fremd.json', buffer: Buffer.from(assessmentFile({ ...valid, questionnaire_id: 'digikompass-schulen' })) },
        error: 'Die Datei gehört zu einem anderen Fragebogen („digikompass-schulen“).' },
      { label: 'newer format 4', file: { name: 'neu.json', buffer: Buffer.from(assessmentFile(valid, { formatVersion: 4 })) },
        error: 'Die Datei wurde mit einer neueren Version von DigiKompass erstellt (Format 4). Bitte verwenden Sie die aktuelle Version.' },
      { label: 'benchmark pack', file: join(ROOT, 'benchmarks', 'beispieldaten.json'),
        error: 'Die Datei ist keine von DigiKompass exportierte Selbsteinschätzung. (Ein Vergleichsdatenpaket laden Sie auf der Seite „Vergleichsdaten“.)' },
    ];
    for (const c of cases) {
      await test.step(c.label, async () => {
        await importInput(page).setInputFiles(c.file);
        const alert = page.locator('#import-result').getByRole('alert');
        await expect(alert).toBeVisible();
        await expect(alert.getByRole('heading')).toHaveText('Die Datei konnte nicht importiert werden');
        await expect(alert.locator('p').first()).toHaveText(c.error);
        await expect(alert).toContainText('Es wurde nichts verändert.');
        await expect(page.locator('#import-result')).toBeFocused();
        await expect.poll(() => savedNames(page), { message: c.label }).toEqual(namesBefore);
        expect(await storage(page), c.label).toEqual(before);
        // The next import starts from a clean slate.
        await page.reload();
      });
    }
    await checkA11y(page, 'after refused imports');
  });

  test('an old v1 file is migrated on import, and the message says what was dropped', async ({ page }) => {
    const v1 = { ...V1, id: 'v1-datei', kommune: 'Dateidorf (v1)', answers: { ...V1.answers, 'os-alte-frage': 2 } };
    const verdict = await importText(page, JSON.stringify(v1));
    await expect(verdict).toHaveAttribute('role', 'status');
    await expect(verdict.locator('p')).toHaveText([
      '„Dateidorf (v1)“ wurde importiert.',
      'Die Datei stammt aus einer älteren Version und wurde umgewandelt.',
      'Antworten zu geteilten oder zusammengelegten Fragen wurden übertragen (1): cs-identity-mfa. Bei zusammengelegten Fragen gilt die niedrigere Stufe; prüfen Sie diese Fragen.',
      'Antworten zu Fragen, die es nicht mehr gibt, wurden nicht übernommen (1): os-alte-frage. Ihre Datei bleibt unverändert.',
    ]);
    await expect.poll(() => savedNames(page)).toEqual(['Dateidorf (v1)']);
    const stored = JSON.parse((await storage(page))['digikompass.assessment.v1-datei']);
    expect(stored.format_version).toBe(3);
    // The MFA question was split in questionnaire v2: its answer goes to both parts.
    const expectedIds = [...Object.keys(V1.answers).filter((id) => id !== 'cs-identity-mfa'), 'cs-identity-mfa-remote', 'cs-identity-mfa-admin'];
    expect(Object.keys(stored.assessment.answers).sort()).toEqual(expectedIds.sort());
    expect(stored.assessment.answers['cs-identity-mfa-remote']).toEqual({ response: { kind: 'level', level: 1 } });
    expect(stored.assessment.answers['cs-identity-mfa-admin']).toEqual({ response: { kind: 'level', level: 1 } });
  });

  test('a name and notes with markup import fine and show as literal text everywhere; nothing runs', async ({ page }) => {
    const dialogs = [];
    page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
    const NAME = '<script>alert(1)</script> "quotes" <img src=x onerror=alert(1)>';
    const NOTE = 'Notiz: <img src=x onerror=alert(1)> und <script>alert(1)</script> mit "quotes" & Ampersand';
    const a = buildAssessment({
      id: 'e2e-markup', name: NAME, pick: () => 2, respondent: NAME, landkreis: '<b>fett</b>',
      answers: {
        'os-strategy-goal': { response: 3, note: NOTE },
        'os-strategy-roadmap': { response: 'na', reason: NAME },
        'cs-backup-offline': { response: 'dk', note: NOTE },
      },
    });
    const verdict = await importText(page, assessmentFile(a));
    await expect(verdict).toHaveAttribute('role', 'status');
    await expect(verdict).toHaveText(`„${NAME}“ wurde importiert.`);
    await expect.poll(() => savedNames(page)).toEqual([NAME]);
    await expect(page.getByRole('region', { name: 'Weiterarbeiten' })).toContainText(`„${NAME}“`);
    await checkA11y(page, 'start with markup name');

    const noInjectedElements = async (where) => {
      expect(await page.locator('img[src="x"]').count(), `${where}: <img src=x>`).toBe(0);
      expect(await page.locator('main script, main b').count(), `${where}: markup elements`).toBe(0);
    };
    await noInjectedElements('start');

    // Results header and the radar legend inside the chart SVG.
    await page.goto('./#/ergebnisse');
    await expect(page.locator('main .lead')).toHaveText(new RegExp(`^${escape(NAME)}, Selbsteinschätzung vom`));
    const radar = page.locator('#chart-radar');
    const legend = (await radar.locator('svg text').allTextContents()).join(' ');
    expect(legend).toContain(NAME);
    await expect(radar.locator('.chart__summary')).toContainText(NAME);
    expect(await radar.locator('svg').evaluate((svg) => svg.querySelectorAll('script, img, foreignObject').length)).toBe(0);
    await noInjectedElements('results');
    await checkA11y(page, 'results with markup name');

    // Question page: note and reason as values.
    await page.goto('./#/fragen/1');
    const groups = page.locator('fieldset.question');
    await expect(groups.nth(0).getByLabel('Notiz oder Nachweis')).toHaveValue(NOTE);
    await expect(groups.nth(1).getByLabel('Begründung für „nicht zutreffend“')).toHaveValue(NAME);
    await noInjectedElements('questions');

    // Provider list shows the note as text.
    await page.goto('./#/dienstleister');
    await expect(page.getByRole('main')).toContainText(`Notiz: ${NOTE}`);
    await noInjectedElements('provider list');

    // Report cover.
    await page.goto('./#/bericht');
    await expect(page.locator('#report-kommune')).toHaveText(NAME);
    await expect(page.locator('.report-cover')).toContainText(NAME);
    await expect(page.locator('.report-cover')).toContainText(`Beantwortet von${NAME}`);
    await noInjectedElements('report');

    // No script element was added anywhere (the only one is the inline loader in <head>), and no alert ran.
    expect(await page.evaluate(() => [...document.scripts].map((s) => `${s.parentElement.localName}${s.src ? ' src' : ''}`))).toEqual(['head']);
    expect(dialogs, 'dialogs (alert) opened').toEqual([]);
  });
});

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
