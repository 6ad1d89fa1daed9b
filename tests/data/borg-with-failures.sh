#!/bin/sh
# The real borg, except for the subcommands listed in BORGTIDE_TEST_BORG_FAIL (e.g. "prune
# check"): those print a borg-style error and exit 2, as borg does when a repository is damaged.
# An entry "prune:repo2" fails prune only when an argument holds "repo2" (one repository of
# several). BORGTIDE_TEST_BORG_SLOW="create:repo2" makes that call wait 30 s first (a cancel
# during it). Lets the pipeline test make prune, compact or check fail after a real backup.
matches() { # $1: "sub" or "sub:text"; then borg's arguments
    want=$1
    shift
    sub=${want%%:*}
    [ "$1" = "$sub" ] || return 1
    case $want in
    *:*) text=${want#*:}
        for a in "$@"; do
            case $a in *"$text"*) return 0 ;; esac
        done
        return 1 ;;
    esac
    return 0
}
for want in ${BORGTIDE_TEST_BORG_FAIL:-}; do
    if matches "$want" "$@"; then
        echo '{"type": "log_message", "levelname": "ERROR", "name": "borg.test", "message": "injected failure of borg '"$1"'"}' >&2
        exit 2
    fi
done
for want in ${BORGTIDE_TEST_BORG_SLOW:-}; do
    if matches "$want" "$@"; then
        sleep 30
    fi
done
exec borg "$@"
