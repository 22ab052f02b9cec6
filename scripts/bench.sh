#!/usr/bin/env bash
# Builds the release and the floor (a minimal Leptos counter, same profile), and prints
# Boussole's figures beside the floor's, and timings on a workspace near the browser's
# 5 MiB quota. Prints, never fails on a figure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --browser
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release
# The floor: a minimal Leptos counter built with the same profile and tools.
(cd bench/floor && trunk build --release --dist ../../target/floor-dist)
node tests/e2e/bench.mjs
