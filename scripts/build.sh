#!/usr/bin/env bash
# Builds the release bundle into dist/ (offline: see Trunk.toml). One build serves every
# browser test and the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
