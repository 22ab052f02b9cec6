#!/usr/bin/env bash
# Builds the release and the floor (a minimal Leptos counter, same profile), and prints
# Boussole's figures beside the floor's, and timings on a workspace near the browser's
# 5 MiB quota, then a scaling table (one set from 1×3 to 50×50). Prints, never fails on a
# figure. BENCH_ONLY=scaling prints only the scaling table (and builds no floor).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --browser
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release
if [ "${BENCH_ONLY:-}" != scaling ]; then
  # The floor: a minimal Leptos counter built with the same profile and tools.
  (cd bench/floor && trunk build --release --dist ../../target/floor-dist)
fi
node tests/e2e/bench.mjs
