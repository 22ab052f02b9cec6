#!/usr/bin/env bash
# Installs what Boussole needs and skips what is already there at the right version.
# Usage: scripts/setup.sh [--browser]   (--browser adds Chromium, chromedriver, Playwright)
# Sourced by serve.sh, test.sh and bench.sh; safe to run again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
WANT_BROWSER=0
[ "${1:-}" = "--browser" ] && WANT_BROWSER=1

export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

# Rust: the machine's toolchain plus the wasm target.
command -v cargo >/dev/null || { say "cargo not found: install Rust with rustup first"; exit 1; }
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The test command checks formatting and lints.
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

# Trunk, pinned: 0.22 needs a newer rustc than this machine has.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI at exactly the version in Cargo.lock (no --locked: see TOOLCHAIN.md).
WBG_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p')"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ] \
   || [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION" --force
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" "$ROOT/Trunk.toml"; then
  say "Trunk.toml pins another wasm-bindgen than Cargo.lock ($WBG_VERSION): update it"; exit 1
fi

# wasm-opt from npm's binaryen 132, inside the project: Debian's 108 builds a broken module.
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
  npm install --no-audit --no-fund --prefix "$ROOT/.tools" "binaryen@$BINARYEN_VERSION"
fi

# Crates, fetched once so every later build can run offline.
(cd "$ROOT" && cargo fetch --locked -q)

if [ "$WANT_BROWSER" = 1 ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and chromedriver from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver
  fi
  # Playwright and axe-core for the end-to-end tests; never a browser download.
  E2E="$ROOT/tests/e2e"
  STAMP="$E2E/node_modules/.lock-stamp"
  if [ ! -f "$STAMP" ] || ! cmp -s "$E2E/package-lock.json" "$STAMP"; then
    say "installing the end-to-end test packages"
    (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    cp "$E2E/package-lock.json" "$STAMP"
  fi
fi
say "tools ready: $(trunk --version), wasm-bindgen $WBG_VERSION, $(wasm-opt --version)"
