// The shipped questionnaire as the tests see it, and assessment files built from it: plain
// Node (no test runner), shared by the Playwright tests and the Firefox script.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// The shipped questionnaire, read from its TOML files (python3's tomllib; Node has no TOML
// parser and the tests must not depend on a registry download).

let questionnaireCache;
/** { id, version, dimensions: [{ id, title: {de,en}, targets, categories: [{ id, title, questions: [{ id, text, critical, kurzcheck, weight }] }] }] } */
export function questionnaire() {
  if (questionnaireCache) return questionnaireCache;
  const script = `
import tomllib, json, os, sys
root = sys.argv[1]
q = tomllib.load(open(os.path.join(root, 'questionnaire.toml'), 'rb'))
dims = []
for f in q['dimensions']:
    d = tomllib.load(open(os.path.join(root, f), 'rb'))
    dims.append({'id': d['id'], 'title': d['title'], 'targets': d.get('targets', {}), 'categories': [
        {'id': c['id'], 'title': c['title'], 'questions': [
            {'id': x['id'], 'text': x['text'], 'critical': bool(x.get('critical', False)),
             'kurzcheck': bool(x.get('kurzcheck', False)), 'weight': x.get('weight', 1)}
            for x in c['questions']]}
        for c in d['categories']]})
print(json.dumps({'id': q['id'], 'version': q['version'], 'title': q['title'], 'dimensions': dims}))
`;
  const out = execFileSync('python3', ['-c', script, join(ROOT, 'questionnaires', 'kommunal')], { encoding: 'utf8' });
  questionnaireCache = JSON.parse(out);
  return questionnaireCache;
}

/** Every question with its dimension and category, in questionnaire order. */
/** How many categories, questions and Kurzcheck questions the shipped questionnaire has. */
export const counts = () => {
  const q = allQuestions();
  return { categories: questionnaire().dimensions.flatMap((d) => d.categories).length, questions: q.length, kurzcheck: q.filter((x) => x.kurzcheck).length };
};

export function allQuestions() {
  return questionnaire().dimensions.flatMap((d) => d.categories.flatMap((c) => c.questions.map((q) => ({ ...q, dimension: d, category: c }))));
}

export function question(id) {
  const q = allQuestions().find((x) => x.id === id);
  if (!q) throw new Error(`unknown question ${id}`);
  return q;
}

// ---------------------------------------------------------------------------------------------
// Assessment files (format 2, see core/src/domain/exchange.rs), built in the test and loaded through
// the real „Datei importieren“.

/** Today in the browser's time zone (playwright.config.mjs: Europe/Berlin), as YYYY-MM-DD. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A response value → the stored answer: 0–4, 'na', 'dk', or { response, reason, note, provider, assured }. */
function toAnswer(value) {
  const v = typeof value === 'object' && value !== null ? value : { response: value };
  const answer = {};
  if (v.response === 'na') answer.response = { kind: 'not-applicable', reason: v.reason ?? '' };
  else if (v.response === 'dk') answer.response = { kind: 'dont-know' };
  else if (typeof v.response === 'number') answer.response = { kind: 'level', level: v.response };
  if (v.note) answer.note = v.note;
  if (v.provider) answer.by_provider = true;
  if (v.assured !== undefined) answer.assured = v.assured;
  return answer;
}

/**
 * An assessment object. `pick(question)` → answer value (see toAnswer) or null for every
 * question in scope; `answers` adds or overrides by id.
 */
export function buildAssessment({
  id = `e2e-${Math.random().toString(16).slice(2, 10)}`,
  name = 'Musterhausen',
  kind = 'gemeinde',
  inhabitants = 3200,
  scope = 'full',
  date = today(),
  ags = '',
  landkreis = '',
  itProvider = null,
  itProviderName = '',
  respondent = '',
  pick = () => null,
  answers = {},
  targets = {},
  measures = {},
} = {}) {
  const q = questionnaire();
  const all = {};
  for (const x of allQuestions()) {
    if (scope === 'kurzcheck' && !x.kurzcheck) continue;
    const v = pick(x);
    if (v !== null && v !== undefined) all[x.id] = toAnswer(v);
  }
  for (const [qid, v] of Object.entries(answers)) all[qid] = toAnswer(v);
  const profile = { name, kind, inhabitants, it_provider: itProvider, scope };
  if (ags) profile.ags = ags;
  if (landkreis) profile.landkreis = landkreis;
  if (itProviderName) profile.it_provider_name = itProviderName;
  if (respondent) profile.respondent = respondent;
  return {
    id,
    questionnaire_id: q.id,
    questionnaire_version: q.version,
    date,
    updated_ms: 0,
    profile,
    answers: all,
    targets,
    measures,
  };
}

export function assessmentFile(assessment, { format = 'digikompass-assessment', formatVersion = 2 } = {}) {
  return JSON.stringify({ format, format_version: formatVersion, assessment }, null, 2);
}

