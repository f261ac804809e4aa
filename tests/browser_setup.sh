#!/usr/bin/env bash
# Headless Chromium for tests/test_browser.py, from Debian's packages (chromium, chromium-driver).
# Idempotent and quiet: does nothing when /usr/bin/chromium is already there; prints only on failure.
# Usage (CI or a developer machine, Debian/Ubuntu, as root or with sudo): bash tests/browser_setup.sh
set -euo pipefail

if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "browser_setup.sh: apt-get not found; install Chromium by hand (tests/test_browser.py needs /usr/bin/chromium)" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium chromium-driver; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "browser_setup.sh: installing chromium failed" >&2
    exit 1
fi
/usr/bin/chromium --version >/dev/null 2>&1 || { echo "browser_setup.sh: chromium installed but does not run" >&2; exit 1; }
