#!/usr/bin/env bash
# Makes sure the Chromium the browser tests drive is installed, and says which one it is.
# The tests use Debian's Chromium rather than a Playwright download: apt is reachable
# on every machine we run on, Playwright's CDN is not.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [[ ! -x "$chromium" ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "Chromium is missing. Run: sudo apt-get update && sudo apt-get install -y chromium" >&2
    exit 1
  fi
  echo "Chromium not found at $chromium; installing it with apt-get."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium </dev/null
  if [[ ! -x "$chromium" ]]; then
    echo "apt-get installed chromium, but $chromium still does not exist: check CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# Debian's wrapper script prints a harmless shell warning on stderr; keep the log clean.
version="$("$chromium" --version 2>/dev/null || true)"
if [[ -z "$version" ]]; then
  echo "$chromium exists but does not start (\`$chromium --version\` failed)." >&2
  exit 1
fi
echo "Using $version ($chromium)"
