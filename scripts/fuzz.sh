#!/usr/bin/env bash
# Bounded fuzzing of the file parsers with cargo-fuzz (libFuzzer): each target runs
# FUZZ_SECONDS (default 30) from the seed corpus in fuzz/corpus/<target>/. New inputs go to a
# temporary directory, so the repository stays clean; a crash fails the run and leaves its
# input in fuzz/artifacts/<target>/.
#
# cargo-fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP=1 lets the installed stable
# toolchain accept them (no other toolchain can be fetched on these machines). Rust code is
# memory-safe, so we fuzz for panics without a sanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
seconds="${FUZZ_SECONDS:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for target in contribution pack assessment; do
  mkdir -p "$work/$target"
  echo "fuzz: $target for ${seconds}s"
  if ! cargo fuzz run --sanitizer none --release "$target" "$work/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=70000 -print_final_stats=1 >"$work/$target.log" 2>&1; then
    tail -n 40 "$work/$target.log"
    echo "fuzz: $target FAILED (input saved under fuzz/artifacts/$target/)" >&2
    exit 1
  fi
  grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "$work/$target.log" | tail -n 2 || true
done
