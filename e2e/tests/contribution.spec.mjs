// „Anonymer Beitrag für einen Vergleich“ and building a benchmark pack from many contribution files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, checkA11y, seedAssessment, downloadOf, navLink, today, ARTIFACTS, ROOT, de1, questionnaire } from './fixtures.mjs';
import { brokenWords, horizontalOverflow } from '../layout-probe.mjs';
import { pdfPages, pdfWords } from '../pdf.mjs';

const SHIPPED_TEXT = readFileSync(join(ROOT, 'benchmarks', 'beispieldaten.json'), 'utf8');
const SHIPPED = JSON.parse(SHIPPED_TEXT);
const CACHE = join(ARTIFACTS, 'e2e-contributions');
/** Records, in the page, the time from the input's change event to the summary appearing. */
async function armTimer(page) {
  await page.evaluate(() => {
    window.__changeAt = null;
    window.__summaryAt = null;
    document.getElementById('contribution-files').addEventListener('change', () => { window.__changeAt = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.getElementById('builder-summary') && window.__changeAt !== null) {
        window.__summaryAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}
const inPageMillis = (page) => page.evaluate(() => Math.round(window.__summaryAt - window.__changeAt));

/**
 * Checks the Kreisübersicht's table: no shown cell holds one to four Kommunen, and no hidden cell
 * can be worked out from its row's totals — within the number of contributions, and (where the
 * share is shown) within levels 0–1 and 2–4, the hidden cells are none or at least two. Returns
 * the number of hidden level cells.
 */
async function nothingToWorkOut(page) {
  const table = page.getByRole('figure', { name: 'Kommunen je Kategorie und Stufe' }).locator('tbody');
  const cells = await table.locator('td').allInnerTexts();
  expect(cells.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
  const rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1)
    .map((td) => (td.querySelector('.visually-hidden') ? null : td.textContent))));
  const hiddenIn = (row, from, to) => row.slice(from, to).filter((c) => c === null).length;
  let hidden = 0;
  for (const row of rows) {
    expect(row).toHaveLength(6);
    hidden += hiddenIn(row, 0, 5);
    expect(hiddenIn(row, 0, 5)).not.toBe(1);
    if (row[5] !== null) {
      expect(hiddenIn(row, 0, 2)).not.toBe(1);
      expect(hiddenIn(row, 2, 5)).not.toBe(1);
    }
  }
  return hidden;
}

const builderInput = (page) => page.locator('input[type=file]').and(page.getByLabel('Beitragsdateien auswählen (.json, mehrere möglich)'));

test('the contribution shows its exact JSON without name, AGS or notes, and saves exactly that', async ({ page }) => {
  const secrets = {
    name: 'Geheimhausen am See', ags: '08119001', landkreis: 'Rems-Murr-Kreis', respondent: 'Frau Verschwiegen, Hauptamt',
    itProviderName: 'Verschwiegen IT GmbH', note: 'Vertraulich: Passwort-Tresor liegt bei Herrn K.', reason: 'Geheimer Grund 1234',
  };
  const assessment = await seedAssessment(page, {
    name: secrets.name, ags: secrets.ags, landkreis: secrets.landkreis, respondent: secrets.respondent, itProvider: 'anderer', itProviderName: secrets.itProviderName,
    kind: 'gemeinde', inhabitants: 4711,
    pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : 2),
    answers: { 'os-strategy-goal': { response: 3, note: secrets.note }, 'os-strategy-roadmap': { response: 'na', reason: secrets.reason } },
  });
  await page.goto('./#/ergebnisse');
  await page.getByRole('link', { name: 'Ergebnisse anonym für einen Vergleich beitragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anonymer Beitrag für einen Vergleich' })).toBeFocused();
  await expect(page.getByText('Nicht enthalten: Name, Gemeindeschlüssel, Landkreis, IT-Dienstleister, wer geantwortet hat, Notizen, einzelne Antworten.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Was die Datei enthält' })).toContainText('Vergleichsgruppe: Gemeinde, unter 5.000 Einwohner');

  const raw = page.getByLabel('Die Datei im Wortlaut (JSON)');
  const shown = await raw.innerText();
  const c = JSON.parse(shown);
  expect(Object.keys(c).sort()).toEqual(['categories', 'contribution_id', 'coverage', 'dimensions', 'format', 'format_version', 'kind', 'questionnaire_id', 'questionnaire_version', 'scope', 'size_class', 'year'].sort());
  expect(c).toMatchObject({
    format: 'digikompass-contribution', format_version: 1, questionnaire_id: 'digikompass-kommunal', questionnaire_version: questionnaire().version,
    kind: 'gemeinde', size_class: 'unter-5000', year: Number(today().slice(0, 4)), scope: 'full', coverage: 1,
  });
  expect(c.contribution_id).toMatch(/^[0-9a-f]{8,64}$/);
  expect(c.dimensions.cybersicherheit).toBe(1);
  expect(c.dimensions['open-data']).toBe(2);
  expect(Object.keys(c.categories)).toHaveLength(questionnaire().dimensions.flatMap((d) => d.categories).length);
  for (const secret of [...Object.values(secrets), assessment.id, 'Geheim', '4711', '08119']) {
    expect(shown, `contribution must not contain ${secret}`).not.toContain(secret);
  }
  // The table shows the same values.
  const table = page.getByRole('table', { name: 'Enthaltene Werte (Stand 0–4)' });
  await expect(table.getByRole('row', { name: /^Cybersicherheit/ }).getByRole('cell').first()).toHaveText('1,0');
  await checkA11y(page, 'contribution');

  const saved = await downloadOf(page, () => page.getByRole('button', { name: 'Beitrag speichern' }).click());
  expect(saved.name).toBe(`digikompass-beitrag-${c.year}-${c.contribution_id.slice(0, 8)}.json`);
  expect(saved.text.trim()).toBe(shown.trim());
  for (const secret of Object.values(secrets)) expect(saved.text).not.toContain(secret);

  // One contribution alone builds no visible group (n < 5).
  await navLink(page, 'Vergleichsdaten').click();
  await builderInput(page).setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: saved.buffer });
  await expect(page.locator('#builder-summary')).toHaveText(/^1 Dateien gelesen: 1 gültige Beiträge, 0 übersprungen \(\d+ ms, davon \d+ ms für Prüfung und Zählung\)\.$/);
  const counts = page.getByRole('table', { name: /^Beiträge je Vergleichsgruppe/ });
  await expect(counts.getByRole('row', { name: /^alle Kommunen/ }).getByRole('cell')).toHaveText('1 (wird nicht ausgegeben)');
});

