// Bericht: navigation link, h1, „Bericht drucken“; the printed PDF (A4, content, no navigation
// chrome, no chart cut by a page break) for a full check in German and a Kurzcheck in English.
// PDFs and PNGs of their first two pages are kept in e2e/artifacts/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfInfo, pdfPages, pdfWords } from '../pdf.mjs';
import { test, expect, checkA11y, seedAssessment, navLink, questionnaire, today, ARTIFACTS, ROOT } from './fixtures.mjs';

const SHIPPED = JSON.parse(readFileSync(join(ROOT, 'benchmarks', 'beispieldaten.json'), 'utf8'));
const PDF_DE = join(ARTIFACTS, 'bericht-vollstaendig-de.pdf');
const PDF_EN = join(ARTIFACTS, 'report-kurzcheck-en.pdf');
const FIGURES_DE = join(ARTIFACTS, 'bericht-vollstaendig-de.figures.json');
const FIGURES_EN = join(ARTIFACTS, 'report-kurzcheck-en.figures.json');
// At most 14 A4 pages for a full check, fewer for a Kurzcheck (#12); the lower bounds catch a
// report that lost its content.
const PAGES_FULL = [8, 14];
const PAGES_KURZ = [6, 13];

/** A completed full check: level 2, Datensicherung at 4, MFA at 0, two „weiß nicht“. */
const fullCheck = {
  name: 'Druckstadt an der Enz',
  respondent: 'Hauptamt und ISB',
  pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : x.id.startsWith('cs-backup-') ? 4 : ['cs-isms-concept', 'od-quality-api'].includes(x.id) ? 'dk' : 2),
};

function stubPrint(page) {
  return page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
}

/** Caption and first/last table rows of every chart in the report, as printed text. */
async function reportFigures(page) {
  await page.emulateMedia({ media: 'print' });
  const figures = await page.locator('.report figure.chart').evaluateAll((figs) => figs.map((f) => {
    const rows = [...f.querySelectorAll('table tbody tr')].map((r) => [...r.children].map((c) => c.textContent.replace(/[\u202f\u00a0]/g, ' ').trim()));
    return {
      id: f.id,
      caption: f.querySelector('.chart__caption').textContent.trim(),
      summary: f.querySelector('.chart__summary').textContent.replace(/[\u202f\u00a0]/g, ' ').trim(),
      rows,
      first: rows[0],
      last: rows[rows.length - 1],
      // Charts that print every value at their bars or cells leave their table to the screen.
      tablePrinted: getComputedStyle(f.querySelector('.chart__table')).display !== 'none',
    };
  }));
  await page.emulateMedia({ media: 'screen' });
  return figures;
}

async function printPdf(page, path) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const prefix = path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path, prefix]);
  expect(existsSync(`${prefix}-01.png`) || existsSync(`${prefix}-1.png`)).toBe(true);
}

/** Words as a reader counts them: split where a line may break, punctuation stripped. */
function tokens(text) {
  return text.normalize('NFKC').split(/[\s\-\u00ad\u2010\u2011\u2013\u2014/\u200b]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]{2}/u.test(w));
}

function counted(words) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * What a reader of the paper sees: every word of the printed report appears whole in the PDF at
 * least as often as on the page (a word broken over two lines, „Prozen / t“, is missing), and
 * no text is smaller than 7 pt. A word box is about 1.15 times its font size high; the footer
 * „Seite 1 von N“ (9 pt) calibrates that for the fonts of this machine.
 */
async function expectWholeWordsAndReadableSizes(page, path, footer) {
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('.report').evaluate((el) => el.innerText);
  await page.emulateMedia({ media: 'screen' });
  const words = pdfWords(path);
  const inPdf = counted(words.flatMap((w) => tokens(w.text)));
  const broken = [...counted(tokens(printed))].filter(([w, n]) => (inPdf.get(w) ?? 0) < n).map(([w, n]) => `${w} (${inPdf.get(w) ?? 0} of ${n})`);
  expect(broken, 'words printed whole').toEqual([]);
  const calibration = words.find((w) => w.page === 1 && w.text === footer);
  expect(calibration, `the footer word „${footer}“ on page 1`).toBeTruthy();
  const ratio = calibration.height / 9;
  const smallest = words.reduce((min, w) => (w.height < min.height ? w : min));
  const pt = Math.round((smallest.height / ratio) * 10) / 10;
  console.log(`${path.split('/').pop()}: smallest text ${pt} pt („${smallest.text}“, page ${smallest.page})`);
  test.info().annotations.push({ type: 'smallest text', description: `${pt} pt` });
  expect(pt, `smallest text („${smallest.text}“ on page ${smallest.page})`).toBeGreaterThanOrEqual(7);
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A table row as pdftotext lays it out: the header cell's first word (up to a hyphen, where a
 * long compound may wrap inside its cell), then three value cells. */
