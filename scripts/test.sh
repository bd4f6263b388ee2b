#!/usr/bin/env bash
# README command 2: set up, then run every check and test:
#   formatting, clippy, native unit/property tests, fuzzing (bounded), one release build,
#   (clippy natively on all code, and for wasm32 on the app and the core library: a few lines
#   are wasm-only, such as where the English UI texts come from)
#   browser tests in headless Chromium (Playwright + axe-core), then the main path in
#   Debian's Firefox ESR (puppeteer-core over WebDriver BiDi).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"
./scripts/setup.sh

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native, all targets; wasm32, what the app is built from)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p digikompass-core --lib -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p digikompass --lib --bins -- -D warnings

step "native tests (unit, property, questionnaire, i18n)"
PROPTEST_DISABLE_FAILURE_PERSISTENCE=1 cargo test --locked

if [ -x scripts/fuzz.sh ]; then
  step "fuzzing (bounded)"
  ./scripts/fuzz.sh
fi

step "release build"
./scripts/build.sh

step "browser tests (Playwright, Chromium, axe-core)"
(cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test "$@")

step "main path in Firefox ESR (puppeteer-core, WebDriver BiDi)"
node e2e/firefox/main-path.mjs
