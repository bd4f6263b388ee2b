// The main path in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright
// can only drive its own patched Firefox, which would be a download): start → profile →
// Kurzcheck → results → reload → report → PDF → export → English, against the release build in
// dist/, with the same guards as the Chromium tests (no request to another host, no page error).
//
//   node e2e/firefox/main-path.mjs        (FIREFOX=/path/to/firefox to use another binary)
//
// Exits non-zero on the first failed check and says which. Leaves the PDF, its first pages as
// PNG and screenshots in e2e/artifacts/firefox/.
import puppeteer from 'puppeteer-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenWords, horizontalOverflow } from '../layout-probe.mjs';
import { assessmentFile, buildAssessment } from '../assessments.mjs';
import { pdfInfo, pdfPages } from '../pdf.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'e2e', 'artifacts', 'firefox');
const PORT = 8131;
const BASE = `http://127.0.0.1:${PORT}/`;
// A full check prints at most 14 pages (#12), a Kurzcheck fewer, in Firefox as in Chromium.
const MAX_FULL_PAGES = 14;
const MAX_KURZ_PAGES = 12;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const downloads = mkdtempSync(join(tmpdir(), 'digikompass-ff-'));

// Firefox hyphenates flowing text itself (with a hyphen); cells, values and buttons it must not.
const CELLS = 'th, td, dt, dd, button, .button';
const SCREENS = [
  '#/', '#/profil', '#/fragen/1', '#/ergebnisse', '#/massnahmen', '#/dienstleister', '#/verlauf',
  '#/vergleichsdaten', '#/beitrag', '#/methodik', '#/begriffe', '#/datenschutz', '#/barrierefreiheit',
  '#/leichte-sprache', '#/bericht',
];

/** Page numbers (1-based) with under 40 characters: a blank page Firefox put in. */
const nearlyEmpty = (texts) => texts.map((t, i) => [i + 1, t.trim().length]).filter(([, n]) => n < 40).map(([i]) => i);

const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) throw new Error(what);
}

const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', join(ROOT, 'dist'), '--port', String(PORT)], { stdio: 'ignore' });
async function serverUp() {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(BASE)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('static server did not start');
}

