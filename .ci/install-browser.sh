#!/bin/sh
# Installs Debian's Chromium and ChromeDriver for the browser tests (api's *BrowserIT), unless both are
# already there. Idempotent: a second run does nothing. Called by `./mvnw verify` (api, phase
# pre-integration-test) and usable by hand. Needs root and apt-get; it never downloads a browser
# build of its own (Selenium Manager and Playwright's downloads do not work on these machines).
set -eu

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
  exit 0
fi

fail() {
  echo "install-browser: $1" >&2
  echo "install-browser: the browser tests need Debian's packages chromium and chromium-driver" >&2
  echo "install-browser: ($CHROMIUM, $CHROMEDRIVER); install them, or build with -Dflowtrace.browser.skip" >&2
  echo "install-browser: (the browser tests are then skipped) or -DskipITs" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get not found"
[ "$(id -u)" -eq 0 ] || fail "not root: cannot run apt-get install"

echo "install-browser: installing chromium and chromium-driver with apt-get (a minute or two)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || fail "apt-get update failed"
apt-get install -y -qq chromium chromium-driver >/dev/null || fail "apt-get install chromium chromium-driver failed"

[ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] || fail "installed, but $CHROMIUM or $CHROMEDRIVER is missing"
echo "install-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium), $("$CHROMEDRIVER" --version 2>/dev/null | cut -d' ' -f1-2)"
