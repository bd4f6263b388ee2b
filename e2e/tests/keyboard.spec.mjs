// Keyboard only: skip link, start, profile, answering with arrow keys, „Weiter“, focus on the new h1.
import { test, expect, checkA11y, tabTo, choiceRadio, questionnaire , counts } from './fixtures.mjs';

/** The element has focus, matches :focus-visible and draws a visible indicator. */
async function expectVisibleFocus(locator) {
  await expect(locator).toBeFocused();
  const state = await locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { focusVisible: el.matches(':focus-visible'), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
  });
  expect(state.focusVisible, ':focus-visible matches').toBe(true);
  expect(state.outline || state.shadow, 'a focus indicator is drawn').toBe(true);
}

test('the skip link is the first Tab stop and moves focus to main', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expectVisibleFocus(skip);
  expect(await skip.boundingBox()).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab continues inside main, not in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.closest('main') !== null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Selbsteinschätzung starten' })).toBeFocused();
});

test('keyboard only: start, profile, answer a category with arrow keys, „Weiter“ moves focus to the new h1', async ({ page }) => {
  const [first, second] = questionnaire().dimensions[0].categories;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const start = page.getByRole('button', { name: 'Selbsteinschätzung starten' });
  await tabTo(page, start);
  await expectVisibleFocus(start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Ihrer Kommune' })).toBeFocused();

  // Profile by keyboard.
  const name = page.getByLabel('Name der Kommune');
  await tabTo(page, name);
  await expectVisibleFocus(name);
  await page.keyboard.type('Tastenheim');
  const kind = page.getByLabel('Art der Kommune');
  await tabTo(page, kind);
  await expectVisibleFocus(kind);
  await page.keyboard.press('ArrowDown');
  await expect(kind).toHaveValue('gemeinde');
  const inhabitants = page.getByLabel('Einwohnerzahl');
  await tabTo(page, inhabitants);
  await page.keyboard.type('4711');
  await expect(page.getByText('Größenklasse: unter 5.000 Einwohner')).toBeVisible();
  // Pick the IT provider with the arrow keys: Tab enters the group, arrows choose.
  const providers = page.getByRole('group', { name: 'Wer betreibt Ihre IT überwiegend?' });
  await tabTo(page, providers.getByRole('radio', { name: 'Eigene IT' }));
  await page.keyboard.press('ArrowDown');
  await expect(providers.getByRole('radio', { name: 'Komm.ONE' })).toBeChecked();
  await expectVisibleFocus(providers.getByRole('radio', { name: 'Komm.ONE' }));
  await expect(page.getByRole('group', { name: 'Umfang' }).getByLabel('Vollständiger Check')).toBeChecked();
  const next = page.getByRole('button', { name: 'Weiter', exact: true });
  await tabTo(page, next);
  await expectVisibleFocus(next);
  await page.keyboard.press('Enter');

  // First category page: focus on its h1.
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(first.title.de);
  await expect(h1).toBeFocused();
  await checkA11y(page, 'first category (keyboard)');

  const groups = page.locator('fieldset.question');
  const n = await groups.count();
  expect(n).toBe(first.questions.length);
  for (let i = 0; i < n; i++) {
    const group = groups.nth(i);
    const level = (i % 4) + 1;
    // Tab lands on the group's first radio (none is checked yet) …
    await tabTo(page, choiceRadio(group, 0));
    await expectVisibleFocus(choiceRadio(group, 0));
    // … and the arrow keys move and check.
    for (let k = 0; k < level; k++) await page.keyboard.press(k % 2 ? 'ArrowRight' : 'ArrowDown');
    await expect(choiceRadio(group, level)).toBeChecked();
    await expectVisibleFocus(choiceRadio(group, level));
    await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
  }
  await expect(page.locator('#save-status')).toContainText('Gespeichert');

  // Tab on to „Weiter“ and press Enter.
  await tabTo(page, next, 120);
  await expectVisibleFocus(next);
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText(second.title.de);
  await expect(h1).toBeFocused();
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 2 von ${counts().categories}`);

  // The answers were kept.
  await page.goto('./#/fragen/1');
  for (let i = 0; i < n; i++) await expect(choiceRadio(groups.nth(i), (i % 4) + 1)).toBeChecked();
});
