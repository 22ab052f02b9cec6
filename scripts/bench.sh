#!/usr/bin/env bash
# Builds the release and prints Boussole's figures: bundle sizes, start, and timings on a
# workspace near the browser's 5 MiB quota. Prints, never fails on a figure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --browser
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release
node tests/e2e/bench.mjs
