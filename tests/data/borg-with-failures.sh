#!/bin/sh
# The real borg, except for the subcommands listed in BORGTIDE_TEST_BORG_FAIL (e.g. "prune
# check"): those print a borg-style error and exit 2, as borg does when a repository is damaged.
# Lets the pipeline test make prune, compact or check fail after a real backup.
for sub in ${BORGTIDE_TEST_BORG_FAIL:-}; do
    if [ "$1" = "$sub" ]; then
        echo '{"type": "log_message", "levelname": "ERROR", "name": "borg.test", "message": "injected failure of borg '"$1"'"}' >&2
        exit 2
    fi
done
exec borg "$@"
