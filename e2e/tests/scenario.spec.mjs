// „Was wäre, wenn“: measures ticked „Im Szenario“ on the plan lift their questions by one step;
// the „Szenario“ section shows the levels per dimension, caps and effort; the choice is saved,
// survives a reload and an export → import, and appears in the report. The answers never change.
import {
  test, expect, checkA11y, seedAssessment, navLink, downloadOf, importText, storage, question, de1,
} from './fixtures.mjs';

test('a scenario of three measures raises a dimension and its cap, survives reload and export → import', async ({ page }) => {
  // Everything at 2, the MFA question (critical) at 0: Cybersicherheit is capped at 1,0.
  await seedAssessment(page, { name: 'Wennhausen', pick: (x) => (x.id === 'cs-identity-mfa-remote' ? 0 : 2) });
  await navLink(page, 'Maßnahmenplan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmenplan' })).toBeFocused();
  const section = page.getByRole('region', { name: 'Szenario' });
  await expect(section.getByRole('status')).toHaveText('Noch ist keine Maßnahme im Szenario.');
  await expect(section.getByRole('table')).toHaveCount(0);

  // The first three measures; the capping MFA item comes first in the plan.
  const mfa = question('cs-identity-mfa-remote').text.de;
  const boxes = page.getByRole('checkbox', { name: /^Im Szenario: / });
  await expect(boxes.first()).toHaveAccessibleName(`Im Szenario: ${mfa}`);
  const names = [];
  for (let i = 0; i < 3; i++) {
    names.push(await boxes.nth(i).getAttribute('id'));
    await boxes.nth(i).check();
  }
  await expect(section.getByRole('status')).toHaveText(/^Mit 3 Maßnahmen im Szenario wären \d von 4 Zielen erreicht \(heute \d\)\.$/);
  const table = section.getByRole('table', { name: 'Stand, Szenario und Ziel je Dimension' });
  const cyber = table.getByRole('row', { name: /^Cybersicherheit/ });
  await expect(cyber.getByRole('cell').nth(0)).toHaveText('1,0');
  const raised = Number((await cyber.getByRole('cell').nth(1).innerText()).replace(',', '.'));
  expect(raised, 'Cybersicherheit rises in the scenario').toBeGreaterThan(1.0);
  // The MFA item one step up (0 → 1) raises the cap from 1,0 to 2,0; the other two measures lift
  // Cybersicherheit above that, so the item still caps it.
  await expect(section).toContainText(`Cybersicherheit: weiterhin begrenzt durch „${mfa}“, jetzt aber auf 2,0 statt 1,0.`);
  await expect(section).toContainText(/Aufwand: \d+\s× gering, \d+\s× mittel, \d+\s× hoch\./);
  await checkA11y(page, 'plan with a scenario');

  // The answers are unchanged: the MFA question still says level 0.
  const stored = async () => JSON.parse(Object.entries(await storage(page)).find(([k]) => k.startsWith('digikompass.assessment.'))[1]);
  const file = await stored();
  expect(file.format_version).toBe(3);
  expect(file.assessment.answers['cs-identity-mfa-remote'].response).toEqual({ kind: 'level', level: 0 });
  expect(Object.keys(file.assessment.scenario)).toHaveLength(3);

  // Reload: still chosen.
  await page.reload();
  await expect(section.getByRole('status')).toHaveText(/^Mit 3 Maßnahmen im Szenario/);
  for (const id of names) await expect(page.locator(`#${id}`)).toBeChecked();

  // The radar on „Ergebnisse“ draws it as a further series, and its summary says so.
  await navLink(page, 'Ergebnisse').click();
  const radar = page.locator('#chart-radar');
  await expect(radar.locator('svg')).toContainText('Im Szenario');
  await expect(radar.locator('.chart__summary')).toContainText(/Im Szenario des Maßnahmenplans läge der Mittelwert bei \d,\d von 4\./);

  // The report shows it.
  await navLink(page, 'Bericht').click();
  const inReport = page.getByRole('region', { name: 'Szenario: wenn die gewählten Maßnahmen umgesetzt wären' });
  await expect(inReport.getByRole('row', { name: /^Cybersicherheit/ }).getByRole('cell').nth(1)).toHaveText(de1(raised));

  // Export, delete, import: the scenario comes back.
  await page.goto('./#/fragen/1');
  const exported = await downloadOf(page, () => page.getByRole('button', { name: 'Exportieren' }).click());
  expect(JSON.parse(exported.text).assessment.scenario).toEqual(file.assessment.scenario);
  await page.evaluate(() => localStorage.clear());
  await page.goto('./#/');
  await page.reload();
  const verdict = await importText(page, exported.text);
  await expect(verdict).toContainText('wurde importiert');
  await navLink(page, 'Maßnahmenplan').click();
  await expect(section.getByRole('status')).toHaveText(/^Mit 3 Maßnahmen im Szenario/);

  // Unticking and clearing.
  await page.locator(`#${names[0]}`).uncheck();
  await expect(section.getByRole('status')).toHaveText(/^Mit 2 Maßnahmen im Szenario/);
  await section.getByRole('button', { name: 'Szenario leeren' }).click();
  await expect(section.getByRole('status')).toHaveText('Noch ist keine Maßnahme im Szenario.');
  await expect(boxes.first()).not.toBeChecked();
});

