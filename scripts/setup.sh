#!/usr/bin/env bash
# Shared set-up for run.sh, test.sh and bench.sh: installs missing Debian packages, configures
# and builds. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  cmake ninja-build g++ clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libyaml-cpp-dev libgl-dev libfontconfig-dev python3
  xvfb xauth fonts-wqy-microhei poppler-utils locales
  postgresql libqt6sql6-psql
  # spreadsheets: .xlsx read through minizip, written with libxlsxwriter (which uses the same
  # minizip); LibreOffice makes the workbooks the tests read and reads the ones we write
  libminizip-dev libxlsxwriter-dev pkg-config libreoffice-calc-nogui
  # the Debian package and its checks (scripts/package.sh, scripts/check-package.sh)
  dpkg-dev file help2man lintian appstream desktop-file-utils shared-mime-info libglib2.0-bin man-db
  time # /usr/bin/time: peak memory in scripts/bench.sh (8)
)

install_missing_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  ensure_locales
}

# The locales our users run (and the tests run under): Chinese desktops first. Only what is
# missing is generated, so a second run costs a `locale -a`.
LOCALES=(zh_CN.UTF-8 zh_TW.UTF-8 en_US.UTF-8)

ensure_locales() {
  local have missing=()
  have="$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]' | sed 's/utf-8/utf8/')"
  for l in "${LOCALES[@]}"; do
    local norm="${l,,}"
    grep -qx "${norm/utf-8/utf8}" <<<"$have" || missing+=("$l")
  done
  ((${#missing[@]})) || return 0
  echo "Generating locales: ${missing[*]}"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  for l in "${missing[@]}"; do
    # Uncomment "# zh_CN.UTF-8 UTF-8" or add the line when the file lacks it.
    if grep -q "^# *${l} UTF-8" /etc/locale.gen; then
      $sudo sed -i "s/^# *${l} UTF-8/${l} UTF-8/" /etc/locale.gen
    elif ! grep -q "^${l} UTF-8" /etc/locale.gen; then
      echo "${l} UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
    fi
  done
  $sudo locale-gen >/dev/null
}

configure_and_build() {
  local extra=("$@")
  if [[ ! -f "$BUILD_DIR/build.ninja" ]] || ((${#extra[@]})); then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "${extra[@]}" >/dev/null
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
