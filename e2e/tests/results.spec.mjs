// Results for a known answer set: the critical-item cap, levels, coverage, the charts with
// caption, summary and matching tables, editable targets, the synthetic-data notice, 320 px.
import { test, expect, checkA11y, seedAssessment, startAssessment, walkAll, questionnaire, allQuestions, question, navLink, de1 } from './fixtures.mjs';

const SYNTHETIC = 'Beispieldaten (simuliert) – kein amtlicher Landesdurchschnitt';

/** Level 2 everywhere; Datensicherung (cs-backup-*) at 4; the critical MFA question at 0. */
function pick(id) {
  if (id === 'cs-identity-mfa-remote') return 0;
  if (id.startsWith('cs-backup-')) return 4;
  return 2;
}

/** Weighted category level, as the method describes it. */
function categoryLevel(category) {
  let sum = 0;
  let weights = 0;
  for (const q of category.questions) {
    sum += pick(q.id) * q.weight;
    weights += q.weight;
  }
  return sum / weights;
}

const card = (page, title) => page.locator('.card').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

/** The rows of a figure's table as arrays of cell texts (row header first). */
async function tableRows(figure) {
  return figure.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

test('a known answer set: capped Cybersicherheit, levels, coverage, charts and tables agree; targets are editable', async ({ page }) => {
  const q = questionnaire();
  await startAssessment(page, { name: 'Ergebnishausen', inhabitants: '3200' });
  const seen = await walkAll(page, pick);
  expect(seen.flat()).toEqual(allQuestions().map((x) => x.id));

  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeFocused();
  await expect(page).toHaveTitle('Ergebnisse – DigiKompass');

  // Coverage 100 %, nothing provisional.
  await expect(page.getByRole('region', { name: 'Abdeckung' })).toContainText(new RegExp(`${allQuestions().length} von ${allQuestions().length} Fragen mit einer Stufe oder „nicht zutreffend“ beantwortet \\(100\\s%\\)`));
  await expect(page.getByText('Vorläufiges Ergebnis')).toHaveCount(0);

  // Cybersicherheit is capped by the MFA question; the others are at 2,0.
  const mfa = question('cs-identity-mfa-remote');
  const cyber = card(page, 'Cybersicherheit');
  await expect(cyber.locator('.card__level')).toHaveText('1,0 von 4');
  await expect(cyber.locator('.cap-note')).toHaveText(`Begrenzt auf 1,0 durch den kritischen Punkt „${mfa.text.de}“ (Stufe 0).`);
  for (const d of q.dimensions.filter((x) => x.id !== 'cybersicherheit')) {
    await expect(card(page, d.title.de).locator('.card__level')).toHaveText('2,0 von 4');
    await expect(card(page, d.title.de).locator('.cap-note')).toHaveCount(0);
  }
  // Targets for „unter 5.000 Einwohner“ from the questionnaire, gap = max(0, target − level).
  const target = (d) => d.targets['unter-5000'];
  const level = (d) => (d.id === 'cybersicherheit' ? 1 : 2);
  for (const d of q.dimensions) {
    const c = card(page, d.title.de);
    await expect(c.locator('dd').nth(0)).toHaveText(de1(target(d)));
    await expect(c.locator('dd').nth(1)).toHaveText(de1(Math.max(0, target(d) - level(d))));
  }

  // The synthetic-data notice.
  await expect(page.getByText(SYNTHETIC)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vergleich', exact: true })).toContainText(/Vergleichsgruppe aus Beispieldaten \(simuliert\): .+, \d+ simulierte Kommunen – kein amtlicher Landesdurchschnitt/);

  // Charts: radar, gaps, heat map, four dimension details – each a figure with caption, summary, SVG and table.
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(7);
  const captions = [
    'Stand, Ziel und Vergleichsgruppe je Dimension',
    'Lücke zum Ziel je Kategorie',
    'Antworten je Kategorie und Stufe',
    ...q.dimensions.map((d) => `${d.title.de}: Kategorien im Vergleich`),
  ];
  await expect(page.locator('figure .chart__caption')).toHaveText(captions);
  await checkA11y(page, 'results');
  for (let i = 0; i < 7; i++) {
    const f = figures.nth(i);
    await expect(f).toHaveAccessibleName(captions[i]);
    await expect(f.locator('.chart__summary')).not.toBeEmpty();
    const img = f.getByRole('img').first();
    await expect(img).toHaveAccessibleName(new RegExp(`^${captions[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .+`));
    await expect(img.locator('svg')).toBeVisible();
    await f.getByText('Daten als Tabelle').click();
    await expect(f.getByRole('table')).toBeVisible();
  }

  // Radar: summary and table agree with the cards.
  const radar = page.getByRole('figure', { name: captions[0] });
  await expect(radar.locator('.chart__summary')).toHaveText('Ergebnishausen erreicht im Mittel 1,8 von 4; am niedrigsten liegt Cybersicherheit mit 1,0.');
  const radarRows = await tableRows(radar);
  expect(radarRows.map((r) => r.slice(0, 5))).toEqual(q.dimensions.map((d) => [
    d.title.de, de1(level(d)), `${Math.round(level(d) * 25)}\u202f%`, de1(target(d)), de1(Math.max(0, target(d) - level(d))),
  ]));

  // Heat map: every category row counts its questions in the columns of their levels.
  const heat = page.getByRole('figure', { name: captions[2] });
  await expect(heat.locator('thead th')).toHaveText(['Kategorie', 'Stufe 0', 'Stufe 1', 'Stufe 2', 'Stufe 3', 'Stufe 4', 'offen zu klären']);
  const expectedHeat = q.dimensions.flatMap((d) => d.categories.map((c) => {
    const counts = [0, 0, 0, 0, 0];
    for (const x of c.questions) counts[pick(x.id)] += 1;
    return [c.title.de, ...counts.map(String), '0'];
  }));
  expect(await tableRows(heat)).toEqual(expectedHeat);
  expect(expectedHeat.find((r) => r[0] === 'Strategie & Grundsatzbeschluss')).toEqual(['Strategie & Grundsatzbeschluss', '0', '0', '3', '0', '0', '0']);
  await expect(heat.locator('.chart__summary')).toHaveText(`Antworten mit Stufe: ${allQuestions().length}, davon 1 auf Stufe 0 oder 1 und 4 auf Stufe 3 oder 4.`);

  // Cybersicherheit detail: category levels (weighted means; the cap applies to the dimension only).
  const cyberDim = q.dimensions.find((d) => d.id === 'cybersicherheit');
  const detail = page.getByRole('figure', { name: 'Cybersicherheit: Kategorien im Vergleich' });
  const detailRows = await tableRows(detail);
  expect(detailRows.map((r) => r.slice(0, 2))).toEqual(cyberDim.categories.map((c) => [c.title.de, de1(categoryLevel(c))]));
  expect(detailRows.find((r) => r[0] === 'Datensicherung & Wiederherstellung')[1]).toBe('4,0');
  await expect(detail.locator('.chart__summary')).toHaveText(
    `Stärkste Kategorie: Datensicherung & Wiederherstellung (4,0); schwächste: Identitäten, Berechtigungen & Administration (${de1(categoryLevel(cyberDim.categories.find((c) => c.id === 'cs-identity')))}).`,
  );

  // Gaps: largest gap first; the table lists categories with their gaps.
  const gaps = page.getByRole('figure', { name: captions[1] });
  const gapRows = await tableRows(gaps);
  expect(gapRows).toHaveLength(questionnaire().dimensions.flatMap((d) => d.categories).length);
  const gapValues = gapRows.map((r) => Number(r[4].replace(',', '.')));
  expect([...gapValues].sort((a, b) => b - a)).toEqual(gapValues);
  await expect(gaps.locator('.chart__summary')).toContainText(`Größte Lücke: ${gapRows[0][0]}, ${gapRows[0][4]} unter dem Ziel.`);

  // Changing a target updates the card and the tables.
  const targetInput = page.getByLabel('Ziel für Cybersicherheit');
  await expect(targetInput).toHaveValue('2.5');
  await expect(targetInput).toHaveAccessibleDescription(/Voreingestellt nach Größenklasse: 2,5/);
  await targetInput.fill('3.5');
  await targetInput.press('Tab');
  await expect(cyber.locator('dd').nth(0)).toHaveText('3,5');
  await expect(cyber.locator('dd').nth(1)).toHaveText('2,5');
  const cyberRow = radar.getByRole('row', { name: /^Cybersicherheit/ });
  await expect(cyberRow.getByRole('cell').nth(2)).toHaveText('3,5');
  await expect(cyberRow.getByRole('cell').nth(3)).toHaveText('2,5');
  await expect(cyber.getByRole('button', { name: 'Voreinstellung wiederherstellen' })).toBeVisible();
  // It is saved: after a reload the new target is still there.
  await page.reload();
  await expect(card(page, 'Cybersicherheit').locator('dd').nth(1)).toHaveText('2,5');
  await card(page, 'Cybersicherheit').getByRole('button', { name: 'Voreinstellung wiederherstellen' }).click();
  await expect(card(page, 'Cybersicherheit').locator('dd').nth(0)).toHaveText('2,5');
  await expect(card(page, 'Cybersicherheit').locator('dd').nth(1)).toHaveText('1,5');

  // The notice also shows on Vergleichsdaten.
  await navLink(page, 'Vergleichsdaten').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergleichsdaten' })).toBeVisible();
  await expect(page.getByText(SYNTHETIC).first()).toBeVisible();

  // 320 px wide: no horizontal page scroll, every chart fits its container.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('./#/ergebnisse');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(7);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    charts: [...document.querySelectorAll('.chart__svg')].map((box) => {
      const svg = box.querySelector('svg').getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return { id: box.closest('figure').id, svgLeft: svg.left, svgRight: svg.right, boxLeft: b.left, boxRight: b.right };
    }),
  }));
  expect(widths.scroll, 'document scrollWidth at 320 px').toBeLessThanOrEqual(320);
  expect(widths.body, 'body scrollWidth at 320 px').toBeLessThanOrEqual(320);
  for (const c of widths.charts) {
    expect(c.svgLeft, `${c.id} left edge`).toBeGreaterThanOrEqual(c.boxLeft - 0.5);
    expect(c.svgRight, `${c.id} right edge`).toBeLessThanOrEqual(c.boxRight + 0.5);
    expect(c.boxRight, `${c.id} inside the viewport`).toBeLessThanOrEqual(320);
  }
  await checkA11y(page, 'results at 320 px');
});

// Wide data tables scroll sideways in a focusable, named region (axe scrollable-region-focusable).
test('the results page passes axe with every data table open, also at 320 px', async ({ page }) => {
  await seedAssessment(page, { name: 'Tabellenhausen', pick: (x) => pick(x.id) });
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./#/ergebnisse');
    await page.reload();
    const figures = page.getByRole('figure');
    await expect(figures).toHaveCount(7);
    for (let i = 0; i < 7; i++) {
      await figures.nth(i).getByText('Daten als Tabelle').click();
      await expect(figures.nth(i).getByRole('table')).toBeVisible();
    }
    await checkA11y(page, `results with tables open at ${width} px`);
  }
});
