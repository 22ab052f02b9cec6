#!/usr/bin/env bash
# Builds the single-file edition: dist-single/boussole.html, the whole app in one file that
# works when double-clicked (file://), from a USB stick, a shared drive or an email.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/build.sh"
node "$ROOT/scripts/single-file.mjs" "$ROOT/dist" "$ROOT/dist-single/boussole.html"
