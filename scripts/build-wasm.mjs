// Builds the app's WebAssembly for Trunk's post-build hook (scripts/post-build.mjs), split into
// a first download and chunks that are fetched when a screen first needs them.
//
// Trunk cannot split a wasm module (trunk-rs/trunk#1022), so the Rust part of the build is
// done here instead of by Trunk's `rel="rust"` pipeline, with the same tools at the same
// versions (scripts/setup.sh installs them; nothing is downloaded):
//
//   cargo build (wasm32, with relocations kept: .cargo/config.toml)
//   → wasm-split-cli: the functions marked #[wasm_split(…)] in src/pages/mod.rs, and everything
//     only they reach, move into chunks; the rest is the main module
//   → merge-chunks.mjs: each screen group's module takes in the shared chunks it needs
//   → wasm-bindgen on the main module (--target web, as Trunk ran it)
//   → wasm-opt -Oz on the main module and every group's module (release only)
//   → esbuild: the bindings and the chunk loader bundled into main.js (minified in release)
//
// Everything lands in app-<hash>/ (the hash covers every file), so a new build never mixes with
// an old one in a browser's cache. Returns the paths index.html must load.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

import { mergeChunks } from './merge-chunks.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: root, ...options });
}

export function buildWasm({ staging, release }) {
  const profile = release ? 'release' : 'debug';
  // Trunk's own cargo call was offline (Trunk.toml); this one is too.
  run('cargo', ['build', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '-p', 'digikompass', '--bin', 'digikompass',
    ...(release ? ['--release'] : [])]);
  const input = join(root, 'target', 'wasm32-unknown-unknown', profile, 'digikompass.wasm');

  const work = join(root, 'target', 'wasm-split');
  rmSync(work, { recursive: true, force: true });
  const split = join(work, 'split');
  const out = join(work, 'app');
  mkdirSync(split, { recursive: true });
  mkdirSync(out, { recursive: true });
  // Writes main.wasm, the chunks and __wasm_split.js (which imports the bindings from ./main.js).
  run('wasm-split-cli', [input, split]);
  const merged = mergeChunks(split);
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
    '--out-name', 'main', '--out-dir', out, join(split, 'main.wasm')]);
  for (const file of readdirSync(split)) {
    if (file !== 'main.wasm') copyFileSync(join(split, file), join(out, file));
  }
  // The chunk loader starts a chunk's fetch before it awaits it; a fetch that fails meanwhile
  // would also be reported as an unhandled rejection. The loader still sees the failure (the
  // app then says the screen could not be loaded); the extra report is only noise.
  const loader = join(out, '__wasm_split.js');
  const loaderCode = readFileSync(loader, 'utf8');
  const fetches = /const src = (fetch\([^;]*\));/g;
  if (!fetches.test(loaderCode)) throw new Error('build-wasm: the chunk loader no longer starts its fetches as expected');
  writeFileSync(loader, loaderCode.replace(fetches, 'const src = $1; src.catch(() => {});'));
  const wasmFiles = readdirSync(out).filter((f) => f.endsWith('.wasm'));
  if (release) {
    for (const file of wasmFiles) {
      const path = join(out, file);
      // Quiet unless it fails: it warns about every chunk's name section, which it then strips.
      execFileSync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--strip-debug', '--strip-producers', path, '-o', path],
        { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
    }
  }
  const chunks = wasmFiles.filter((f) => f !== 'main_bg.wasm').length;
  // The bindings and the chunk loader as one file (one request less on every first visit; the
  // two import each other, which a bundle resolves), minified in release builds (Trunk's own
  // minifier fails on the bindings).
  const bindings = join(out, 'main.js');
  const bundled = buildSync({ entryPoints: [bindings], bundle: true, format: 'esm', target: 'es2020', minify: release, write: false });
  writeFileSync(bindings, bundled.outputFiles[0].text);
  rmSync(loader);

  const hash = createHash('sha256');
  for (const file of readdirSync(out).sort()) hash.update(file).update(readFileSync(join(out, file)));
  const dir = `app-${hash.digest('hex').slice(0, 16)}`;
  renameSync(out, join(staging, dir));
  console.log(`build-wasm: ${dir}/ with the main module and ${chunks} modules, merged from ${merged.chunks} shared chunks (${profile})`);
  return { dir, js: `${dir}/main.js`, wasm: `${dir}/main_bg.wasm` };
}
