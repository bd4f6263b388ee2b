import { test, expect, checkA11y, startAssessment, answerPage, pageCount } from './fixtures.mjs';

test('a full check by role and name, with a reload mid-way', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/DigiKompass/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await checkA11y(page, 'start');
  await startAssessment(page);

  const total = await pageCount(page);
  expect(total).toBeGreaterThanOrEqual(22);
  await checkA11y(page, 'questions');
  // Focus moved to the new page's heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  const answers = [];
  for (let p = 1; p <= total; p++) {
    await expect(page.locator('.progress-text')).toHaveText(`Kategorie ${p} von ${total}`);
    const n = await answerPage(page, (i) => (p + i) % 5);
    answers.push(n);
    if (p === 5) {
      await expect(page.locator('#save-status')).toContainText('Gespeichert');
      await page.reload();
      await expect(page.locator('.progress-text')).toHaveText(`Kategorie 5 von ${total}`);
      const groups = page.locator('fieldset.question');
      for (let i = 0; i < n; i++) {
        await expect(groups.nth(i).getByRole('radio', { name: new RegExp(`^Stufe ${(p + i) % 5}:`) })).toBeChecked();
      }
    }
    if (p < total) await page.getByRole('button', { name: 'Weiter' }).click();
  }
  expect(answers.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(85);
  await page.getByRole('button', { name: 'Auswerten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
});
