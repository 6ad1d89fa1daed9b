#!/bin/sh
# Runs a command in its own D-Bus session with an unlocked gnome-keyring (the real Secret
# Service), and a private HOME so the test never touches the user's keyring or borg caches.
set -eu
if [ "${BORGTIDE_IN_KEYRING_SESSION:-}" != 1 ]; then
    exec dbus-run-session -- env BORGTIDE_IN_KEYRING_SESSION=1 "$0" "$@" 2>&1
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/borgtide-keyring.XXXXXX")
trap 'kill "$keyring_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --foreground keeps the daemon a child of this script, so it ends with the test
printf 'borgtide-test' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$scratch/keyring.log" 2>&1 &
keyring_pid=$!
# wait until the Secret Service answers
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then
        echo "with-keyring.sh: gnome-keyring did not start:" >&2
        cat "$scratch/keyring.log" >&2
        exit 1
    fi
    sleep 0.1
done
"$@"
