// Vergleichsdaten: refused pack files keep the active pack; a valid pack becomes active and shows
// on the results; back to the built-in pack; choosing the peer group.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, checkA11y, seedAssessment, navLink, ROOT, de1 } from './fixtures.mjs';

const SHIPPED = JSON.parse(readFileSync(join(ROOT, 'benchmarks', 'beispieldaten.json'), 'utf8'));
const packInput = (page) => page.locator('input[type=file]').and(page.getByLabel('Vergleichsdatenpaket laden (.json)'));
const activeTitle = (page) => page.getByRole('region', { name: 'Aktives Paket' }).locator('dt:text-is("Titel") + dd');
const activeSource = (page) => page.getByRole('region', { name: 'Aktives Paket' }).locator('dt:text-is("Quelle") + dd');
const file = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });
const groupLabel = (g) => {
  const kinds = { gemeinde: 'Gemeinde', stadt: 'Stadt', 'grosse-kreisstadt': 'Große Kreisstadt', stadtkreis: 'Stadtkreis', landkreis: 'Landkreis', verwaltungsverband: 'Gemeindeverwaltungsverband / Verwaltungsgemeinschaft' };
  const sizes = { 'unter-5000': 'unter 5.000 Einwohner', '5000-10000': '5.000 bis unter 10.000 Einwohner', '10000-20000': '10.000 bis unter 20.000 Einwohner', '20000-50000': '20.000 bis unter 50.000 Einwohner', 'ab-50000': '50.000 Einwohner und mehr' };
  const { kind, size_class: size } = g.group;
  // Size classes merged into a group are named after it: „…, 10.000 bis unter 20.000 Einwohner + 20.000 bis …“.
  const merged = (g.merged ?? []).map((m) => ` + ${sizes[m]}`).join('');
  if (!kind && !size) return 'alle Kommunen';
  if (kind && !size) return `${kinds[kind]} (alle Größen)`;
  if (!kind) return `${sizes[size]} (alle Arten)${merged}`;
  return `${kinds[kind]}, ${sizes[size]}${merged}`;
};