test.describe('building a pack from the generated contributions', () => {
  // One worker runs both tests after one beforeAll, so the files are generated at most once.
  test.describe.configure({ mode: 'serial' });
  let files;
  let invalid;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    // Cached under e2e/artifacts/: regenerated when the shipped pack (same seed) changes.
    const cached = existsSync(join(CACHE, 'pack.json')) && readFileSync(join(CACHE, 'pack.json'), 'utf8') === SHIPPED_TEXT;
    if (!cached) {
      const tmp = `${CACHE}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      execFileSync('cargo', ['run', '--quiet', '--bin', 'benchmark-generator', '--',
        '--pack', join(tmp, 'pack.json'), '--contributions', join(tmp, 'files'), '--invalid', '5'], { cwd: ROOT, stdio: 'inherit' });
      rmSync(CACHE, { recursive: true, force: true });
      renameSync(tmp, CACHE);
    }
    const names = readdirSync(join(CACHE, 'files')).sort();
    files = names.filter((n) => n.startsWith('beitrag-')).map((n) => join(CACHE, 'files', n));
    invalid = names.filter((n) => n.startsWith('ungueltig-'));
    expect(readFileSync(join(CACHE, 'pack.json'), 'utf8'), 'the generator with the default seed reproduces the shipped pack').toBe(SHIPPED_TEXT);
  });

  test('all contribution files at once: counts, skipped files with reasons, the built pack equals the shipped one', async ({ page }, testInfo) => {
    const all = SHIPPED.groups.find((g) => !g.group.kind && !g.group.size_class);
    expect(files.length, 'one file per simulated Kommune').toBe(all.n);
    expect(invalid).toHaveLength(5);

    await seedAssessment(page, { name: 'Koordinatorstadt', kind: 'gemeinde', inhabitants: 3200, pick: () => 2 });
    await navLink(page, 'Vergleichsdaten').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Vergleichsdaten aus Beiträgen erstellen' })).toBeVisible();

    await armTimer(page);
    const started = Date.now();
    await builderInput(page).setInputFiles([...files, ...invalid.map((n) => join(CACHE, 'files', n))]);
    const summary = page.locator('#builder-summary');
    await expect(summary).toHaveText(new RegExp(`^${files.length + 5} Dateien gelesen: ${files.length} gültige Beiträge, 5 übersprungen \\((\\d+) ms, davon \\d+ ms für Prüfung und Zählung\\)\\.$`), { timeout: 30_000 });
    const wall = Date.now() - started;
    const millis = Number((await summary.innerText()).match(/\((\d+) ms,/)[1]);
    const inPage = await inPageMillis(page);
    const line = `${files.length + 5} files (${files.length} valid): ${millis} ms shown in the summary; ${inPage} ms in the page from choosing the files to the summary; ${wall} ms with Playwright`;
    testInfo.annotations.push({ type: 'pack build time', description: line });
    console.log(`pack build from ${line}`);

    const skipped = page.getByRole('table', { name: 'Übersprungene Dateien' });
    const reasons = Object.fromEntries(await skipped.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[0].textContent, r.children[1].textContent])));
    expect(reasons).toEqual({
      'ungueltig-01.json': 'Kein gültiges JSON',
      'ungueltig-02.json': 'Keine Beitragsdatei',
      'ungueltig-03.json': `Anderer Fragebogen oder andere Version („digikompass-kommunal“, Version ${questionnaire().version + 1})`,
      'ungueltig-04.json': 'Doppelt: derselbe Beitrag wie „beitrag-0001.json“',
      'ungueltig-05.json': 'Kein gültiges JSON',
    });
    const counts = page.getByRole('table', { name: /^Beiträge je Vergleichsgruppe/ });
    await expect(counts.getByRole('row', { name: /^alle Kommunen/ }).getByRole('cell')).toHaveText(String(all.n));
    await checkA11y(page, 'pack builder summary');

    // The source is required.
    const useNow = page.getByRole('button', { name: 'Paket hier als aktives Paket verwenden' });
    await useNow.click();
    const source = page.getByLabel('Quelle (wer hat die Beiträge gesammelt, welcher Zeitraum?)');
    await expect(source).toHaveAttribute('aria-invalid', 'true');
    await expect(source).toHaveAccessibleDescription('Bitte nennen Sie die Quelle; sie wird überall angezeigt, wo das Paket verwendet wird.');
    const SOURCE = 'Simulierte Beiträge (benchmark-generator, Startwert 20261125), gesammelt vom E2E-Test';
    await source.fill(SOURCE);
    await useNow.click();
    await expect(page.getByText(`Das Paket wurde erstellt: ${SHIPPED.groups.length} Vergleichsgruppen aus ${files.length} Beiträgen.`)).toBeVisible();

    // Active now, with n for „alle Kommunen“.
    const active = page.getByRole('region', { name: 'Aktives Paket' });
    const title = `Vergleichsdaten ${today().slice(0, 4)}`;
    await expect(active.locator('dt:text-is("Titel") + dd')).toHaveText(title);
    await expect(active.locator('dt:text-is("Quelle") + dd')).toHaveText(SOURCE);
    await expect(active.locator('dt:text-is("Kommunen insgesamt") + dd')).toHaveText(String(all.n));
    await expect(active.getByText('Geladenes Paket')).toBeVisible();

    // Figures equal the shipped pack built from the same simulation.
    const built = JSON.parse(await page.evaluate(() => localStorage.getItem('digikompass.pack')));
    expect(built).toMatchObject({ format: SHIPPED.format, format_version: SHIPPED.format_version, questionnaire_id: SHIPPED.questionnaire_id, questionnaire_version: SHIPPED.questionnaire_version, title, source: SOURCE, synthetic: false });
    expect(built.groups).toEqual(SHIPPED.groups);

    // Results use it.
    await navLink(page, 'Ergebnisse').click();
    const comparison = page.getByRole('region', { name: 'Vergleich', exact: true });
    await expect(comparison.locator('.pack-line')).toContainText(`Vergleichsdaten: „${title}“, ${SOURCE}`);
    const peer = SHIPPED.groups.find((g) => g.group.kind === 'gemeinde' && g.group.size_class === 'unter-5000');
    await expect(comparison).toContainText(`Vergleichsgruppe: Gemeinde, unter 5.000 Einwohner (n = ${peer.n})`);
    const median = (name) => page.locator('.card').filter({ has: page.getByRole('heading', { name, exact: true }) }).locator('dt:text-is("Median der Vergleichsgruppe") + dd');
    await expect(median('Cybersicherheit')).toHaveText(de1(peer.dimensions.cybersicherheit.median));
    await expect(median('Open Data')).toHaveText(de1(peer.dimensions['open-data'].median));
    await navLink(page, 'Vergleichsdaten').click();
    await page.getByLabel('Vergleichsgruppe', { exact: true }).selectOption({ label: `alle Kommunen (n = ${all.n})` });
    await navLink(page, 'Ergebnisse').click();
    await expect(comparison).toContainText(`Vergleichsgruppe: alle Kommunen (n = ${all.n})`);
    await expect(median('Kompetenz & Organisation')).toHaveText(de1(all.dimensions.kompetenz.median));

    // „Kreisübersicht“ from the same contributions: the ranking's first category is the one with
    // the largest share below level 2, counted here from the files themselves.
    const levels = files.map((f) => JSON.parse(readFileSync(f, 'utf8')).categories);
    const categories = questionnaire().dimensions.flatMap((d) => d.categories);
    const below = categories.map((c) => {
      const values = levels.map((l) => l[c.id]).filter((v) => v !== undefined);
      return { c, n: values.length, share: values.filter((v) => v < 2).length / values.length };
    });
    const top = below.filter((b) => b.n >= 5).reduce((best, b) => (b.share > best.share ? b : best));
    await page.evaluate(() => { location.hash = '#/kreisuebersicht'; });
    await expect(page.getByRole('heading', { level: 1, name: 'Kreisübersicht' })).toBeFocused();
    await expect(page.getByRole('main')).toContainText(`Anzahl der Beiträge: ${files.length}.`);
    const ranking = page.getByRole('region', { name: 'Wo Schulung am meisten hilft' }).getByRole('listitem');
    await expect(ranking).toHaveCount(below.filter((b) => b.n >= 5).length);
    await expect(ranking.first()).toContainText(`${top.c.title.de} (`);
    await expect(ranking.first()).toContainText(`: ${Math.round(top.share * 100)}\u202f% unter Stufe 2`);
    await expect(ranking.first().getByRole('link').first()).toBeVisible();
    const row = page.getByRole('figure', { name: 'Kommunen je Kategorie und Stufe' }).getByRole('row', { name: new RegExp(`^${top.c.title.de.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(row.getByRole('cell').first()).toHaveText(String(top.n));
    const hidden = await nothingToWorkOut(page);
    testInfo.annotations.push({ type: 'kreisübersicht', description: `${hidden} hidden cells` });
    await checkA11y(page, 'Kreisübersicht');
  });

  test('a few contributions: hidden cells are marked, none can be worked out, hidden shares rank last', async ({ page }) => {
    await page.goto('./#/vergleichsdaten');
    await builderInput(page).setInputFiles(files.slice(0, 14));
    await expect(page.locator('#builder-summary')).toContainText('14 Dateien gelesen: 14 gültige Beiträge');
    await page.getByLabel(/^Quelle/).fill('Landratsamt Musterkreis, Beiträge 2026');
    await page.getByRole('button', { name: 'Paket hier als aktives Paket verwenden' }).click();
    await page.getByRole('link', { name: 'Kreisübersicht ansehen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kreisübersicht' })).toBeFocused();
    const hidden = await nothingToWorkOut(page);
    expect(hidden, 'fourteen contributions leave small cells to hide').toBeGreaterThan(0);
    const figure = page.getByRole('figure', { name: 'Kommunen je Kategorie und Stufe' });
    const mark = figure.locator('tbody td:has(.visually-hidden)').first();
    await expect(mark.locator('[aria-hidden="true"]')).toHaveText('•');
    await expect(mark.locator('.visually-hidden')).toHaveText('ausgeblendet');
    // The heat map draws each hidden cell with the mark, never as an empty (zero) cell.
    await expect(figure.locator('svg text').filter({ hasText: /^\s*•\s*$/ })).toHaveCount(hidden);
    await expect(figure).toContainText('• ausgeblendet: ein bis vier Kommunen');
    // Hidden shares come last: their place among the others would narrow them down.
    const ranking = await page.getByRole('region', { name: 'Wo Schulung am meisten hilft' }).getByRole('listitem').allInnerTexts();
    const firstHidden = ranking.findIndex((r) => r.includes('zum Schutz einzelner Kommunen ausgeblendet'));
    expect(firstHidden).toBeGreaterThan(-1);
    expect(ranking.slice(firstHidden).filter((r) => /\d\u202f% unter Stufe 2/.test(r))).toEqual([]);
    await checkA11y(page, 'Kreisübersicht with hidden cells');
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect.soft(await page.evaluate(horizontalOverflow), `Kreisübersicht at ${width} px: sideways overflow`).toBe(0);
      expect.soft(await page.evaluate(brokenWords), `Kreisübersicht at ${width} px: words split over lines`).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'screens', 'district', `kreisuebersicht-14-beitraege-de-${width}.png`), fullPage: true });
    }
    // On paper the heat map stands on the first page under the intro (not on a page of its
    // own, leaving the first one empty), readable, and the table starts on the next page.
    const pdf = join(ARTIFACTS, 'kreisuebersicht-14-de.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = pdfPages(pdf);
    const categories = questionnaire().dimensions.flatMap((d) => d.categories.map((c) => c.title.de));
    expect(pages[0]).toContain('Kommunen je Kategorie und Stufe');
    expect(pages[0]).toContain(categories.at(-1));
    expect(pages[0]).not.toContain('Beiträge Stufe');
    expect(pages[1]).toMatch(/Kategorie\s+Beiträge\s+Stufe/);
    const words = pdfWords(pdf);
    const ratio = words.find((w) => w.page === 1 && w.text === 'Seite').height / 9;
    const smallest = words.reduce((min, w) => (w.height < min.height ? w : min));
    expect(smallest.height / ratio, `smallest text „${smallest.text}“ on page ${smallest.page}`).toBeGreaterThanOrEqual(7);
  });

  test('the budget case: 1,101 contribution files are read and aggregated quickly (logged)', async ({ page }, testInfo) => {
    const subset = files.slice(0, 1101);
    await page.goto('./#/vergleichsdaten');
    await expect(page.getByRole('heading', { level: 1, name: 'Vergleichsdaten' })).toBeVisible();
    await armTimer(page);
    const started = Date.now();
    await builderInput(page).setInputFiles(subset);
    const summary = page.locator('#builder-summary');
    await expect(summary).toHaveText(/^1101 Dateien gelesen: 1101 gültige Beiträge, 0 übersprungen \((\d+) ms, davon \d+ ms für Prüfung und Zählung\)\.$/, { timeout: 30_000 });
    const wall = Date.now() - started;
    const millis = Number((await summary.innerText()).match(/\((\d+) ms,/)[1]);
    const inPage = await inPageMillis(page);
    const line = `1101 files: ${millis} ms shown in the summary; ${inPage} ms in the page from choosing the files to the summary; ${wall} ms with Playwright`;
    testInfo.annotations.push({ type: 'pack build time', description: line });
    console.log(`pack build from ${line}`);
    // PRODUCT.md §8: ≤ 1 s on an idle machine (scripts/bench.mjs measures that). Here another
    // worker runs in parallel on the same two cores, so the guard is three times the budget.
    expect(millis, 'time shown in the summary').toBeLessThanOrEqual(inPage + 50);
    expect(inPage, 'reading and aggregating 1,101 files (3 × the 1 s budget, under parallel load)').toBeLessThanOrEqual(3000);
  });
});
