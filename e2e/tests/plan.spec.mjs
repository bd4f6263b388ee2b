// Maßnahmenplan: order (capping critical item first), tracking fields that persist, CSV export;
// „Fragen an den IT-Dienstleister“.
import { test, expect, checkA11y, seedAssessment, downloadOf, question, allQuestions, navLink } from './fixtures.mjs';

const DONT_KNOW = ['os-inventory-lockin', 'cs-backup-protection', 'ko-roles-digitallotse'];
// Provider-run, not assured in writing: open, on the provider list. Assured: counts as its level.
const PROVIDER = ['cs-systems-malware', 'od-publication-portal'];
const ASSURED = ['cs-systems-patching'];
const NOTE = 'Nachfragen bei Komm.ONE; Ticket 4711 "Patchstand"';

/** Level 2 everywhere, the critical MFA question at 0, three „weiß nicht“, two provider-run
 * without and one with written assurance. */
function seedOptions() {
  return {
    name: 'Planstadt',
    inhabitants: 3200,
    pick: (x) => {
      if (x.id === 'cs-identity-mfa-remote') return 0;
      if (DONT_KNOW.includes(x.id)) return 'dk';
      if (PROVIDER.includes(x.id)) return { response: 3, provider: true, note: x.id === 'od-publication-portal' ? NOTE : '' };
      if (ASSURED.includes(x.id)) return { response: 3, provider: true, assured: true };
      return 2;
    },
  };
}

/** Minimal CSV reader for the app's dialect: ';', CRLF, '"' quoting with doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the plan puts the capping critical item first; owner, date and status persist; CSV export', async ({ page }) => {
  await seedAssessment(page, seedOptions());
  await navLink(page, 'Maßnahmenplan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmenplan' })).toBeFocused();
  await expect(page).toHaveTitle('Maßnahmenplan – DigiKompass');

  const mfa = question('cs-identity-mfa-remote');
  const items = page.locator('ol.measures > li');
  const count = await items.count();
  expect(count).toBeGreaterThan(10);
  await expect(page.getByText(`${count} Maßnahmen`, { exact: true })).toBeVisible();
  const first = items.first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(`1. ${mfa.text.de}`);
  await expect(first).toContainText('Cybersicherheit › Identitäten, Berechtigungen & Administration');
  await expect(first).toContainText('Begrenzt die Dimension „Cybersicherheit“');
  await expect(first).toContainText('Heute: Stufe 0 – nicht vorhanden');
  // Only the first one caps a dimension.
  await expect(page.locator('ol.measures > li').filter({ hasText: 'Begrenzt die Dimension' })).toHaveCount(1);
  // „weiß nicht“ answers become tasks to clarify.
  for (const id of DONT_KNOW) {
    await expect(items.filter({ has: page.getByRole('heading', { name: question(id).text.de }) })).toContainText('Zuerst klären');
  }
  await checkA11y(page, 'plan');

  // Tracking fields, by label within the first measure.
  await first.getByLabel('Zuständig').fill('Frau Beispiel (Hauptamt)');
  await first.getByLabel('Termin').fill('2027-03-31');
  await first.getByLabel('Stand').selectOption({ label: 'in Arbeit' });
  await expect(page.locator('#save-status')).toContainText('Gespeichert');
  const second = items.nth(1);
  await second.getByLabel('Stand').selectOption({ label: 'erledigt' });
  await page.reload();
  await expect(first.getByLabel('Zuständig')).toHaveValue('Frau Beispiel (Hauptamt)');
  await expect(first.getByLabel('Termin')).toHaveValue('2027-03-31');
  await expect(first.getByLabel('Stand')).toHaveValue('in-arbeit');
  await expect(first.getByLabel('Stand').locator('option:checked')).toHaveText('in Arbeit');
  await expect(second.getByLabel('Stand')).toHaveValue('erledigt');
  await expect(items.nth(2).getByLabel('Stand')).toHaveValue('offen');

  // CSV.
  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Als CSV exportieren' }).click());
  expect(csv.name).toMatch(/^digikompass-planstadt-massnahmen-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const body = csv.text.replace(/^\uFEFF/, '');
  expect(body.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(body);
  expect(rows[0]).toEqual(['Rang', 'Dimension', 'Kategorie', 'Frage-ID', 'Fragen', 'Heute', 'Nächster Schritt', 'Aufwand', 'Priorität', 'Zuständig', 'Termin', 'Stand', 'Hilfen']);
  expect(rows).toHaveLength(count + 1);
  for (const r of rows) expect(r).toHaveLength(13);
  expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
  const [rank, dim, cat, id, text, now, , , , owner, due, status] = rows[1];
  expect([rank, dim, cat, id, text]).toEqual(['1', 'Cybersicherheit', 'Identitäten, Berechtigungen & Administration', 'cs-identity-mfa-remote', mfa.text.de]);
  expect(now).toMatch(/^Stufe 0 – nicht vorhanden: /);
  expect([owner, due, status]).toEqual(['Frau Beispiel (Hauptamt)', '31.03.2027', 'in Arbeit']);
  expect(rows[2][11]).toBe('erledigt');
  // Same order as on screen.
  const headings = await items.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(rows.slice(1).map((r) => `${r[0]}. ${r[4]}`)).toEqual(headings);
  // Every id is a real question; „weiß nicht“ rows say so.
  const ids = new Set(allQuestions().map((x) => x.id));
  for (const r of rows.slice(1)) expect(ids.has(r[3])).toBe(true);
  for (const idDk of DONT_KNOW) expect(rows.find((r) => r[3] === idDk)[5]).toBe('weiß nicht');
});

test('„Fragen an den IT-Dienstleister“ lists the „weiß nicht“ and provider-run questions', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  await seedAssessment(page, seedOptions());
  await navLink(page, 'Maßnahmenplan').click();
  await page.getByRole('link', { name: 'Fragen an den IT-Dienstleister' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fragen an den IT-Dienstleister' })).toBeFocused();

  const list = page.locator('ol.provider-list > li');
  const expected = allQuestions().filter((x) => DONT_KNOW.includes(x.id) || PROVIDER.includes(x.id));
  await expect(list).toHaveCount(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const x = expected[i];
    const item = list.nth(i);
    await expect(item.locator('strong')).toHaveText(x.text.de);
    await expect(item).toContainText(`${x.dimension.title.de} › ${x.category.title.de}`);
    if (DONT_KNOW.includes(x.id)) {
      await expect(item).toContainText('· weiß nicht');
      await expect(item).toContainText('Ihre Antwort: weiß nicht');
    } else {
      await expect(item).toContainText('· erbringt unser IT-Dienstleister – schriftliche Zusicherung fehlt');
      await expect(item).toContainText('Ihre Antwort: Stufe 3 – umgesetzt');
    }
  }
  await expect(list.filter({ hasText: question('od-publication-portal').text.de })).toContainText(`Notiz: ${NOTE}`);
  // Assured in writing: nothing left to ask.
  await expect(list.filter({ hasText: question('cs-systems-patching').text.de })).toHaveCount(0);
  // The MFA question (level 0, not provider-run) is not on the list.
  await expect(list.filter({ hasText: question('cs-identity-mfa-remote').text.de })).toHaveCount(0);
  await checkA11y(page, 'provider list');

  await page.getByRole('button', { name: 'Liste drucken' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
});
