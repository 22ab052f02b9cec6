#!/usr/bin/env bash
# Installs what is missing, builds, and serves Boussole on http://127.0.0.1:8080
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
echo "Boussole: http://127.0.0.1:8080"
exec trunk serve "$@"
