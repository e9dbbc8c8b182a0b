#!/bin/sh
# Make sure Debian's headless-capable Chromium is installed for the review-page tests.
# Idempotent: does nothing when /usr/bin/chromium exists. Needs root (or sudo) only when it installs.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it (need root or sudo);" >&2
    echo "ensure-chromium: run as root: apt-get update -qq && apt-get install -y -qq chromium" >&2
    exit 1
fi

echo "ensure-chromium: installing Debian's chromium package (once)" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