function rowPattern(cells) {
  const [th, ...tds] = cells;
  const values = tds.slice(0, 3).map((v) => v.split(/\s+/).map(esc).join('\\s+')).join('\\s+');
  return new RegExp(`${esc(th.split(/[\s-]+/)[0])}[^\\n]*?\\s${values}(\\s|$)`, 'm');
}
const pageOf = (pages, test) => pages.findIndex((p) => (typeof test === 'string' ? p.includes(test) : test.test(p))) + 1;

function expectNoNavigationChrome(text, words) {
  for (const w of words.absent) expect(text, `no „${w}“ in the printout`).not.toMatch(new RegExp(`(^|[\\s(])${esc(w)}($|[\\s).,:])`, 'm'));
  // The navigation's items in a row („Start Profil Fragen Ergebnisse …“) never appear.
  expect(text).not.toMatch(new RegExp(words.navRow));
}

/**
 * A chart is never cut: its caption, summary and drawing stay on one page (the drawing sits
 * between summary and table and is kept with them by the print rules). Its table follows on that
 * page or the next; a longer table continues with its header repeated, and no row is cut:
 * every row appears whole on one page.
 */
function expectNoSplitFigures(path, figures) {
  const pages = pdfPages(path);
  const flat = (t) => t.replace(/\s+/g, ' ');
  expect(figures.length).toBeGreaterThanOrEqual(6);
  for (const f of figures) {
    const captionPage = pageOf(pages, f.caption);
    expect(captionPage, `caption „${f.caption}“ is printed`).toBeGreaterThan(0);
    const words = f.summary.split(' ').slice(0, 6).join(' ');
    expect.soft(flat(pages[captionPage - 1]), `${f.id}: caption and summary on the same page (${captionPage})`).toContain(words);
    if (!f.tablePrinted) {
      // The drawing's row labels stand on the chart's page (a long label wraps: its first word).
      for (const row of f.rows) expect.soft(pages[captionPage - 1], `${f.id}: „${row[0]}“ at its bar`).toContain(row[0].split(/[\s-]+/)[0]);
      continue;
    }
    // Search from the chart's page on: the same row text can stand in an earlier table.
    const firstRowPage = pages.findIndex((p, i) => i >= captionPage - 1 && rowPattern(f.first).test(p)) + 1;
    expect.soft(firstRowPage - captionPage, `${f.id}: the table starts on the chart's page or the next`).toBeGreaterThanOrEqual(0);
    expect.soft(firstRowPage - captionPage, `${f.id}: the table starts on the chart's page or the next`).toBeLessThanOrEqual(1);
    for (const row of f.rows) {
      expect.soft(pages.some((p) => rowPattern(row).test(p)), `${f.id}: row „${row[0]}“ printed whole on one page`).toBe(true);
    }
  }
}

