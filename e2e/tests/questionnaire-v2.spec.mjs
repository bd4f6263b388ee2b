// Questionnaire v2: a file answered with version 1 opens migrated with nothing lost; critical
// questions offer no „nicht zutreffend“; a provider's service counts once assured in writing;
// references show their catalogue title; help texts link their terms to „Begriffe“.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, checkA11y, importInput, storage, navLink, questionnaire, ROOT } from './fixtures.mjs';

const V1_FILE = join(ROOT, 'e2e', 'fixtures', 'altdorf-fragebogen-v1.json');
const V1 = JSON.parse(readFileSync(V1_FILE, 'utf8')).assessment;

// What questionnaire.toml says about version 1 (written out here, so that a changed mapping
// has to change this test too).
const CARRIED = {
  'cs-identity-mfa': ['cs-identity-mfa-remote', 'cs-identity-mfa-admin'],
  'os-inventory-export': ['os-procurement-exit'],
  'cs-awareness-leadership': ['ko-training-fuehrungskraefte'],
  'os-governance-cooperation': ['ko-cooperation-interkommunal'],
  'od-strategy-cooperation': ['ko-cooperation-interkommunal'],
  'ko-cooperation-netzwerke': ['ko-cooperation-austausch'],
  'ko-cooperation-nachnutzung': ['ko-cooperation-austausch'],
};
const RESET = ['cs-backup-protection', 'cs-identity-passwords', 'cs-isms-leadership', 'od-licences-contracts', 'od-licences-open',
  'od-publication-govdata', 'od-quality-api', 'os-governance-skills', 'os-procurement-evbit'];
const DROPPED = ['cs-isms-inventory', 'ko-skills-sicherheit', 'os-reuse-contribute', 'os-reuse-publish', 'os-solutions-infrastructure'];

/** The category page (1-based, full check) that holds question `id`. */
function pageOf(id) {
  const categories = questionnaire().dimensions.flatMap((d) => d.categories);
  return categories.findIndex((c) => c.questions.some((q) => q.id === id)) + 1;
}