test('refused packs keep the active one; a valid pack becomes active and shows on the results; reset restores', async ({ page }, testInfo) => {
  await seedAssessment(page, { name: 'Vergleichshausen', pick: () => 2 });
  await navLink(page, 'Vergleichsdaten').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergleichsdaten' })).toBeFocused();
  await expect(activeTitle(page)).toHaveText(SHIPPED.title);
  await expect(page.getByText('Mitgeliefertes Beispielpaket')).toBeVisible();
  const all = SHIPPED.groups.find((g) => !g.group.kind && !g.group.size_class);
  await expect(page.getByRole('region', { name: 'Aktives Paket' }).locator('dt:text-is("Kommunen insgesamt") + dd')).toHaveText(String(all.n));
  const groupsTable = page.getByRole('table', { name: /Vergleichsgruppen im Paket/ });
  expect((await groupsTable.locator('tbody tr').evaluateAll((rows) => rows.map((r) => `${r.children[0].textContent} (n = ${r.children[1].textContent})`))).sort())
    .toEqual(SHIPPED.groups.filter((g) => g.n >= 5).map((g) => `${groupLabel(g)} (n = ${g.n})`).sort());
  await checkA11y(page, 'Vergleichsdaten');

  // A > 5 MB file (6,000,000 bytes).
  const big = testInfo.outputPath('gross.json');
  writeFileSync(big, `{"format":"digikompass-benchmark","pad":"${'x'.repeat(6_000_000 - 44)}"}`);
  const otherVersion = { ...SHIPPED, questionnaire_version: SHIPPED.questionnaire_version + 1 };
  const disordered = structuredClone(SHIPPED);
  const stats = disordered.groups[0].dimensions['open-data'];
  [stats.q1, stats.q3] = [stats.q3 + 0.5, stats.q1];
  const cases = [
    { label: 'malformed', file: file('kaputt.json', '{"format": "digikompass-benchmark", "groups": [ {'), error: 'Die Datei ist kein gültiges JSON.' },
    { label: 'deeply nested', file: file('tief.json', '['.repeat(50_000) + ']'.repeat(50_000)),
      error: /^Die Datei ist (kein gültiges JSON|kein DigiKompass-Vergleichsdatenpaket)\.$/ },
    { label: '> 5 MB', file: big, error: 'Die Datei ist mit 5,7 MB zu groß (höchstens 5 MB).' },
    { label: 'an assessment file', file: file('einschaetzung.json', { format: 'digikompass-assessment', format_version: 2 }), error: 'Die Datei ist kein DigiKompass-Vergleichsdatenpaket.' },
    { label: 'other questionnaire version', file: file('v2.json', otherVersion),
      error: `Das Paket gehört zu „digikompass-kommunal“ Version ${otherVersion.questionnaire_version}; hier wird Version ${SHIPPED.questionnaire_version} verwendet.` },
    { label: 'quartiles out of order', file: file('quartile.json', disordered),
      error: 'Das Paket ist fehlerhaft. Technische Angabe für Ihre IT: Feld „groups.*/*.open-data“' },
  ];
  for (const c of cases) {
    await test.step(c.label, async () => {
      await packInput(page).setInputFiles(c.file);
      const alert = page.locator('#pack-result').getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(alert.getByRole('heading')).toHaveText('Das Paket konnte nicht geladen werden');
      await expect(alert.locator('p').first()).toHaveText(c.error);
      await expect(alert).toContainText('Das bisherige Paket bleibt aktiv.');
      await expect(page.locator('#pack-result')).toBeFocused();
      await expect(activeTitle(page)).toHaveText(SHIPPED.title);
      await expect(page.getByText('Mitgeliefertes Beispielpaket')).toBeVisible();
      await page.reload();
    });
  }
  await packInput(page).setInputFiles(cases[0].file);
  await checkA11y(page, 'Vergleichsdaten with an error');

  // A valid pack with its own title and source.
  const mine = { ...SHIPPED, title: 'Landkreis Testkreis: Umfrage 2026', source: 'Landratsamt Testkreis, Stabsstelle Digitalisierung, Umfrage Herbst 2026', synthetic: false };
  await packInput(page).setInputFiles(file('testkreis.json', mine));
  await expect(page.locator('#pack-result').getByRole('status')).toHaveText(`Das Paket „${mine.title}“ ist jetzt aktiv.`);
  await expect(activeTitle(page)).toHaveText(mine.title);
  await expect(activeSource(page)).toHaveText(mine.source);
  await expect(page.getByText('Geladenes Paket')).toBeVisible();
  await expect(page.getByText('Beispieldaten (simuliert) – kein amtlicher Landesdurchschnitt')).toHaveCount(0);
  await page.reload();
  await expect(activeTitle(page)).toHaveText(mine.title);

  await navLink(page, 'Ergebnisse').click();
  const packLine = page.getByRole('region', { name: 'Vergleich', exact: true }).locator('.pack-line');
  await expect(packLine).toHaveText(`Vergleichsdaten: „${mine.title}“, ${mine.source}, Stand ${mine.date.split('-').reverse().join('.')}.`);
  await expect(page.getByText('Beispieldaten (simuliert)')).toHaveCount(0);

  // Back to the built-in pack.
  await navLink(page, 'Vergleichsdaten').click();
  await page.getByRole('button', { name: 'Zurück zum mitgelieferten Beispielpaket' }).click();
  await expect(activeTitle(page)).toHaveText(SHIPPED.title);
  await expect(page.getByText('Mitgeliefertes Beispielpaket')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zurück zum mitgelieferten Beispielpaket' })).toHaveCount(0);
  await page.reload();
  await expect(activeTitle(page)).toHaveText(SHIPPED.title);
  await navLink(page, 'Ergebnisse').click();
  await expect(packLine).toHaveText(new RegExp(`^Vergleichsdaten: „${SHIPPED.title}“`));
  await expect(page.getByText('Beispieldaten (simuliert) – kein amtlicher Landesdurchschnitt')).toBeVisible();
});

test('choosing a peer group changes the results\' „Vergleichsgruppe: …“ line and the peer figures', async ({ page }) => {
  await seedAssessment(page, { name: 'Gruppendorf', kind: 'gemeinde', inhabitants: 3200, pick: () => 2 });
  const auto = SHIPPED.groups.find((g) => g.group.kind === 'gemeinde' && g.group.size_class === 'unter-5000');
  const all = SHIPPED.groups.find((g) => !g.group.kind && !g.group.size_class);
  const cities = SHIPPED.groups.find((g) => g.group.kind === 'stadt' && !g.group.size_class);

  const comparison = (page) => page.getByRole('region', { name: 'Vergleich', exact: true });
  const cyberMedian = (page) => page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Cybersicherheit', exact: true }) }).locator('dt:text-matches("^Median der (Vergleichsgruppe|Beispieldaten)") + dd');

  await page.goto('./#/ergebnisse');
  await expect(comparison(page)).toContainText(`Vergleichsgruppe aus Beispieldaten (simuliert): ${groupLabel(auto)}, ${auto.n} simulierte Kommunen`);
  await expect(cyberMedian(page)).toHaveText(de1(auto.dimensions.cybersicherheit.median));

  await navLink(page, 'Vergleichsdaten').click();
  const select = page.getByLabel('Vergleichsgruppe', { exact: true });
  await expect(select.locator('option:checked')).toHaveText('Automatisch passend zum Profil');
  const options = await select.locator('option').allInnerTexts();
  expect(options[0]).toBe('Automatisch passend zum Profil');
  expect(options.slice(1).sort()).toEqual(SHIPPED.groups.filter((g) => g.n >= 5).map((g) => `${groupLabel(g)} (n = ${g.n})`).sort());

  await select.selectOption({ label: `alle Kommunen (n = ${all.n})` });
  await expect(page.locator('main .pack-line')).toBeVisible();
  await navLink(page, 'Ergebnisse').click();
  await expect(comparison(page)).toContainText(`Vergleichsgruppe aus Beispieldaten (simuliert): alle Kommunen, ${all.n} simulierte Kommunen`);
  await expect(cyberMedian(page)).toHaveText(de1(all.dimensions.cybersicherheit.median));
  const radar = page.getByRole('figure', { name: 'Stand, Ziel und Vergleichsgruppe je Dimension' });
  await radar.getByText('Daten als Tabelle').click();
  const radarRow = radar.getByRole('row', { name: /^Cybersicherheit/ });
  await expect(radarRow.getByRole('cell').nth(4)).toHaveText(de1(all.dimensions.cybersicherheit.q1));
  await expect(radarRow.getByRole('cell').nth(5)).toHaveText(de1(all.dimensions.cybersicherheit.median));
  await expect(radarRow.getByRole('cell').nth(6)).toHaveText(de1(all.dimensions.cybersicherheit.q3));

  // The choice is remembered.
  await page.reload();
  await expect(comparison(page)).toContainText(`Vergleichsgruppe aus Beispieldaten (simuliert): alle Kommunen, ${all.n} simulierte Kommunen`);

  await navLink(page, 'Vergleichsdaten').click();
  await page.getByLabel('Vergleichsgruppe', { exact: true }).selectOption({ label: `${groupLabel(cities)} (n = ${cities.n})` });
  await navLink(page, 'Ergebnisse').click();
  await expect(comparison(page)).toContainText(`Vergleichsgruppe aus Beispieldaten (simuliert): Stadt (alle Größen), ${cities.n} simulierte Kommunen`);

  await navLink(page, 'Vergleichsdaten').click();
  await page.getByLabel('Vergleichsgruppe', { exact: true }).selectOption({ label: 'Automatisch passend zum Profil' });
  await navLink(page, 'Ergebnisse').click();
  await expect(comparison(page)).toContainText(`Vergleichsgruppe aus Beispieldaten (simuliert): ${groupLabel(auto)}, ${auto.n} simulierte Kommunen`);
});

test('a profile in a merged size class is compared with the merged group, named with both classes', async ({ page }) => {
  const merged = SHIPPED.groups.find((g) => (g.merged ?? []).length > 0);
  expect(merged, 'the shipped pack has a merged group').toBeTruthy();
  const inhabitants = { 'unter-5000': 3000, '5000-10000': 7000, '10000-20000': 15000, '20000-50000': 30000, 'ab-50000': 80000 }[merged.merged[0]];
  await seedAssessment(page, { name: 'Zusammenstadt', kind: merged.group.kind, inhabitants, pick: () => 2 });
  await page.goto('./#/ergebnisse');
  await expect(page.getByRole('region', { name: 'Vergleich', exact: true })).toContainText(`Vergleichsgruppe aus Beispieldaten (simuliert): ${groupLabel(merged)}, ${merged.n} simulierte Kommunen`);
});
