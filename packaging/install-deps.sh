#!/bin/sh
# Installs what Borgtide needs to build, test and run.
#   Debian 12 / Ubuntu 22.04+: installs with apt (as root, or through sudo).
#   macOS and Windows: prints what to install (see README, "Other platforms").
set -eu

packages="build-essential cmake ninja-build ccache pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite libgl-dev qtkeychain-qt6-dev
borgbackup
xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
python3 python3-croniter
appstream desktop-file-utils clang-format file fonts-noto-color-emoji
trayer xdotool imagemagick
openssh-server openssh-client
python3-dbusmock python3-llfuse fuse3 libyaml-cpp-dev
clang libclang-rt-14-dev mingw-w64 wine64"

case "$(uname -s)" in
Linux)
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "install-deps.sh: this script knows apt (Debian, Ubuntu). Install the equivalents of:" >&2
        echo "$packages" >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ]; then
        run() { "$@"; }
    elif command -v sudo >/dev/null 2>&1; then
        run() { sudo "$@"; }
    else
        echo "install-deps.sh: run as root or install sudo" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    run apt-get update -q
    # shellcheck disable=SC2086
    run apt-get install -y -q --no-install-recommends $packages
    ;;
Darwin)
    cat <<'MSG'
macOS (Homebrew):
  brew install cmake ninja ccache qt@6 qtkeychain borgbackup
  export CMAKE_PREFIX_PATH="$(brew --prefix qt@6)"
Then configure and build as in the README; package with: cpack -G DragNDrop
MSG
    ;;
*)
    cat <<'MSG'
Windows:
  Qt 6.4+ (MSVC 2019/2022 64-bit) from the Qt online installer, CMake, Ninja,
  vcpkg: vcpkg install qtkeychain-qt6:x64-windows
  BorgBackup runs under WSL or Cygwin; point Settings > borg at borg.exe.
Configure with -DCMAKE_PREFIX_PATH=<Qt>/msvc2019_64;<vcpkg>/installed/x64-windows,
build, and package with: cpack -G NSIS
MSG
    ;;
esac
