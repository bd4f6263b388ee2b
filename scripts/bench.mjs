// DigiKompass benchmark (not a test): download size, first screen, first question, answer and
// chart latency, building a benchmark pack from 1,101 contributions. Prints a report.
//
//   node scripts/bench.mjs [--build] [--runs 7] [--clicks 40] [--cpu 4]
//
// --cpu 4 slows the page's CPU fourfold (DevTools' CPU throttling), for a slow municipal PC.
//
// Uses the release build in dist/ (built first with --build or when dist/ is missing), the plain
// static server of scripts/serve.mjs and Debian's Chromium, like the browser tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = flag('runs', 7);
const CLICKS = flag('clicks', 40);
const CPU = flag('cpu', 1);
const PORT = 8199;

if (args.includes('--build') || !existsSync(join(dist, 'index.html'))) {
  execFileSync(join(root, 'scripts/build.sh'), { stdio: 'inherit' });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

function sizes(files) {
  let gz = 0;
  let br = 0;
  let raw = 0;
  const rows = files.map((f) => {
    const data = readFileSync(join(dist, f));
    const g = gzipSync(data, { level: 9 }).length;
    const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    raw += data.length;
    gz += g;
    br += b;
    return `  ${f.padEnd(48)} ${kb(data.length).padStart(10)} raw ${kb(g).padStart(10)} gzip ${kb(b).padStart(10)} brotli`;
  });
  return { rows, raw, gz, br };
}

const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });

