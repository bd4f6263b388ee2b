import { test, expect, startAssessment } from './fixtures.mjs';

test('a change in another tab is picked up and announced, never silently overwritten', async ({ page, context }) => {
  await startAssessment(page, { name: 'Zweitabhausen' });
  const other = await context.newPage();
  await other.goto('./#/fragen/1');
  await expect(other.locator('.progress-text')).toContainText('Kategorie 1 von');

  // Answer in the first tab …
  const first = page.locator('fieldset.question').first();
  await first.getByRole('radio', { name: /^Stufe 3:/ }).check();
  await expect(page.locator('#save-status')).toContainText('Gespeichert');

  // … the second tab shows the new answer and says where it came from.
  await expect(other.locator('fieldset.question').first().getByRole('radio', { name: /^Stufe 3:/ })).toBeChecked();
  await expect(other.getByRole('alert')).toContainText('in einem anderen Tab geändert');

  // An answer in the second tab now keeps the first tab's answer.
  await other.locator('fieldset.question').nth(1).getByRole('radio', { name: /^Stufe 1:/ }).check();
  await expect(page.locator('fieldset.question').nth(1).getByRole('radio', { name: /^Stufe 1:/ })).toBeChecked();
  await expect(page.locator('fieldset.question').first().getByRole('radio', { name: /^Stufe 3:/ })).toBeChecked();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digikompass.assessment.')).map((k) => JSON.parse(localStorage.getItem(k)).assessment.answers));
  expect(Object.keys(stored[0]).length).toBe(2);
  await other.close();
});
