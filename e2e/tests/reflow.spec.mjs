// Reflow (WCAG 1.4.10): at 320 CSS px every screen fits without horizontal page scrolling, and
// axe finds nothing (a table wider than the screen scrolls in its own keyboard-reachable box).
import { test, expect, axeViolations, seedAssessment } from './fixtures.mjs';

const ROUTES = [
  ['#/', 'Digitale Kompetenz Ihrer Kommune einschätzen'],
  ['#/profil', 'Profil Ihrer Kommune'],
  ['#/fragen/1', null],
  ['#/massnahmen', 'Maßnahmenplan'],
  ['#/dienstleister', 'Fragen an den IT-Dienstleister'],
  ['#/bericht', 'Bericht'],
  ['#/verlauf', 'Verlauf'],
  ['#/vergleichsdaten', 'Vergleichsdaten'],
  ['#/beitrag', 'Anonymer Beitrag für einen Vergleich'],
  ['#/methodik', 'Methodik'],
  ['#/datenschutz', 'Datenschutz'],
  ['#/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ['#/leichte-sprache', null],
];

/** What sticks out on the right: elements and text (long words overflow without widening their box). */
function overflowing(limit) {
  const scrolls = (el) => {
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX) && p !== el) return true;
    }
    return false;
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || scrolls(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const right = Math.max(...[...range.getClientRects()].map((r) => r.right), 0);
    if (right > limit + 0.5) found.push(`text „${node.textContent.trim().slice(0, 60)}“ in <${node.parentElement.tagName.toLowerCase()}> reaches ${Math.round(right)} px`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > limit + 0.5 && !scrolls(el)) found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> reaches ${Math.round(r.right)} px`);
  }
  return found.slice(0, 8);
}

// WCAG 1.4.10: long German compounds, e-mail addresses and the pack facts wrap at 320 px; wide
// tables scroll inside keyboard-reachable regions, never the page.
test('every screen reflows at 320 px: no horizontal page scroll, axe passes', async ({ page }) => {
  await seedAssessment(page, { name: 'Schmalhausen', pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : x.id.endsWith('-concept') ? 'dk' : 2) });
  await page.setViewportSize({ width: 320, height: 720 });
  for (const [route, heading] of ROUTES) {
    await test.step(route, async () => {
      await page.goto(`./${route}`);
      const h1 = page.getByRole('heading', { level: 1 });
      if (heading) await expect(h1).toHaveText(heading);
      else await expect(h1).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const culprits = width > 320 ? await page.evaluate(overflowing, 320) : [];
      expect.soft(width, `${route}: page width at 320 px; sticking out: ${culprits.join('; ')}`).toBeLessThanOrEqual(320);
      expect.soft(await axeViolations(page), `${route}: axe at 320 px`).toEqual([]);
    });
  }
});

test('charts are redrawn for the new width when the window is resized (not only when opened)', async ({ page }) => {
  await seedAssessment(page, { name: 'Breitenbach', pick: () => 2 });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/ergebnisse');
  const radar = page.locator('#chart-radar .chart__svg svg');
  await expect(radar).toHaveAttribute('width', '760');
  await page.setViewportSize({ width: 480, height: 900 });
  await expect(radar).toHaveAttribute('width', '416');
  const fits = await radar.evaluate((svg) => svg.getBoundingClientRect().right <= document.documentElement.clientWidth);
  expect(fits, 'the redrawn chart fits the narrower window').toBe(true);
});