test('a version-2 file (before scenarios) still opens, without a scenario', async ({ page }) => {
  await seedAssessment(page, { name: 'Altformat', pick: () => 1 });
  await navLink(page, 'Maßnahmenplan').click();
  await expect(page.getByRole('region', { name: 'Szenario' }).getByRole('status')).toHaveText('Noch ist keine Maßnahme im Szenario.');
});

test('a measure can go further than one step in the scenario, up to the top', async ({ page }) => {
  await seedAssessment(page, { name: 'Stufenheim', pick: () => 1 });
  await navLink(page, 'Maßnahmenplan').click();
  const section = page.getByRole('region', { name: 'Szenario' });
  const box = page.getByRole('checkbox', { name: /^Im Szenario: / }).first();
  const name = (await box.getAttribute('aria-label')).replace(/^Im Szenario: /, '');
  await expect(page.getByRole('combobox', { name: `Schritte im Szenario: ${name}` })).toHaveCount(0);
  await box.check();
  const steps = page.getByRole('combobox', { name: `Schritte im Szenario: ${name}` });
  // From level 1: one, two or three steps, to level 2, 3 or 4.
  await expect(steps.getByRole('option')).toHaveText(['1 Schritt, bis Stufe 2', '2 Schritte, bis Stufe 3', '3 Schritte, bis Stufe 4']);
  await expect(steps).toHaveValue('1');
  const table = section.getByRole('table', { name: 'Stand, Szenario und Ziel je Dimension' });
  const scenarioSum = async () => {
    const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1].textContent));
    return cells.reduce((sum, c) => sum + Number(c.replace(',', '.')), 0);
  };
  const oneStep = await scenarioSum();
  await expect(section).toContainText(/Aufwand: 1\s× gering, 0\s× mittel, 0\s× hoch\.|Aufwand: 0\s× gering, 1\s× mittel, 0\s× hoch\.|Aufwand: 0\s× gering, 0\s× mittel, 1\s× hoch\./);
  await steps.selectOption({ label: '3 Schritte, bis Stufe 4' });
  await expect.poll(scenarioSum).toBeGreaterThan(oneStep);
  await expect(section).toContainText(/Aufwand: (\d)\s× gering, (\d)\s× mittel, (\d)\s× hoch\./);
  const effort = (await section.innerText()).match(/Aufwand: (\d+)\s× gering, (\d+)\s× mittel, (\d+)\s× hoch\./).slice(1).map(Number);
  expect(effort.reduce((a, b) => a + b, 0), 'three steps, each with its effort').toBe(3);
  await checkA11y(page, 'plan with a measure three steps up');
  // Saved, and kept across a reload.
  const stored = JSON.parse(Object.entries(await storage(page)).find(([k]) => k.startsWith('digikompass.assessment.'))[1]);
  expect(Object.values(stored.assessment.scenario)).toEqual([3]);
  await page.reload();
  await expect(page.getByRole('combobox', { name: `Schritte im Szenario: ${name}` })).toHaveValue('3');
});
