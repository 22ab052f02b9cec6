#!/usr/bin/env bash
# Builds the release into dist/: a static folder for any plain web host or shared drive.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release
echo "Release folder: $ROOT/dist"
