// Profile validation: error summary (role alert, focused, „Fehler: “ title), inline messages,
// aria-invalid, links that move focus, fixing clears everything.
import { test, expect, checkA11y , counts } from './fixtures.mjs';

const ERR_NAME = 'Geben Sie den Namen der Kommune ein.';
const ERR_KIND = 'Wählen Sie die Art der Kommune.';
const ERR_INHABITANTS = 'Geben Sie die Einwohnerzahl als ganze Zahl ein, zum Beispiel 3200.';
const ERR_AGS_DIGITS = 'Der Gemeindeschlüssel hat genau 8 Ziffern.';
const ERR_AGS_BW = 'Gemeindeschlüssel in Baden-Württemberg beginnen mit 08.';

async function expectFieldError(page, label, message) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('.field--error').filter({ has: field }).locator('.field__error')).toHaveText(message);
}

async function expectFieldOk(page, label) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field').filter({ has: field }).locator('.field__error')).toHaveCount(0);
}

test('„Weiter“ with an incomplete profile shows the error summary and field messages; fixing clears them', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Selbsteinschätzung starten' }).click();
  await expect(page).toHaveTitle('Profil Ihrer Kommune – DigiKompass');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const next = page.getByRole('button', { name: 'Weiter', exact: true });

  // Everything empty.
  await next.click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAccessibleName('Bitte prüfen Sie Ihre Angaben');
  await expect(page).toHaveTitle(/^Fehler: Profil Ihrer Kommune – DigiKompass$/);
  await expect(summary.getByRole('link')).toHaveText([ERR_NAME, ERR_KIND, ERR_INHABITANTS]);
  await expectFieldError(page, 'Name der Kommune (Pflichtfeld)', ERR_NAME);
  await expectFieldError(page, 'Art der Kommune (Pflichtfeld)', ERR_KIND);
  await expectFieldError(page, 'Einwohnerzahl (Pflichtfeld)', ERR_INHABITANTS);
  await expectFieldOk(page, 'Amtlicher Gemeindeschlüssel (AGS) (optional)');
  await expect(page.locator('.progress-text')).toHaveCount(0);
  await checkA11y(page, 'profile with error summary');

  // Each link moves focus to its field.
  await summary.getByRole('link', { name: ERR_KIND }).click();
  await expect(page.getByLabel('Art der Kommune')).toBeFocused();
  await summary.getByRole('link', { name: ERR_INHABITANTS }).click();
  await expect(page.getByLabel('Einwohnerzahl')).toBeFocused();
  await summary.getByRole('link', { name: ERR_NAME }).click();
  await expect(page.getByLabel('Name der Kommune')).toBeFocused();

  // Fixing a field clears its message at once; the others stay.
  await page.getByLabel('Name der Kommune').fill('Prüfingen');
  await expectFieldOk(page, 'Name der Kommune (Pflichtfeld)');
  await expect(summary.getByRole('link')).toHaveText([ERR_KIND, ERR_INHABITANTS]);
  await page.getByLabel('Art der Kommune').selectOption({ label: 'Gemeinde' });
  await expect(summary.getByRole('link')).toHaveText([ERR_INHABITANTS]);
  // Not a number is still an error.
  await page.getByLabel('Einwohnerzahl').fill('viele');
  await next.click();
  await expectFieldError(page, 'Einwohnerzahl (Pflichtfeld)', ERR_INHABITANTS);
  await page.getByLabel('Einwohnerzahl').fill('2.480');
  await expect(page.getByText('Größenklasse: unter 5.000 Einwohner')).toBeVisible();

  // A bad AGS: too short, then not Baden-Württemberg.
  const ags = page.getByLabel('Amtlicher Gemeindeschlüssel (AGS)');
  await ags.fill('1234');
  await next.click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([ERR_AGS_DIGITS]);
  await expectFieldError(page, 'Amtlicher Gemeindeschlüssel (AGS) (optional)', ERR_AGS_DIGITS);
  await expect(ags).toHaveAccessibleDescription(/8 Ziffern, in Baden-Württemberg beginnend mit 08/);
  await ags.fill('09162000');
  await expect(summary.getByRole('link')).toHaveText([ERR_AGS_BW]);
  await expectFieldError(page, 'Amtlicher Gemeindeschlüssel (AGS) (optional)', ERR_AGS_BW);
  await next.click();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
  await checkA11y(page, 'profile with AGS error');
  await summary.getByRole('link', { name: ERR_AGS_BW }).click();
  await expect(ags).toBeFocused();

  // A valid AGS clears everything; the title loses „Fehler: “, and „Weiter“ goes on.
  await ags.fill('08125005');
  await expect(summary).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(page.locator('.field__error')).toHaveCount(0);
  await expect(page).toHaveTitle('Profil Ihrer Kommune – DigiKompass');
  await next.click();
  await expect(page.locator('.progress-text')).toHaveText(`Kategorie 1 von ${counts().categories}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Back on the profile, no stale errors are shown.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Ihrer Kommune' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Amtlicher Gemeindeschlüssel (AGS)')).toHaveValue('08125005');
});