const browser = await (async () => {
  await serverUp();
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    env: { ...process.env, TZ: 'Europe/Berlin' },
    extraPrefsFirefox: {
      'intl.accept_languages': 'de-DE',
      'intl.locale.requested': 'de-DE',
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      // Nothing but the app: no telemetry, update or safe-browsing traffic to muddy the guard.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
})();

const foreign = [];
const errors = [];
let exitCode = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  // window.print() blocks in headless Firefox: count the calls instead.
  await page.evaluateOnNewDocument(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });

  const aria = (role, name) => page.locator(`::-p-aria([name="${name}"][role="${role}"])`);
  const h1Is = async (text) => {
    try {
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() === t, { timeout: 10_000 }, text);
    } catch {
      const shown = await page.evaluate(() => `${location.hash}: „${document.querySelector('h1')?.textContent.trim()}“`);
      check(false, `heading „${text}“ (shown: ${shown})`);
    }
  };
  const textOf = (selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim());

  // Start → profile.
  await page.goto(BASE);
  await h1Is('Digitale Kompetenz Ihrer Kommune einschätzen');
  check(await page.$eval('html', (el) => el.lang) === 'de', 'start page in German (lang="de")');
  await aria('button', 'Selbsteinschätzung starten').click();
  await h1Is('Profil Ihrer Kommune');
  await page.locator('#profile-name').fill('Feuerfuchsingen');
  await page.select('#profile-kind', await page.$eval('#profile-kind', (s) => [...s.options].find((o) => o.textContent === 'Gemeinde').value));
  await page.locator('#profile-inhabitants').fill('3.200');
  await page.locator('#scope-kurz').click();
  await aria('button', 'Weiter').click();

  // Kurzcheck: one question a page; levels 0–4 in turn, so every dimension has a level and a gap.
  await page.waitForSelector('.progress-text');
  const total = Number((await textOf('.progress-text')).match(/von (\d+)/)[1]);
  check(total >= 20, `Kurzcheck has one page per category (${total})`);
  for (let p = 1; p <= total; p++) {
    await page.waitForFunction((p, n) => document.querySelector('.progress-text')?.textContent.trim() === `Kategorie ${p} von ${n}`, {}, p, total);
    const radios = await page.$$('fieldset.question input[type=radio]');
    check(radios.length >= 5, `page ${p}: a question with its levels`);
    for (const radio of radios) {
      if (await radio.evaluate((el, level) => el.labels[0].textContent.startsWith(`Stufe ${level}:`), p % 5)) {
        await radio.click();
        break;
      }
    }
    await aria('button', p < total ? 'Weiter' : 'Auswerten').click();
  }

  // Results, and the same after a reload (localStorage).
  await h1Is('Ergebnisse');
  const resultsCheck = async (when) => {
    await page.waitForSelector('.card__level');
    const levels = await page.$$eval('.card__level', (els) => els.map((el) => el.textContent.trim()));
    check(levels.length === 4 && levels.every((l) => /^\d,\d von 4$/.test(l)), `results ${when}: four dimension levels (${levels.join(' | ')})`);
    check((await textOf('main .lead')).includes('Feuerfuchsingen'), `results ${when}: the Kommune's name`);
    check(await page.$$eval('.chart__svg svg', (svgs) => svgs.length) >= 3, `results ${when}: charts drawn`);
    return levels;
  };
  const levels = await resultsCheck('after the walk');
  await page.screenshot({ path: join(OUT, 'ergebnisse-1280.png'), fullPage: true });
  check((await page.evaluate(horizontalOverflow)) === 0, 'results at 1280 px: no sideways scrolling');
  // Firefox hyphenates flowing text itself („Sicher-heit“ with a hyphen); cells and values never.
  const broken = await page.evaluate(brokenWords, CELLS);
  check(broken.length === 0, `results at 1280 px: no word broken in a table cell, card value or button ${broken.join('; ')}`);
  await page.reload();
  const again = await resultsCheck('after a reload');
  check(JSON.stringify(again) === JSON.stringify(levels), 'reload keeps the answers');

  // Every screen at a phone's and a desktop's width: nothing sticks out, and no word is broken
  // in a table cell, term, value or button (flowing text Firefox hyphenates itself, with a hyphen).
  for (const width of [360, 1280]) {
    await page.setViewport({ width, height: 900 });
    for (const route of SCREENS) {
      await page.evaluate((r) => { location.hash = r; }, route);
      await page.waitForFunction((r) => location.hash === r && document.querySelector('main h1'), {}, route);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const overflow = await page.evaluate(horizontalOverflow);
      const split = await page.evaluate(brokenWords, CELLS);
      if (overflow || split.length) check(false, `${route} at ${width} px: ${overflow} px too wide; ${split.join('; ')}`);
    }
    await page.screenshot({ path: join(OUT, `bericht-${width}.png`), fullPage: true });
  }
  check(true, `${SCREENS.length} screens at 360 and 1280 px: no sideways scrolling, no broken word in cells, values or buttons`);
  await page.setViewport({ width: 1280, height: 900 });

  // Report → „Bericht drucken“ → PDF from Firefox's own print engine.
  await page.evaluate(() => { location.hash = '#/bericht'; });
  await h1Is('Bericht');
  await aria('button', 'Bericht drucken').click();
  check(await page.evaluate(() => window.__printed) === 1, '„Bericht drucken“ calls window.print()');
  const pdfPath = join(OUT, 'bericht-kurzcheck-de-firefox.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const pages = pdfInfo(pdfPath).pages;
  const texts = pdfPages(pdfPath);
  console.log(`Firefox: German Kurzcheck report prints ${pages} pages`);
  check(pages >= 4 && pages <= MAX_KURZ_PAGES, `report PDF has 4–${MAX_KURZ_PAGES} pages (${pages})`);
  const blank = nearlyEmpty(texts);
  check(blank.length === 0, `no blank page in the PDF (near-empty: ${blank.join(', ') || 'none'})`);
  check(texts[0].includes('Feuerfuchsingen') && !texts[0].includes('Hauptnavigation'), 'page 1 is the cover, without navigation');
  check(texts[1].includes('Auf einen Blick'), 'page 2 is „Auf einen Blick“');
  check(/Seitenzahlen|page numbers/i.test(texts.join('\n')) || /Seite 1 von/.test(texts[0]), 'page numbers, or a note that this browser prints none');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdfPath, join(OUT, 'bericht-de')]);

  // Export (offered beside the questions): the file the user keeps.
  await page.evaluate(() => { location.hash = '#/fragen/1'; });
  await page.waitForFunction(() => document.querySelector('.progress-text')?.textContent.trim().startsWith('Kategorie 1 von'));
  await aria('button', 'Exportieren').click();
  // Firefox writes the download under its final name and fills it a moment later.
  let exported;
  let file;
  for (let i = 0; i < 100 && !file; i++) {
    exported = readdirSync(downloads).find((f) => f.endsWith('.json'));
    try { file = exported && JSON.parse(readFileSync(join(downloads, exported), 'utf8')); } catch { /* not complete yet */ }
    if (!file) await new Promise((r) => setTimeout(r, 100));
  }
  check(Boolean(file), `„Exportieren“ downloads a .json file (${exported})`);
  check(file.format === 'digikompass-assessment' && file.assessment?.profile?.name === 'Feuerfuchsingen', 'the export holds the assessment');
  check(Object.keys(file.assessment.answers ?? {}).length === total, `the export holds all ${total} answers`);

  // English, on the results.
  await page.evaluate(() => { location.hash = '#/ergebnisse'; });
  await h1Is('Ergebnisse');
  await aria('link', 'English').click();
  await h1Is('Results');
  check(await page.$eval('html', (el) => el.lang) === 'en', 'English: lang="en"');
  await page.waitForFunction(() => document.querySelector('.card__level')?.textContent.includes('of 4'));
  await page.screenshot({ path: join(OUT, 'results-en-1280.png'), fullPage: true });

  // A full check, imported, prints at most 14 pages with „Auf einen Blick“ on page 2.
  const full = join(downloads, 'vollstaendig.json');
  writeFileSync(full, assessmentFile(buildAssessment({
    name: 'Druckstadt an der Enz',
    respondent: 'Hauptamt und ISB',
    pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : x.id.startsWith('cs-backup-') ? 4 : ['cs-isms-concept', 'od-quality-api'].includes(x.id) ? 'dk' : 2),
  })));
  await aria('link', 'Deutsch').click();
  await page.evaluate(() => { location.hash = '#/'; });
  await h1Is('Digitale Kompetenz Ihrer Kommune einschätzen');
  const input = await page.$('input[type=file]');
  await input.uploadFile(full);
  await page.waitForFunction(() => document.querySelector('#import-result')?.textContent.includes('wurde importiert'));
  await page.evaluate(() => { location.hash = '#/bericht'; });
  await h1Is('Bericht');
  const fullPdf = join(OUT, 'bericht-vollstaendig-de-firefox.pdf');
  writeFileSync(fullPdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const fullPages = pdfInfo(fullPdf).pages;
  const fullTexts = pdfPages(fullPdf);
  console.log(`Firefox: German full-check report prints ${fullPages} pages`);
  check(fullPages <= MAX_FULL_PAGES, `full-check report has at most ${MAX_FULL_PAGES} pages (${fullPages})`);
  check(fullTexts[1].includes('Auf einen Blick') && fullTexts[1].includes('Die drei wichtigsten Maßnahmen'), 'full check: page 2 is „Auf einen Blick“');
  const fullBlank = nearlyEmpty(fullTexts);
  check(fullBlank.length === 0, `full check: no blank page (near-empty: ${fullBlank.join(', ') || 'none'})`);
  execFileSync('pdftoppm', ['-png', '-r', '60', fullPdf, join(OUT, 'bericht-vollstaendig-de')]);

  check(foreign.length === 0, `no request to another host ${foreign.join(' ')}`);
  check(errors.length === 0, `no page error ${errors.join(' | ')}`);
} catch (error) {
  if (!failures.length) console.log(`FAIL ${error.message}`);
  if (errors.length) console.log(`page errors so far: ${errors.join(' | ')}`);
  exitCode = 1;
} finally {
  await browser.close();
  server.kill();
  rmSync(downloads, { recursive: true, force: true });
}
console.log(exitCode ? 'Firefox main path: FAILED' : 'Firefox main path: passed');
process.exit(exitCode);
