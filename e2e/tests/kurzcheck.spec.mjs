// Kurzcheck: one question per category, one page per category, „Auswerten“ on the last, 100 % coverage.
import { test, expect, checkA11y, startAssessment, pageCount, choiceRadio, questionnaire , counts } from './fixtures.mjs';

test('Kurzcheck walk: exactly one question per category, then results with full coverage', async ({ page }) => {
  const categories = questionnaire().dimensions.flatMap((d) => d.categories.map((c) => ({ dimension: d, category: c })));
  const n = counts().categories;
  expect(categories).toHaveLength(n);
  expect(counts().kurzcheck).toBe(n);

  await startAssessment(page, { name: 'Kurzhausen', scope: 'Kurzcheck' });
  expect(await pageCount(page)).toBe(n);
  await checkA11y(page, 'Kurzcheck page 1');

  for (let p = 1; p <= n; p++) {
    const { dimension, category } = categories[p - 1];
    const kurz = category.questions.filter((q) => q.kurzcheck);
    expect(kurz, `questionnaire: one Kurzcheck question in ${category.id}`).toHaveLength(1);

    await expect(page.locator('.progress-text')).toHaveText(`Kategorie ${p} von ${counts().categories}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(category.title.de);
    await expect(page.locator('.kicker')).toHaveText(dimension.title.de);
    const groups = page.locator('fieldset.question');
    await expect(groups).toHaveCount(1);
    await expect(groups.first()).toHaveAttribute('id', `question-${kurz[0].id}`);
    await expect(groups.first().locator('legend')).toContainText(`Frage ${p}`);
    await expect(groups.first().locator('legend')).toContainText(kurz[0].text.de);

    await choiceRadio(groups.first(), p % 5).check();
    await expect(choiceRadio(groups.first(), p % 5)).toBeChecked();

    if (p < n) {
      await expect(page.getByRole('button', { name: 'Auswerten' })).toHaveCount(0);
      await page.getByRole('button', { name: 'Weiter' }).click();
    }
  }
  // The last page ends with „Auswerten“ instead of „Weiter“.
  await expect(page.getByRole('button', { name: 'Weiter' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Auswerten' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeFocused();
  await expect(page.locator('main .lead')).toContainText('Kurzhausen');
  await expect(page.locator('main .lead')).toContainText('(Kurzcheck)');
  const coverage = page.getByRole('region', { name: 'Abdeckung' });
  await expect(coverage).toContainText(new RegExp(`${n} von ${n} Fragen mit einer Stufe oder „nicht zutreffend“ beantwortet \\(100\\s%\\)`));
  await expect(coverage).toContainText('Offen zu klären („weiß nicht“ oder beim Dienstleister klären): 0');
  await expect(page.getByText('Vorläufiges Ergebnis')).toHaveCount(0);
  // Every dimension has a level (no „noch keine Antworten“).
  await expect(page.locator('.card__level')).toHaveCount(4);
  for (const level of await page.locator('.card__level').allInnerTexts()) expect(level).toMatch(/^\d,\d von 4$/);
  await checkA11y(page, 'Kurzcheck results');
});
