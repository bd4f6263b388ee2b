// Shared test set-up: every test records every request and fails if one left 127.0.0.1;
// `checkA11y` runs axe-core (WCAG 2.0/2.1 A and AA) and fails on any violation.
// Helpers below drive the app by role and accessible name, seed assessments through the real
// import, and read downloads.
import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Injected through the DevTools protocol: an inline <script> tag would (rightly) be blocked by
// the app's Content-Security-Policy.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Repository root, and the git-ignored folder for files a person may want to look at. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const test = base.extend({
  page: async ({ page }, use, testInfo) => {
    const foreign = [];
    const errors = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      const local = ['blob:', 'data:'].includes(url.protocol) || url.hostname === '127.0.0.1';
      if (!local) foreign.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !testInfo.annotations.some((a) => a.type === 'expected-console-errors')) {
        errors.push(msg.text());
      }
    });
    await use(page);
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)), 'page errors').toEqual([]);
  },
});

export { expect };

/** axe-core's WCAG 2.0/2.1 A and AA violations on the current page. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

export async function checkA11y(page, label = '') {
  expect(await axeViolations(page), `axe violations ${label}`).toEqual([]);
}

/** Starts a new assessment and fills the profile. */
export async function startAssessment(page, { name = 'Musterhausen', kind = 'Gemeinde', inhabitants = '3200', scope = 'Vollständiger Check' } = {}) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Selbsteinschätzung starten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profil Ihrer Kommune');
  await page.getByLabel('Name der Kommune').fill(name);
  await page.getByLabel('Art der Kommune').selectOption({ label: kind });
  await page.getByLabel('Einwohnerzahl').fill(inhabitants);
  await page.getByRole('group', { name: 'Umfang' }).getByLabel(scope).check();
  await page.getByRole('button', { name: 'Weiter' }).click();
}

/** The radio of one question for `choice` (level 0–4, 'na' or 'dk'), inside its fieldset. */
export function choiceRadio(group, choice) {
  if (choice === 'na') return group.getByRole('radio', { name: 'nicht zutreffend' });
  if (choice === 'dk') return group.getByRole('radio', { name: 'weiß nicht' });
  return group.getByRole('radio', { name: new RegExp(`^Stufe ${choice}:`) });
}

/**
 * Answers every question on the current category page with `pick(index, questionId)` → level
 * 0–4, 'na', 'dk' or null (leave unanswered). Returns the number of questions on the page.
 */
export async function answerPage(page, pick) {
  const groups = page.locator('fieldset.question');
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const group = groups.nth(i);
    const id = (await group.getAttribute('id')).replace(/^question-/, '');
    const choice = pick(i, id);
    if (choice !== null && choice !== undefined) await choiceRadio(group, choice).check();
  }
  return n;
}

export async function pageCount(page) {
  const text = await page.locator('.progress-text').innerText();
  return Number(text.match(/von (\d+)/)[1]);
}

/**
 * From category page 1, answers every page with `pick(questionId)` and clicks „Auswerten“ on the
 * last one. Returns the ids of the questions seen, page by page.
 */
export async function walkAll(page, pick) {
  const total = await pageCount(page);
  const pages = [];
  for (let p = 1; p <= total; p++) {
    await expect(page.locator('.progress-text')).toHaveText(`Kategorie ${p} von ${total}`);
    const ids = [];
    await answerPage(page, (i, id) => {
      ids.push(id);
      return pick(id, p, i);
    });
    pages.push(ids);
    if (p < total) await page.getByRole('button', { name: 'Weiter' }).click();
  }
  await page.getByRole('button', { name: 'Auswerten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  return pages;
}

export { questionnaire, counts, allQuestions, question, today, buildAssessment, assessmentFile } from '../assessments.mjs';
import { buildAssessment, assessmentFile } from '../assessments.mjs';

export const importInput = (page) => page.locator('input[type=file]').and(page.getByLabel('Datei importieren'));

/** Imports `text` as a file on the start page and waits for the app's verdict. */
export async function importText(page, text, { name = 'import.json', mimeType = 'application/json' } = {}) {
  if (!(await page.getByRole('heading', { level: 2, name: 'Datei importieren' }).isVisible().catch(() => false))) {
    await page.goto('./#/');
  }
  await importInput(page).setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  const verdict = page.locator('#import-result').getByRole('status').or(page.locator('#import-result').getByRole('alert'));
  await expect(verdict).toBeVisible();
  return verdict;
}

/** Imports an assessment built with `buildAssessment` and expects success; it is then open. */
export async function seedAssessment(page, options = {}) {
  const assessment = buildAssessment(options);
  const verdict = await importText(page, assessmentFile(assessment));
  await expect(verdict).toHaveAttribute('role', 'status');
  await expect(verdict).toContainText('wurde importiert');
  return assessment;
}

/** Runs `action` and returns the download it triggers with its content. */
export async function downloadOf(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const buffer = readFileSync(await download.path());
  return { download, name: download.suggestedFilename(), buffer, text: buffer.toString('utf8') };
}

/** The link in the main navigation. */
export function navLink(page, name) {
  return page.getByRole('navigation', { name: /^(Hauptnavigation|Main navigation)$/ }).getByRole('link', { name, exact: true });
}

/** Keys in localStorage with their values. */
export async function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/** Names listed in „Gespeicherte Selbsteinschätzungen“ (row headers), in order. */
export async function savedNames(page) {
  const table = page.getByRole('table', { name: 'Selbsteinschätzungen in diesem Browser' });
  if (!(await table.isVisible().catch(() => false))) return [];
  return table.locator('tbody th[scope="row"]').allInnerTexts();
}

/** Presses Tab until `locator` has focus (at most `max` times); fails otherwise. */
export async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return i;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
  return max;
}

/** Formats like the app: one decimal, German comma. */
export const de1 = (x) => (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');
