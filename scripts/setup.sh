#!/usr/bin/env bash
# Installs everything the build and the tests need, from the package registries only
# (crates.io, npm, Debian). Idempotent: every step checks first, so a warm run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14   # 0.22.x needs rustc >= 1.96.1
log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, or trunk tries a download.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed | grep -q '^clippy'; then rustup component add clippy; fi
if ! rustup component list --installed | grep -q '^rustfmt'; then rustup component add rustfmt; fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 11 minutes, once)"
  # No default features: no TLS stack and no update check. Trunk here never downloads
  # anything (Trunk.toml sets offline), and the build is ~2 minutes shorter (measured 666 s
  # against 775 s on two cores); the bundles it builds are byte-identical.
  cargo install --locked --no-default-features "trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $WASM_BINDGEN_VERSION\b"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes, once)"
  # Not --locked: its lock file pins a webpki-roots version the registry no longer serves.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# Splits the app's wasm into a first download and chunks (scripts/build-wasm.mjs). Its version
# must be the one of wasm_split_helpers in Cargo.lock: the split markers are shared constants.
WASM_SPLIT_VERSION=$(awk '/^name = "wasm_split_helpers"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (about 1 minute, once)"
  cargo install --locked --features build-binary "wasm_split_cli_support@$WASM_SPLIT_VERSION"
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  log "installing cargo-fuzz (about 2 minutes, once)"
  cargo install --locked cargo-fuzz
fi

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
command -v brotli >/dev/null || need_apt+=(brotli)
[ -d /usr/share/fonts/truetype/liberation ] || need_apt+=(fonts-liberation)
[ -d /usr/share/fonts/truetype/dejavu ] || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

# Node packages from the lock file: wasm-opt (binaryen), Playwright, axe-core, puppeteer-core
# (drives Debian's Firefox ESR). The SKIP variables guard against any package fetching a browser.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing node packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts
fi

# Trunk builds offline (Trunk.toml), which also means `cargo build --offline`.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch
log "tools ready"