test.describe('German report of a full check', () => {
  test.describe.configure({ mode: 'serial' });

  test('„Bericht“ in the navigation, h1 „Bericht“, „Bericht drucken“ prints; the PDF is A4 with the content and no navigation', async ({ page }) => {
    await stubPrint(page);
    await seedAssessment(page, fullCheck);
    await navLink(page, 'Bericht').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bericht' })).toBeFocused();
    await expect(page).toHaveTitle('Bericht – DigiKompass');
    await expect(page.getByRole('article', { name: 'Bericht' })).toBeVisible();
    await page.getByRole('button', { name: 'Bericht drucken' }).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    // Tables are open in the report (no „Daten als Tabelle“ toggles).
    await expect(page.locator('.report details')).toHaveCount(0);
    await expect(page.locator('.report figure.chart table')).toHaveCount(6);

    await printPdf(page, PDF_DE);
    const figures = await reportFigures(page);
    writeFileSync(FIGURES_DE, JSON.stringify(figures));
    await expectWholeWordsAndReadableSizes(page, PDF_DE, 'Seite');

    const info = pdfInfo(PDF_DE);
    expect(Math.abs(info.width - 595)).toBeLessThan(1);
    expect(Math.abs(info.height - 842)).toBeLessThan(1);
    console.log(`German full-check report: ${info.pages} pages`);
    test.info().annotations.push({ type: 'pdf pages', description: `German full check: ${info.pages}` });
    expect(info.pages).toBeGreaterThanOrEqual(PAGES_FULL[0]);
    expect(info.pages).toBeLessThanOrEqual(PAGES_FULL[1]);

    const pages = pdfPages(PDF_DE);
    const text = pages.join('\n');
    // Cover first: the Kommune's name on page 1.
    expect(pages[0]).toContain('Druckstadt an der Enz');
    expect(pages[0]).toContain('Ergebnisbericht der Selbsteinschätzung mit DigiKompass');
    expect(pages[0]).toMatch(/Fragebogen\s+DigiKompass Kommunal, Version 2/);
    // Page 2 is „Auf einen Blick“: the four dimensions, what caps one, the top three, what is open.
    expect(pages[1]).toMatch(/^\s*Auf einen Blick\s*$/m);
    for (const d of questionnaire().dimensions) expect(pages[1]).toContain(d.title.de);
    for (const h of ['Begrenzte Dimensionen', 'Die drei wichtigsten Maßnahmen', 'Noch offen']) expect(pages[1]).toContain(h);
    expect(pages[1].replace(/\s+/g, ' ')).toMatch(/Offen zu klären: 2 Fragen/);
    for (const d of questionnaire().dimensions) expect(text).toMatch(new RegExp(`^\\s*${esc(d.title.de)}\\s*$`, 'm'));
    for (const h of ['Auf einen Blick', 'Ergebnisse je Dimension', 'Maßnahmenplan', 'Vergleich mit anderen Kommunen', 'Methodik in Kürze', 'Anhang']) {
      expect(text, `heading „${h}“`).toMatch(new RegExp(`^\\s*${esc(h)}\\s*$`, 'm'));
    }
    // The shipped pack is simulated: left out of the printed report unless included.
    await expect(page.getByLabel('Vergleich mit den Beispieldaten (simuliert) in den Bericht aufnehmen')).not.toBeChecked();
    expect(text.replace(/\s+/g, ' ')).toContain('Der Vergleich mit den mitgelieferten Beispieldaten (simuliert) ist nicht Teil dieses Berichts');
    expect(text).not.toContain('Median (simuliert)');
    expect(text.replace(/\s+/g, ' ')).not.toContain(`Vergleichsdaten: „${SHIPPED.title}“`);
    expect(text.replace(/\s+/g, ' ')).not.toMatch(/Vergleichsgruppe aus Beispieldaten/);
    expect(text.replace(/\s+/g, ' ')).toContain('Begrenzt auf 1,0 durch den kritischen Punkt');
    expect(pages[0]).toMatch(/Seite 1 von \d+/);
    // A running header with the Kommune and the date on every page but the cover.
    const header = `Druckstadt an der Enz, Selbsteinschätzung vom ${today().split('-').reverse().join('.')} (Vollständiger Check)`;
    expect(pages[0]).not.toContain(header);
    for (const [i, p] of pages.slice(1).entries()) expect.soft(p, `header on page ${i + 2}`).toContain(header);
    expectNoNavigationChrome(text, {
      absent: ['Zum Inhalt springen', 'Hauptnavigation', 'Barriere melden', 'Impressum', 'English', 'Exportieren', 'Bericht drucken', 'Daten als Tabelle', 'Gespeichert um'],
      navRow: 'Start\\s+Profil\\s+Fragen|Ergebnisse\\s+Maßnahmenplan\\s+Bericht',
    });
    // „Maßnahmenplan“ appears only as the plan's heading, not as a navigation item.
    expect(text.split('\n').filter((l) => l.trim() === 'Maßnahmenplan')).toHaveLength(1);
  });

  // BUG (see the report): the gap chart and the heat map print their table on the next page(s).
  test('no chart is cut by a page break, no table row either', async () => {
    expectNoSplitFigures(PDF_DE, JSON.parse(readFileSync(FIGURES_DE, 'utf8')));
  });
});

// BUG (see the report): the report's tables scroll sideways in a .table-wrap keyboard users cannot reach.
test('the report page passes axe, in German and in English', async ({ page }) => {
  await seedAssessment(page, fullCheck);
  await page.goto('./#/bericht');
  await expect(page.getByRole('heading', { level: 1, name: 'Bericht' })).toBeVisible();
  await checkA11y(page, 'report');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  await checkA11y(page, 'English report');
});

