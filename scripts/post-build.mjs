// Trunk post-build hook (Trunk.toml). Runs in the staging directory before it becomes dist/.
//
// 0. The app's WebAssembly, split into a first download and chunks (scripts/build-wasm.mjs),
//    and the inline script that loads it.
// 1. Content-Security-Policy: the loader is an inline script.
//    Instead of allowing 'unsafe-inline', we allow exactly that script by its SHA-256 hash and
//    put the policy into a <meta> tag, so it holds on any static server without configuration.
//    (frame-ancestors cannot be set by <meta>; README's nginx example sends it as a header.)
// 2. Offline: writes sw.js, a service worker that caches exactly the files of this build.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildWasm } from './build-wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const app = buildWasm({ staging: dir, release: process.env.TRUNK_PROFILE === 'release' });
// The <link data-trunk rel=rust data-trunk-skip> that kept Trunk from building the app itself.
html = html.replace(/<link[^>]*\bdata-trunk-skip\b[^>]*>/, '');
// The loader is a classic script at the top of <head>, so that it runs while the page is parsed:
// it starts compiling the WebAssembly as the bytes arrive and imports the bindings meanwhile. A
// module script (as wasm-bindgen suggests) runs only after the stylesheets and the module graph
// have loaded, and the compile started about 20 ms after the download had finished. A server
// that sends .wasm with another MIME type gets the compile from the whole download instead.
// The app is started once the document is parsed: it mounts into <body>.
const loader = [
  `{const w=fetch('./${app.wasm}').then(r=>{if(!r.ok)throw Error(r.url+' '+r.status);`,
  `return/^application\\/wasm\\b/.test(r.headers.get('content-type'))?WebAssembly.compileStreaming(r):r.arrayBuffer().then(b=>WebAssembly.compile(b))});`,
  `const d=document.readyState=='loading'&&new Promise(f=>document.addEventListener('DOMContentLoaded',f,{once:true}));`,
  `Promise.all([import('./${app.js}'),d]).then(([m])=>m.default({module_or_path:w}))}`,
].join('');
const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
if (!charset.test(html)) throw new Error('post-build: <meta charset=utf-8> not found in index.html');
// The loader imports the bindings (with the chunk loader bundled in) at once: no preload needed.
html = html.replace(charset, (m) => `${m}<script>${loader}</script>`);

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('post-build: no inline loader script found in index.html');
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);

const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');
if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('post-build: CSP already present');
// Right after <meta charset>, before anything that loads (the minifier drops the <head> tag).
html = html.replace(charset, (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${csp}">`);
writeFileSync(indexPath, html);

// Data files written by core/build.rs under content-hashed names: the questionnaire's texts per
// language in parts (the common part and one per dimension, fetched when a screen shows them),
// the example pack (fetched by the first screen that compares), the English UI texts
// (fetched when someone switches to English) and the German ones of the screens whose code is a
// chunk (fetched with the first of them).
const generated = new URL('../target/generated/', import.meta.url);
for (const [pattern, count] of [[/^questionnaire-de-[0-9a-f]{16}\.json$/, 1], [/^questionnaire-en-[0-9a-f]{16}\.json$/, 1],
  [/^questionnaire-de-[a-z-]+-[0-9a-f]{16}\.json$/, 0], [/^questionnaire-en-[a-z-]+-[0-9a-f]{16}\.json$/, 0], [/^beispieldaten-[0-9a-f]{16}\.json$/, 1],
  [/^ui-en-[0-9a-f]{16}\.json$/, 1], [/^ui-de-[0-9a-f]{16}\.json$/, 1]]) {
  const found = readdirSync(generated).filter((f) => pattern.test(f));
  // One of each, and at least one texts file per dimension (their number is the questionnaire's).
  if (count ? found.length !== count : found.length === 0) {
    throw new Error(`post-build: expected ${count || 'some'} file(s) like ${pattern} in target/generated, found ${found.length}`);
  }
  for (const file of found) copyFileSync(new URL(file, generated), join(dir, file));
}

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(dir)
  .map((p) => relative(dir, p).split('\\').join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();
const version = createHash('sha256').update(files.join('\n') + html).digest('hex').slice(0, 16);
const sw = readFileSync(new URL('../web/sw.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files]));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`post-build: CSP with ${hashes.length} script hash(es); sw.js caches ${files.length} files (version ${version})`);