/** A new page of `context`, CPU-throttled with --cpu. */
async function newPage(context) {
  const page = await context.newPage();
  if (CPU > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return page;
}

const server = await startServer({ dir: dist, listenPort: PORT, listenHost: '127.0.0.1', prefix: '/' });
const base = `http://127.0.0.1:${PORT}/`;
const browser = await launch();
const report = [];

const watchScript = () => {
  const mark = () => {
    if (!window.__h1 && document.querySelector('main h1')) window.__h1 = performance.now();
    if (!window.__radio && document.querySelector('fieldset.question input[type=radio]')) {
      window.__radio = performance.now();
      // After paint: a task posted from the next animation frame.
      requestAnimationFrame(() => setTimeout(() => { window.__radioPainted = performance.now(); }));
    }
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
};

// 1. What a first visit downloads: the files fetched until the start page is usable (its h1
// built), those fetched after it until the first question is on screen (the questionnaire's
// texts come right after the first screen), and what switching to English adds.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await newPage(context);
  await page.addInitScript(watchScript);
  await page.goto(base);
  await page.getByRole('button', { name: 'Selbsteinschätzung starten' }).waitFor();
  await page.waitForLoadState('networkidle');
  const fetched = () => page.evaluate(() => ({
    h1: window.__h1,
    resources: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname.replace(/^\//, ''), start: e.startTime })),
  }));
  const atStart = await fetched();
  const inDist = (list) => [...new Set(list.map((r) => r.path))].filter((f) => existsSync(join(dist, f))).sort();
  const firstFiles = ['index.html', ...inDist(atStart.resources.filter((r) => r.start <= atStart.h1))];
  const first = sizes(firstFiles);
  report.push('First screen (German): files fetched until the start page is usable');
  report.push(...first.rows);
  report.push(`  total: ${kb(first.raw)} raw, ${kb(first.gz)} gzip, ${kb(first.br)} brotli (budget 250 KiB brotli)`);
  // On to the first question, as a user would.
  await page.getByRole('button', { name: 'Selbsteinschätzung starten' }).click();
  await page.getByLabel('Name der Kommune').fill('Benchhausen');
  await page.getByLabel('Art der Kommune').selectOption({ label: 'Gemeinde' });
  await page.getByLabel('Einwohnerzahl').fill('3200');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.locator('fieldset.question input[type=radio]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const later = inDist((await fetched()).resources).filter((f) => !firstFiles.includes(f));
  const after = sizes(later);
  report.push('  fetched after it, until the first question:');
  report.push(...after.rows);
  report.push(`  until the first question in all: ${kb(first.br + after.br)} brotli`);
  const english = readdirSync(dist).filter((f) => f.startsWith('questionnaire-en-') || f.startsWith('ui-en-'));
  const en = sizes(english);
  report.push(`  switching to English adds at most (UI texts and all ${english.length - 1} questionnaire parts): ${kb(en.br)} brotli`);
  await context.close();
}

// 2. Navigation → first interactive screen, and → first question (fresh context each run).
const seed = (name) => {
  const id = 'bench';
  const file = {
    format: 'digikompass-assessment',
    format_version: 2,
    assessment: {
      id, questionnaire_id: 'digikompass-kommunal', questionnaire_version: 1, date: '2026-11-25', updated_ms: 1,
      profile: { name, kind: 'gemeinde', inhabitants: 3200, scope: 'full' }, answers: {}, targets: {}, measures: {},
    },
  };
  return { key: `digikompass.assessment.${id}`, value: JSON.stringify(file), settings: JSON.stringify({ active: id }) };
};
/** Makes `page` start with a fresh assessment called `name` opened (once per context). */
const seedPage = (page, name) =>
  page.addInitScript(({ key, value, settings }) => {
    if (!localStorage.getItem(key)) {
      localStorage.setItem(key, value);
      localStorage.setItem('digikompass.settings', settings);
    }
  }, seed(name));
{
  const firstScreen = [];
  const firstQuestion = [];
  const profileToQuestion = [];
  const phases = [];
  for (let i = 0; i < RUNS; i++) {
    let context = await browser.newContext({ serviceWorkers: 'block' });
    let page = await newPage(context);
    await page.addInitScript(watchScript);
    await page.goto(base);
    await page.waitForFunction(() => window.__h1 && document.querySelector('button.button--primary'));
    firstScreen.push(await page.evaluate(() => window.__h1));
    phases.push(await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      return { wasmLoaded: wasm?.responseEnd ?? NaN, start: at('digikompass-start'), mounted: at('digikompass-mounted') };
    }));
    // On through the profile, as a user would: „Weiter“ → the first question painted.
    await page.getByRole('button', { name: 'Selbsteinschätzung starten' }).click();
    await page.getByLabel('Name der Kommune').fill('Benchhausen');
    await page.getByLabel('Art der Kommune').selectOption({ label: 'Gemeinde' });
    await page.getByLabel('Einwohnerzahl').fill('3200');
    await page.evaluate(() => document.addEventListener('click', (e) => { window.__weiter ??= e.timeStamp; }, { capture: true }));
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForFunction(() => window.__radioPainted);
    profileToQuestion.push(await page.evaluate(() => window.__radioPainted - window.__weiter));
    await context.close();

    context = await browser.newContext({ serviceWorkers: 'block' });
    page = await newPage(context);
    await seedPage(page, 'Benchhausen');
    await page.addInitScript(watchScript);
    await page.goto(`${base}#/fragen/1`);
    await page.waitForFunction(() => window.__radio);
    firstQuestion.push(await page.evaluate(() => window.__radio));
    await context.close();
  }
  report.push('');
  report.push(`Navigation → first interactive screen (start page h1): median ${ms(median(firstScreen))}, p95 ${ms(p95(firstScreen))} (budget 300 ms)`);
  report.push(`  of which: wasm downloaded at ${ms(median(phases.map((p) => p.wasmLoaded)))}, app code starts at ${ms(median(phases.map((p) => p.start)))} (compile + instantiate), first screen built at ${ms(median(phases.map((p) => p.mounted)))}`);
  report.push(`„Weiter“ on the profile → first question painted: median ${ms(median(profileToQuestion))}, p95 ${ms(p95(profileToQuestion))} (budget 150 ms)`);
  report.push(`Navigation straight to a question page (a reload there) → first question visible: median ${ms(median(firstQuestion))}, p95 ${ms(p95(firstQuestion))} (budget 1 s)`);
}

// 3. Answer click → saved in localStorage and progress updated; target change → chart redrawn.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await newPage(context);
  await seedPage(page, 'Benchhausen');
  await page.goto(`${base}#/fragen/1`);
  await page.locator('fieldset.question input[type=radio]').first().waitFor();
  const clicks = await page.evaluate(async (n) => {
    const radios = [...document.querySelectorAll('fieldset.question input[type=radio]')].filter((r) => /-l\d$/.test(r.id));
    const progress = () => document.querySelector('.category-nav .hint')?.textContent;
    const out = [];
    for (let i = 0; i < n; i++) {
      const radio = radios[(i * 7) % radios.length];
      if (radio.checked) continue;
      const before = localStorage.getItem('digikompass.assessment.bench');
      const beforeProgress = progress();
      const t0 = performance.now();
      radio.click();
      // Leptos applies the change synchronously in the event handler or in a microtask.
      for (let k = 0; k < 50 && (localStorage.getItem('digikompass.assessment.bench') === before || !radio.checked); k++) {
        await Promise.resolve();
      }
      // Then whatever else the change scheduled, and the browser's style and layout work.
      await new Promise((r) => setTimeout(r, 0));
      document.body.getBoundingClientRect();
      const t1 = performance.now();
      const saved = localStorage.getItem('digikompass.assessment.bench') !== before;
      out.push({ t: t1 - t0, saved, progressChanged: progress() !== beforeProgress });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  }, CLICKS);
  const times = clicks.map((c) => c.t);
  report.push('');
  report.push(`Answer click → saved, progress updated and laid out (${clicks.length} clicks, all saved: ${clicks.every((c) => c.saved)}): median ${ms(median(times))}, p95 ${ms(p95(times))} (budget 16 ms)`);

  // The results of a finished full check: every question answered (ids from the English
  // texts files of the dimensions, which have the same structure as the embedded German one).
  const ids = readdirSync(dist).filter((f) => /^questionnaire-en-[a-z-]+-[0-9a-f]{16}\.json$/.test(f))
    .flatMap((f) => (JSON.parse(readFileSync(join(dist, f), 'utf8')).dimension?.categories ?? []).flatMap((c) => c.questions.map((q) => q.id)));
  await page.evaluate((ids) => {
    const key = 'digikompass.assessment.bench';
    const file = JSON.parse(localStorage.getItem(key));
    ids.forEach((id, i) => { file.assessment.answers[id] = { response: { kind: 'level', level: (i * 7) % 5 } }; });
    localStorage.setItem(key, JSON.stringify(file));
  }, ids);
  await page.goto(`${base}#/ergebnisse`);
  await page.reload();
  await page.locator('#chart-radar svg').waitFor();
  if ((await page.locator('main').innerText()).includes('Vorläufiges Ergebnis')) throw new Error('bench: the full answer set did not load');
  const charts = await page.evaluate(async (n) => {
    const input = document.querySelector('.target-input input');
    const chart = document.querySelector('#chart-radar .chart__svg');
    const out = [];
    let unchanged = 0;
    for (let i = 0; i < n; i++) {
      const before = chart.innerHTML;
      const t0 = performance.now();
      input.value = String((i % 8) / 2);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      // Leptos runs its effects as microtasks: after one macrotask every chart, summary and
      // table is updated; reading layout then adds the browser's style and layout work.
      await new Promise((r) => setTimeout(r, 0));
      document.body.getBoundingClientRect();
      out.push(performance.now() - t0);
      if (chart.innerHTML === before) unchanged++;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { out, unchanged };
  }, 40);
  report.push(`Target change on the results of a full check → all charts, summaries and tables updated and laid out (${charts.out.length} changes, radar redrawn on ${charts.out.length - charts.unchanged}): median ${ms(median(charts.out))}, p95 ${ms(p95(charts.out))} (budget 16 ms)`);
  await context.close();
}

// 4. Building a benchmark pack from 1,101 contribution files in the browser.
{
  const dir = join(root, 'e2e/artifacts/contributions');
  // Files cached from an earlier questionnaire version would all be refused: make them anew.
  const version = JSON.parse(readFileSync(join(root, 'benchmarks/beispieldaten.json'), 'utf8')).questionnaire_version;
  const cached = join(dir, 'beitrag-1101.json');
  if (existsSync(cached) && JSON.parse(readFileSync(cached, 'utf8')).questionnaire_version !== version) rmSync(dir, { recursive: true });
  if (!existsSync(cached)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('cargo', ['run', '--quiet', '--bin', 'benchmark-generator', '--', '--pack', join(dir, '../pack.json'), '--contributions', dir], { cwd: root, stdio: 'inherit' });
  }
  // The budget speaks of 1,101 files (one per Gemeinde); the generator writes one per simulated
  // administration (1,406), so take the first 1,101.
  const files = readdirSync(dir).filter((f) => /^beitrag-\d+\.json$/.test(f)).sort().slice(0, 1101).map((f) => join(dir, f));
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await newPage(context);
  await page.goto(`${base}#/vergleichsdaten`);
  const input = page.getByLabel('Beitragsdateien auswählen (.json, mehrere möglich)');
  const t0 = Date.now();
  await input.setInputFiles(files);
  const summary = await page.locator('#builder-summary').textContent({ timeout: 60_000 });
  const wall = Date.now() - t0;
  const inApp = Number(summary.match(/\((\d+) ms,/)?.[1]);
  const checking = Number(summary.match(/davon (\d+) ms/)?.[1]);
  report.push('');
  report.push(`Pack from ${files.length} contributions: ${inApp} ms in the app from the drop to the checked list, of which ${checking} ms validation, dedup and counting (the rest is the browser reading the files); ${wall} ms including Playwright handing over the files (budget 1 s)`);
  report.push(`  app says: ${summary}`);
  const t1 = Date.now();
  await page.getByLabel('Quelle (wer hat die Beiträge gesammelt, welcher Zeitraum?)').fill('Benchmark');
  await page.getByRole('button', { name: 'Paket hier als aktives Paket verwenden' }).click();
  await page.getByText(/Das Paket wurde erstellt/).waitFor();
  report.push(`  building the pack (statistics, suppression, merging) and activating it: ${Date.now() - t1} ms`);
  await context.close();
}

await browser.close();
server.close();
console.log(`\nDigiKompass benchmark — ${new Date().toISOString()} — dist/ of ${statSync(join(dist, 'index.html')).mtime.toISOString()}${CPU > 1 ? ` — CPU throttled ${CPU}×` : ''}\n`);
console.log(report.join('\n'));
