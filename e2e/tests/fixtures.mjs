// Shared test set-up: every test records every request and fails if one left 127.0.0.1;
// `checkA11y` runs axe-core (WCAG 2.0/2.1 A and AA) and fails on any violation.
import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
// Injected through the DevTools protocol: an inline <script> tag would (rightly) be blocked by
// the app's Content-Security-Policy.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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

export async function checkA11y(page, label = '') {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  expect(result, `axe violations ${label}`).toEqual([]);
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

/** Answers every question on the current category page with `pick(index)` → level 0–4, 'na' or 'dk'. */
export async function answerPage(page, pick) {
  const groups = page.locator('fieldset.question');
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const group = groups.nth(i);
    const choice = pick(i);
    if (choice === 'na') await group.getByLabel('nicht zutreffend').check();
    else if (choice === 'dk') await group.getByLabel('weiß nicht').check();
    else if (choice !== null) await group.getByRole('radio', { name: new RegExp(`^Stufe ${choice}:`) }).check();
  }
  return n;
}

export async function pageCount(page) {
  const text = await page.locator('.progress-text').innerText();
  return Number(text.match(/von (\d+)/)[1]);
}
