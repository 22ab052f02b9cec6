#!/usr/bin/env bash
# Installs what is missing, then runs every test level:
#   0. the code is formatted and clippy finds nothing (native and wasm32, every target),
#   1. native `cargo test` (domain, catalogue, file format, property tests),
#   2. browser tests (wasm-bindgen-test in headless Chromium),
#   3. end-to-end journeys on the release build (Playwright + axe-core in Chromium).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --browser
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "0/3 format and lints"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
# wasm32: the app and its browser tests (the native tests use proptest, native only).
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings

step "1/3 native tests"
cargo test --locked

step "2/3 browser tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test browser

step "3/3 end-to-end tests on the release build"
trunk build --release
node scripts/single-file.mjs dist dist-single/boussole.html
(cd tests/e2e && npx playwright test)

step "all tests passed"