test.describe('English report of a Kurzcheck', () => {
  test.describe.configure({ mode: 'serial' });

  test('„Report“, „Print report“; the PDF is A4, in English, with the content and no navigation', async ({ page }) => {
    await stubPrint(page);
    await seedAssessment(page, { name: 'Shortcheck Town', scope: 'kurzcheck', pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : 3) });
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await navLink(page, 'Report').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeFocused();
    // The English questionnaire texts arrive after the switch; wait for them before printing.
    await expect(page.locator('#report-dim-cybersicherheit')).toHaveText(questionnaire().dimensions.find((d) => d.id === 'cybersicherheit').title.en);
    // Include the simulated comparison: then every place that shows it says so.
    await page.getByLabel('Include the comparison with the example data (simulated) in the report').check();
    await page.getByRole('button', { name: 'Print report' }).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);

    await printPdf(page, PDF_EN);
    writeFileSync(FIGURES_EN, JSON.stringify(await reportFigures(page)));
    await expectWholeWordsAndReadableSizes(page, PDF_EN, 'Page');
    const info = pdfInfo(PDF_EN);
    expect(Math.abs(info.width - 595)).toBeLessThan(1);
    expect(Math.abs(info.height - 842)).toBeLessThan(1);
    console.log(`English Kurzcheck report: ${info.pages} pages`);
    test.info().annotations.push({ type: 'pdf pages', description: `English Kurzcheck: ${info.pages}` });
    expect(info.pages).toBeGreaterThanOrEqual(PAGES_KURZ[0]);
    expect(info.pages).toBeLessThanOrEqual(PAGES_KURZ[1]);

    const pages = pdfPages(PDF_EN);
    const text = pages.join('\n');
    expect(pages[0]).toContain('Shortcheck Town');
    expect(pages[0]).toContain('Results report of the DigiKompass self-assessment');
    expect(pages[0]).toMatch(/Scope\s+Short check/);
    expect(pages[1]).toMatch(/^\s*At a glance\s*$/m);
    for (const d of questionnaire().dimensions) expect(text).toMatch(new RegExp(`^\\s*${esc(d.title.en)}\\s*$`, 'm'));
    for (const h of ['At a glance', 'Results per dimension', 'Action plan', 'Comparison with other municipalities', 'Method in brief', 'Appendix']) {
      expect(text, `heading „${h}“`).toMatch(new RegExp(`^\\s*${esc(h)}\\s*$`, 'm'));
    }
    // The shipped example pack is this project's text: named in English here.
    expect(text.replace(/\s+/g, ' ')).toContain('Benchmark data: “Example data: simulated municipalities in Baden-Württemberg”');
    expect(text).not.toContain(SHIPPED.title);
    expect(text).toContain('Example data (simulated) – not an official state average');
    expect(text.replace(/\s+/g, ' ')).toMatch(/Comparison group from example data \(simulated\): .+, \d+ simulated municipalities/);
    expect(text).toContain('Example data (simulated): middle 50%');
    expectNoNavigationChrome(text, {
      absent: ['Skip to content', 'Main navigation', 'Report a barrier', 'Imprint', 'Deutsch', 'Export', 'Print report', 'Data as a table', 'Zum Inhalt springen'],
      navRow: 'Start\\s+Profile\\s+Questions|Results\\s+Action plan\\s+Report',
    });
    expect(text.split('\n').filter((l) => l.trim() === 'Action plan')).toHaveLength(1);
  });

  // BUG (see the report): the English report prints „Seite 1 von N“.
  test('the page footer is in English („Page 1 of N“)', async () => {
    const pages = pdfPages(PDF_EN);
    expect(pages[0]).toMatch(/Page 1 of \d+/);
    expect(pages.join('\n')).not.toMatch(/Seite \d+ von \d+/);
  });

  // BUG (see the report): as in German, the gap chart and the heat map are cut from their tables.
  test('no chart is cut by a page break, no table row either', async () => {
    expectNoSplitFigures(PDF_EN, JSON.parse(readFileSync(FIGURES_EN, 'utf8')));
  });
});

// Leaving the report used to panic („reactive value … already disposed“): its charts read the
// page's own signal while the page was torn down, and the app stopped responding.
test('leaving the report and coming back works; the choice to include the simulated comparison is kept', async ({ page }) => {
  await seedAssessment(page, { name: 'Hin und Zurück', pick: () => 2 });
  await navLink(page, 'Bericht').click();
  const include = page.getByLabel('Vergleich mit den Beispieldaten (simuliert) in den Bericht aufnehmen');
  await expect(include).not.toBeChecked();
  await expect(page.locator('#chart-overview')).not.toContainText('simuliert');
  await include.check();
  await expect(page.locator('#chart-overview')).toContainText('Beispieldaten (simuliert)');
  await navLink(page, 'Ergebnisse').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeFocused();
  await navLink(page, 'Bericht').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bericht' })).toBeFocused();
  await expect(include).toBeChecked();
  await include.uncheck();
  await expect(page.locator('#chart-overview')).not.toContainText('simuliert');
});