test('a file answered with questionnaire version 1 opens migrated to version 2, with nothing lost', async ({ page }) => {
  await page.goto('./#/');
  await importInput(page).setInputFiles(V1_FILE);
  const verdict = page.locator('#import-result').getByRole('status');
  await expect(verdict.locator('p')).toHaveText([
    '„Altdorf“ wurde importiert.',
    'Die Datei stammt aus einer älteren Version und wurde umgewandelt.',
    `Antworten zu geteilten oder zusammengelegten Fragen wurden übertragen (7): ${Object.keys(CARRIED).sort().join(', ')}. Bei zusammengelegten Fragen gilt die niedrigere Stufe; prüfen Sie diese Fragen.`,
    `Diese Fragen haben neue Stufen und sind neu zu beantworten (9): ${RESET.join(', ')}. Ihre Notizen bleiben erhalten.`,
    'Kritische Fragen können nicht mehr „nicht zutreffend“ sein; sie brauchen eine Stufe (1): cs-isms-isb. Ihre Begründung steht jetzt in der Notiz.',
    `Antworten zu Fragen, die es nicht mehr gibt, wurden nicht übernommen (5): ${DROPPED.join(', ')}. Ihre Datei bleibt unverändert.`,
  ]);

  const stored = JSON.parse((await storage(page))[`digikompass.assessment.${V1.id}`]).assessment;
  expect(stored.questionnaire_version).toBe(2);
  expect(stored.profile).toEqual(V1.profile);
  expect(stored.targets).toEqual(V1.targets);
  expect(stored.measures).toEqual(V1.measures);
  const v2Ids = new Set(questionnaire().dimensions.flatMap((d) => d.categories.flatMap((c) => c.questions.map((q) => q.id))));
  // Every answer to an unchanged question is kept exactly, notes included.
  let kept = 0;
  for (const [id, answer] of Object.entries(V1.answers)) {
    if (!v2Ids.has(id) || RESET.includes(id) || id === 'cs-isms-isb' || Object.values(CARRIED).flat().includes(id)) continue;
    expect(stored.answers[id], id).toEqual(answer);
    kept += 1;
  }
  expect(kept).toBeGreaterThan(70);
  // A split question's answer goes to both parts.
  for (const id of CARRIED['cs-identity-mfa']) expect(stored.answers[id]).toEqual(V1.answers['cs-identity-mfa']);
  // Merged: the lowest level, all notes.
  const levelOf = (a) => (a?.response?.kind === 'level' ? a.response.level : a?.response?.kind === 'dont-know' ? -1 : 9);
  const sources = ['ko-cooperation-interkommunal', 'os-governance-cooperation', 'od-strategy-cooperation'].map((id) => V1.answers[id]);
  expect(levelOf(stored.answers['ko-cooperation-interkommunal'])).toBe(Math.min(...sources.map(levelOf)));
  // Reset: no level, the note stays.
  for (const id of RESET) {
    expect(stored.answers[id]?.response, id).toBeUndefined();
    if (V1.answers[id].note) expect(stored.answers[id].note).toBe(V1.answers[id].note);
  }
  // The critical „nicht zutreffend“ became an open question with its reason as the note.
  expect(stored.answers['cs-isms-isb']).toEqual({ note: 'Das macht der GVV für uns' });

  // On screen: the ISB question has no „nicht zutreffend“, says why, and shows the note.
  await page.goto(`./#/fragen/${pageOf('cs-isms-isb')}`);
  const isb = page.locator('#question-cs-isms-isb');
  await expect(isb.getByRole('radio')).toHaveCount(6);
  await expect(isb.getByRole('radio', { name: 'nicht zutreffend' })).toHaveCount(0);
  await expect(isb.getByRole('radio', { name: 'weiß nicht' })).toHaveCount(1);
  await expect(isb).toContainText('Kritische Fragen können nicht „nicht zutreffend“ sein');
  await expect(isb.getByLabel('Notiz oder Nachweis')).toHaveValue('Das macht der GVV für uns');
  // References carry their catalogue title and link to the source.
  const reference = isb.locator('.question__refs a').first();
  await expect(reference).toHaveText(/^BSI ISMS\.1\.A4 /);
  await expect(reference).toHaveAttribute('href', /^https:\/\//);
  await checkA11y(page, 'critical question without „nicht zutreffend“');

  // A term in the help text links to „Begriffe“, where that term gets the focus.
  const term = isb.locator('.question__help a.term', { hasText: /^ISB$/ });
  await expect(term).toHaveAttribute('href', '#/begriffe/isb');
  await term.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Begriffe' })).toBeVisible();
  await expect(page.locator('#begriff-isb')).toBeFocused();
  await expect(page.locator('#begriff-isb')).toContainText('Informationssicherheitsbeauftragte');
  await checkA11y(page, 'Begriffe');
});

test('a provider\'s service counts only once it is assured in writing', async ({ page }) => {
  await page.goto('./#/');
  await importInput(page).setInputFiles(V1_FILE);
  await expect(page.locator('#import-result').getByRole('status')).toContainText('wurde importiert');
  // The v1 file marks the offline backup as provider-run without saying whether it is assured.
  await page.goto(`./#/fragen/${pageOf('cs-backup-offline')}`);
  const backup = page.locator('#question-cs-backup-offline');
  await expect(backup.getByLabel('Erbringt unser IT-Dienstleister')).toBeChecked();
  const assured = backup.getByRole('group', { name: 'Hat der Dienstleister das schriftlich zugesichert, zum Beispiel im Vertrag?' });
  await expect(assured.getByRole('radio')).toHaveCount(2);
  await expect(assured).toContainText('zählt die Frage als „offen zu klären“');
  await expect(backup.locator('.badge--assured')).toHaveCount(0);

  await navLink(page, 'Maßnahmenplan').click();
  await page.getByRole('link', { name: 'Fragen an den IT-Dienstleister' }).click();
  const listed = page.locator('ol.provider-list > li').filter({ hasText: 'Datensicherung' });
  await expect(listed.first()).toContainText('erbringt unser IT-Dienstleister – schriftliche Zusicherung fehlt');

  await page.goto(`./#/fragen/${pageOf('cs-backup-offline')}`);
  await assured.getByRole('radio', { name: 'Ja – die gewählte Stufe ist schriftlich zugesichert' }).check();
  await expect(backup.locator('.badge--assured')).toHaveText('vom Dienstleister zugesichert');
  await expect(assured).not.toContainText('zählt die Frage als „offen zu klären“');
  await page.reload();
  await expect(assured.getByRole('radio', { name: 'Ja – die gewählte Stufe ist schriftlich zugesichert' })).toBeChecked();
  await checkA11y(page, 'provider assured');

  await navLink(page, 'Maßnahmenplan').click();
  await page.getByRole('link', { name: 'Fragen an den IT-Dienstleister' }).click();
  await expect(page.locator('ol.provider-list > li').filter({ hasText: 'vom Netz getrennt' })).toHaveCount(0);
});
