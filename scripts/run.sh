#!/usr/bin/env bash
# Installs what is missing, builds, and starts EligiCheck.
#   scripts/run.sh                 the desktop application
#   scripts/run.sh --offscreen     the application without a display (for screenshots)
#   scripts/run.sh --cli ARGS...   the command-line tool (eligicheck-cli ARGS...)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages
configure_and_build >&2

if [[ "${1:-}" == "--cli" ]]; then
  shift
  exec "$BUILD_DIR/bin/eligicheck-cli" "$@"
fi
if [[ "${1:-}" == "--offscreen" ]]; then
  shift
  export QT_QPA_PLATFORM=offscreen
elif [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "EligiCheck is a desktop application and needs a display (no DISPLAY or WAYLAND_DISPLAY is set)." >&2
  echo "Run it in a desktop session, use 'scripts/run.sh --offscreen' for screenshots, or 'scripts/run.sh --cli --help'." >&2
  exit 2
fi
exec "$BUILD_DIR/bin/eligicheck" "$@"
