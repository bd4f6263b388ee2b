// Screenshots of the main screens at 360 and 1280 CSS px, German and English, for a person to
// look at after a change (a test cannot see a squeezed column). Not a test; run after
// ./scripts/build.sh:
//
//   node scripts/screenshots.mjs [route …]     (default: start, results, plan, history, report)
//
// Writes e2e/artifacts/screens/<route>-<lang>-<width>.png (full page) and …-top.png (first screen). Seeds two assessments of the same
// Kommune (2025 partly answered, 2026 fully answered), so „Verlauf“ has something to compare.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const out = join(root, 'e2e', 'artifacts', 'screens');
mkdirSync(out, { recursive: true });
const questionnaire = await import(join(root, 'e2e', 'tests', 'fixtures.mjs')).then((m) => m.questionnaire());
// The category page holding the ISB question: a critical question, references, help-text links.
const isbPage = questionnaire.dimensions.flatMap((d) => d.categories).findIndex((c) => c.id === 'cs-isms') + 1;
const ROUTES = {
  start: '#/', results: '#/ergebnisse', plan: '#/massnahmen', history: '#/verlauf', report: '#/bericht',
  fragen: `#/fragen/${isbPage}`, begriffe: '#/begriffe', methodik: '#/methodik',
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ROUTES);
const ids = questionnaire.dimensions.flatMap((d) => d.categories.flatMap((c) => c.questions.map((q) => [d.id, q.id])));
const assessment = (id, date, pick) => ({
  format: 'digikompass-assessment',
  format_version: 2,
  assessment: {
    id, questionnaire_id: questionnaire.id, questionnaire_version: questionnaire.version, date, updated_ms: Date.parse(date),
    profile: { name: 'Musterhausen', kind: 'gemeinde', inhabitants: 3200, scope: 'full' },
    answers: Object.fromEntries(ids.flatMap(([dim, q], i) => {
      const level = pick(dim, i);
      return level === null ? [] : [[q, { response: { kind: 'level', level } }]];
    })),
    targets: {}, measures: {},
  },
});
// 2025: Cybersicherheit only; 2026: everything, varied.
const earlier = assessment('shot-2025', '2025-11-20', (dim, i) => (dim === 'cybersicherheit' ? i % 3 : null));
const later = assessment('shot-2026', '2026-11-25', (dim, i) => (i * 7) % 5);

const server = await startServer({ dir: join(root, 'dist'), listenPort: 8093, listenHost: '127.0.0.1', prefix: '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
for (const lang of ['de', 'en']) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
    await context.addInitScript(({ files, lang }) => {
      if (localStorage.getItem('digikompass.settings')) return;
      for (const f of files) localStorage.setItem(`digikompass.assessment.${f.assessment.id}`, JSON.stringify(f));
      localStorage.setItem('digikompass.settings', JSON.stringify({ lang, active: 'shot-2026', history: 'shot-2025' }));
    }, { files: [earlier, later], lang });
    const page = await context.newPage();
    for (const name of wanted) {
      await page.goto(`http://127.0.0.1:8093/${ROUTES[name]}`);
      await page.locator('main h1').waitFor();
      // English questionnaire texts arrive after the first render (a German word such as
      // „Cybersicherheit“ can stay legitimately, e.g. in a glossary entry's long form).
      if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.waitForTimeout(lang === 'en' ? 900 : 300);
      const file = join(out, `${name}-${lang}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // The first screen as it opens, legible at a glance (full pages are tall).
      await page.screenshot({ path: file.replace(/\.png$/, '-top.png') });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
server.close();
