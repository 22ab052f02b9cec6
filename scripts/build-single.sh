#!/usr/bin/env bash
# Builds the single-file edition: dist-single/boussole.html, the whole app in one file that
# works when double-clicked (file://), from a USB stick, a shared drive or an email.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release
node scripts/single-file.mjs dist dist-single/boussole.html
