#!/usr/bin/env bash
# README command 1: set up, build the release bundle and serve it on http://127.0.0.1:8080
# with the shipped questionnaire and the example benchmark data.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
exec node scripts/serve.mjs --dir dist --host 127.0.0.1 --port "${PORT:-8080}"
