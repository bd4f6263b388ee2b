// The app under a sub-path (scripts/serve.mjs --base /kommunal/digikompass/, port 8124), offline
// once loaded, and without cookies.
import { test, expect, checkA11y, startAssessment, answerPage, walkAll, choiceRadio, questionnaire , counts } from './fixtures.mjs';
import { SUBPATH_PORT } from '../playwright.config.mjs';

const BASE = `http://127.0.0.1:${SUBPATH_PORT}/kommunal/digikompass/`;
test.use({ baseURL: BASE });

function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) urls.push(`HTTP ${r.status()} ${r.url()}`); });
  return urls;
}

test('under a sub-path: start, answer a page, reload, still there', async ({ page }) => {
  const urls = recordRequests(page);
  await startAssessment(page, { name: 'Unterpfadingen' });
  await expect(page).toHaveURL(`${BASE}#/fragen/1`);
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 1 von ${counts().categories}`);
  await checkA11y(page, 'sub-path questions');
  const n = await answerPage(page, (i) => (i + 1) % 5);
  await expect(page.locator('#save-status')).toContainText('Gespeichert');
  await page.reload();
  await expect(page).toHaveURL(`${BASE}#/fragen/1`);
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 1 von ${counts().categories}`);
  for (let i = 0; i < n; i++) await expect(choiceRadio(page.locator('fieldset.question').nth(i), (i + 1) % 5)).toBeChecked();
  // Links stay under the sub-path.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Ergebnisse' }).click();
  await expect(page).toHaveURL(`${BASE}#/ergebnisse`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  // Every request stayed under the sub-path and none failed.
  const http = urls.filter((u) => u.startsWith('http'));
  expect(http.filter((u) => !u.startsWith(BASE)), 'requests outside the sub-path').toEqual([]);
  expect(urls.filter((u) => u.startsWith('HTTP ')), 'failed requests').toEqual([]);
});

test('a server that sends the WebAssembly with another MIME type still gets the app', async ({ page }) => {
  // Many plain servers send .wasm as application/octet-stream; the loader then compiles the
  // whole download instead of the stream.
  const types = [];
  await page.route('**/main_bg.wasm', async (route) => {
    const response = await route.fetch();
    types.push(response.headers()['content-type']);
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Selbsteinschätzung starten' })).toBeVisible();
  expect(types, 'the server itself sends application/wasm').toEqual(['application/wasm']);
  expect(errors).toEqual([]);
});

test('privacy: after a full walk there is no cookie', async ({ page, context }) => {
  await startAssessment(page, { name: 'Keksfrei' });
  await walkAll(page, (id, p, i) => (p + i) % 5);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Bericht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bericht' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Vergleichsdaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergleichsdaten' })).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  // Only our own keys in localStorage; nothing in sessionStorage.
  const keys = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  expect(keys.local.every((k) => k.startsWith('digikompass.'))).toBe(true);
  expect(keys.session).toEqual([]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('once loaded, the app opens and works offline (service worker), with the saved answers', async ({ page, context }) => {
    await startAssessment(page, { name: 'Offlinehausen' });
    await answerPage(page, () => 3);
    await expect(page.locator('#save-status')).toContainText('Gespeichert');
    // Wait until the service worker controls the page and has cached the app.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.progress-text')).toHaveText(`Kategorie 1 von ${counts().categories}`);
    await expect(choiceRadio(page.locator('fieldset.question').first(), 3)).toBeChecked();
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await answerPage(page, () => 1);
    await expect(page.locator('#save-status')).toContainText('Gespeichert');
    await page.goto(`${BASE}#/ergebnisse`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
    // The English questionnaire texts, loaded on demand, come from the cache too.
    await page.goto(`${BASE}#/fragen/1`);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionnaire().dimensions[0].categories[0].title.en);
    await expect(page.locator('fieldset.question legend').first()).toContainText(questionnaire().dimensions[0].categories[0].questions[0].text.en);
    await context.setOffline(false);
  });
});
