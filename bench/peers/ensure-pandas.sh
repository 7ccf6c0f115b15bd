#!/usr/bin/env bash
# Makes sure a Python with pandas is available for the pandas peer, and says which one:
# stdout gets one line "Using pandas VERSION (INTERPRETER)"; other messages go to stderr.
# Exit 0: pandas is there. Exit 3: pandas is missing and we are not root; stderr holds the
# one command to run, so the benchmark can skip pandas with that message.
# Debian's python3-pandas lands in /usr/bin/python3, which is not always the first python3 on
# PATH (pyenv, venvs), so both are tried; pandas_rfm.py moves itself to /usr/bin/python3 too.
set -euo pipefail

find_python() {
  local py
  for py in python3 /usr/bin/python3; do
    local version
    if command -v "$py" >/dev/null 2>&1 && version="$("$py" -c 'import pandas; print(pandas.__version__)' 2>/dev/null)"; then
      echo "Using pandas $version ($(command -v "$py"))"
      return 0
    fi
  done
  return 1
}

if find_python; then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "sudo apt-get update && sudo apt-get install -y python3-pandas" >&2
  exit 3
fi

echo "pandas not found; installing Debian's python3-pandas with apt-get." >&2
export DEBIAN_FRONTEND=noninteractive
{
  apt-get update -qq
  apt-get install -y -qq python3-pandas </dev/null
} >&2
if ! find_python; then
  echo "apt-get installed python3-pandas, but neither python3 nor /usr/bin/python3 can import pandas." >&2
  exit 1
fi
