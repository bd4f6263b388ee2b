// What a reader sees: on every screen, at a phone's and a desktop's width, in German and in
// English (longer words in German, longer phrases in English), no word is broken inside by a
// narrow box („1 / , / 5“, „Prozen / t“) and nothing sticks out of the page. At 360 and 1280 px
// every screen is also kept as a screenshot in e2e/artifacts/screens/layout/ for a person to look at.
import { join } from 'node:path';
import { test, expect, seedAssessment, ARTIFACTS } from './fixtures.mjs';
import { brokenWords, horizontalOverflow } from '../layout-probe.mjs';

const SCREENS = [
  '#/', '#/profil', '#/fragen/1', '#/fragen/9', '#/ergebnisse', '#/massnahmen', '#/dienstleister', '#/bericht',
  '#/verlauf', '#/teilbogen', '#/vergleichsdaten', '#/kreisuebersicht', '#/beitrag', '#/methodik', '#/begriffe', '#/datenschutz',
  '#/barrierefreiheit', '#/leichte-sprache',
];

for (const lang of ['de', 'en']) {
  for (const width of [320, 360, 768, 1280, 1920]) {
    test(`no broken word and no sideways scrolling on any screen at ${width} px (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      await seedAssessment(page, {
        name: 'Hohenstadt-Unterweißenbach',
        pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : x.id.endsWith('-concept') ? 'dk' : x.id.startsWith('od-') ? 1 : 3),
      });
      if (lang === 'en') await page.getByRole('link', { name: 'English', exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.setViewportSize({ width, height: 900 });
      for (const route of SCREENS) {
        await test.step(route, async () => {
          await page.goto(`./${route}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          // Charts are drawn after the first frame for the measured width.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          // Open every <details> so the tables and help texts inside are measured too.
          await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
          expect.soft(await page.evaluate(brokenWords), `${route} at ${width} px (${lang}): words split over lines`).toEqual([]);
          expect.soft(await page.evaluate(horizontalOverflow), `${route} at ${width} px (${lang}): px wider than the window`).toBe(0);
          if (width === 360 || width === 1280) {
            const name = route.replace(/^#\//, '').replace(/\//g, '-') || 'start';
            await page.screenshot({ path: join(ARTIFACTS, 'screens', 'layout', `${name}-${lang}-${width}.png`), fullPage: true });
          }
        });
      }
    });
  }
}
