import { test, expect, checkA11y, seedAssessment, navLink } from './fixtures.mjs';

// Verlauf: last year's assessment of the same Kommune against this year's, on screen and in the report.
test('Verlauf compares with an earlier assessment of the same Kommune and the report shows it', async ({ page }) => {
  await seedAssessment(page, {
    name: 'Verlaufstadt',
    date: '2025-11-20',
    pick: (x) => (x.id.startsWith('cs-') ? 1 : 2),
  });
  await seedAssessment(page, {
    name: 'Andersdorf', // another Kommune: never offered
    date: '2025-10-01',
    pick: () => 0,
  });
  await seedAssessment(page, {
    name: 'Verlaufstadt',
    date: '2026-11-25',
    pick: (x) => (x.id.startsWith('cs-') ? 3 : 2),
  });

  await navLink(page, 'Verlauf').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verlauf' })).toBeFocused();
  const choice = page.getByRole('group', { name: 'Frühere Einschätzung' });
  await expect(choice.getByRole('radio')).toHaveCount(2); // „Keinen Vergleich zeigen“ + 20.11.2025
  await choice.getByRole('radio', { name: /^20\.11\.2025/ }).check();

  const figure = page.locator('#chart-history');
  await expect(figure.locator('.chart__caption')).toHaveText('Stand je Dimension: 20.11.2025 und 25.11.2026');
  await expect(figure.locator('.chart__summary')).toHaveText(/^Größte Veränderung: Cybersicherheit, \+/);
  const cyber = figure.getByRole('row', { name: /^Cybersicherheit/ });
  await expect(cyber.getByRole('cell')).toHaveText(['1,0', '3,0', '+2,0']);
  const openData = figure.getByRole('row', { name: /^Open Data/ });
  await expect(openData.getByRole('cell').last()).toHaveText('0,0');

  // Every Cybersicherheit answer changed from level 1 to level 3; nothing else did.
  const changed = page.getByRole('table', { name: /Antworten, die sich seit 20\.11\.2025 geändert haben/ });
  const rows = changed.locator('tbody tr');
  await expect(rows.first().getByRole('cell')).toHaveText(['Stufe 1 – geplant oder ad hoc', 'Stufe 3 – umgesetzt']);
  expect(await rows.count()).toBeGreaterThanOrEqual(26);
  await checkA11y(page, 'Verlauf');

  // The choice is kept and appears in the report.
  await page.reload();
  await expect(page.getByRole('radio', { name: /^20\.11\.2025/ })).toBeChecked();
  await navLink(page, 'Bericht').click();
  const report = page.getByRole('article', { name: 'Bericht' });
  await expect(report.getByRole('heading', { name: 'Entwicklung seit der letzten Einschätzung' })).toBeVisible();
  await expect(report.locator('#chart-history').getByRole('row', { name: /^Cybersicherheit/ }).getByRole('cell').last()).toHaveText('+2,0');
});
