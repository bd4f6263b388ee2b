// Merges each screen group's chunk with the shared chunks it needs (scripts/build-wasm.mjs).
//
// wasm-split-cli gives every set of screen groups that share code a chunk of its own: the
// questions' group („befragung“) needed 18 of them besides its own, 19 requests of mostly a few
// KB each. Small files compress badly, and each costs a request: merged, the same code was
// 52 instead of 66 KB brotli. So each group's module takes in the shared chunks it needs that no
// group before it has taken (in `ORDER`, the first question's group first); a group that needs
// a chunk another group took loads that group's module first. Every chunk is in exactly one
// module, so each piece of code is still instantiated once (its data and table entries are
// placed once), and a module's dependencies only point to groups earlier in `ORDER`.
//
// The chunks import the main module's memory, table and stack pointer from `__wasm_split`.
// wasm-merge (binaryen) would keep one such import per chunk (two memories are invalid), so the
// chunks import them from a small module that re-exports them once, and wasm-merge links them.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The groups in the order they take chunks: the first question's group first. */
const ORDER = ['befragung', 'einlesen', 'auswertung', 'information', 'teilboegen', 'koordination'];
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int'];
const SHARED = '__wasm_split';

function fail(problem) {
  throw new Error(`merge-chunks: ${problem} (has wasm-split-cli changed its output?)`);
}

/** The loader's parts: its helpers, the chunks (all without dependencies) and the groups. */
function parseLoader(code) {
  const chunkDef = /\/\* [^*]* \*\/\nconst (__chunk_\d+) = makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)", import\.meta\.url\)\);\n\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[\]\);\n/g;
  const groupDef = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/split_(\w+)\.wasm", import\.meta\.url\)\);\n\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[([^\]]*)\]\)\);\n?/g;
  const start = code.indexOf('/* ');
  if (start < 0) fail('no chunk in the loader');
  const helpers = code.slice(0, start);
  const chunks = new Map([...code.matchAll(chunkDef)].map((m) => [m[1], m[2]]));
  const groups = new Map();
  for (const m of code.matchAll(groupDef)) {
    if (m[1] !== m[2]) fail(`group ${m[1]} loads split_${m[2]}.wasm`);
    const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean);
    for (const dep of deps) if (!chunks.has(dep)) fail(`group ${m[1]} needs ${dep}, which is no chunk`);
    groups.set(m[1], deps);
  }
  const rest = code.slice(start).replace(chunkDef, '').replace(groupDef, '').trim();
  if (rest) fail(`unexpected code in the loader: ${rest.slice(0, 80)}`);
  if (ORDER.length !== groups.size || ORDER.some((g) => !groups.has(g))) {
    fail(`the groups are ${[...groups.keys()].join(', ')}; ORDER in scripts/merge-chunks.mjs lists ${ORDER.join(', ')}`);
  }
  return { helpers, chunks, groups };
}

function binaryen(tool, args, dir) {
  // -g keeps the function names for profiles and size reports (scripts/build-wasm.mjs strips
  // them from the release).
  execFileSync(tool, [...FEATURES, '-g', ...args], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Merges `files` (in `dir`) into `out`, one module that imports the shared things once. */
function mergeModules(dir, files, out) {
  // Quiet unless it fails: it warns about every chunk's name section, which is not needed here.
  const texts = files.map((file) => execFileSync('wasm-dis', [file], { cwd: dir, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] }).toString());
  // The shared imports as the files declare them (the same in every chunk that has them).
  const imports = texts.flatMap((text) => [...text.matchAll(/^ \(import "__wasm_split" "(\w+)" \((memory|table|global) \$[^ ]+ (.*)\)\)$/gm)]);
  const memory = imports.find((m) => m[2] === 'memory');
  const table = imports.find((m) => m[2] === 'table');
  if (!memory || !table) fail(`${files.join(', ')} import no memory or no table`);
  const relay = `(module
 (import "${SHARED}" "memory" (memory $m ${memory[3]}))
 (import "${SHARED}" "__indirect_function_table" (table $t ${table[3]}))
 (import "${SHARED}" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))\n`;
  writeFileSync(join(dir, 'relay.wat'), relay);
  binaryen('wasm-as', ['relay.wat', '-o', 'relay.wasm'], dir);
  const args = ['relay.wasm', 'relay'];
  for (const [i, file] of files.entries()) {
    const relayed = texts[i].replace(/^ \(import "__wasm_split" /gm, ' (import "relay" ');
    if (/\(import "__wasm_split"/.test(relayed) || /^ \((export|start) /m.test(relayed)) fail(`${file} has an import, an export or a start function not expected`);
    writeFileSync(join(dir, `merge-${i}.wat`), relayed);
    binaryen('wasm-as', [`merge-${i}.wat`, '-o', `merge-${i}.wasm`], dir);
    args.push(`merge-${i}.wasm`, `m${i}`);
  }
  binaryen('wasm-merge', [...args, '-o', out], dir);
  for (const f of ['relay.wat', 'relay.wasm', ...files.flatMap((_, i) => [`merge-${i}.wat`, `merge-${i}.wasm`])]) rmSync(join(dir, f));
}

/** Merges the chunks in `dir` (wasm-split-cli's output) and rewrites its loader to match. */
export function mergeChunks(dir) {
  const loaderPath = join(dir, '__wasm_split.js');
  const { helpers, chunks, groups } = parseLoader(readFileSync(loaderPath, 'utf8'));
  const owner = new Map();
  for (const group of ORDER) for (const dep of groups.get(group)) if (!owner.has(dep)) owner.set(dep, group);
  let loader = helpers;
  for (const group of ORDER) {
    const own = groups.get(group).filter((dep) => owner.get(dep) === group);
    const needs = [...new Set(groups.get(group).map((dep) => owner.get(dep)).filter((g) => g !== group))];
    const file = `split_${group}.wasm`;
    if (own.length) {
      mergeModules(dir, [file, ...own.map((dep) => chunks.get(dep))], file);
      for (const dep of own) rmSync(join(dir, chunks.get(dep)));
    }
    loader += `/* ${group}${own.length ? ` with ${own.map((d) => chunks.get(d)).join(', ')}` : ''} */
const __group_${group} = makeLoad(() => {
    const src = fetch(new URL("./${file}", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [${needs.map((g) => `__group_${g}`).join(', ')}]);
export const __wasm_split_load_${group} = wrapAsyncCb(__group_${group});
`;
  }
  const unused = [...chunks.keys()].filter((c) => !owner.has(c));
  if (unused.length) fail(`chunks no group needs: ${unused.join(', ')}`);
  writeFileSync(loaderPath, loader);
  return { modules: ORDER.length, chunks: chunks.size };
}
