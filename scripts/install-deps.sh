#!/usr/bin/env bash
# Installs peercard's build, test and run dependencies from Debian's packages.
# Run as root (or with sudo available). Safe to run again.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libicu-dev libeigen3-dev libhpdf-dev libharfbuzz-dev
  libcli11-dev libtomlplusplus-dev libxlsxwriter-dev
  libpoppler-cpp-dev libzip-dev libxml2-dev antiword
  catch2 fonts-wqy-zenhei fonts-droid-fallback
  qpdf poppler-utils python3 unzip libxml2-utils
)
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}"
