#!/bin/sh
# Hygiene Checkup for an RMM agent's script monitor (docs/admins.md, "RMM"; README.md here).
#
# Runs a whole checkup as the person signed in (run it in the user's context: the checks look at
# their browsers and password manager), keeps the JSON report next to the RMM's other output,
# prints one line for the RMM's dashboard and exits:
#   0  no problem at FAIL_ON or above          -> OK
#   1  at least one problem at FAIL_ON or above -> alert; the report says which
#   2  no report: the app is missing, failed or was stopped -> "could not check"
# Only the report file and the line below are produced; what the RMM uploads is up to you.
FAIL_ON="${HYGIENE_FAIL_ON:-high}"
APP="${HYGIENE_APP:-hygiene-app}"
TIMEOUT="${HYGIENE_TIMEOUT:-600}"

if ! command -v "$APP" >/dev/null 2>&1; then
    echo "Hygiene Checkup: could not check ($APP is not installed)"
    exit 2
fi
# A new private file each run (mktemp: 0600, a name nobody can guess or take first).
REPORT="${HYGIENE_REPORT:-}"
if [ -z "$REPORT" ]; then
    REPORT=$(mktemp "${TMPDIR:-/tmp}/hygiene-checkup-report.XXXXXX") || {
        echo "Hygiene Checkup: could not check (no temporary file for the report)"
        exit 2
    }
fi

# The checkup gets TIMEOUT seconds. macOS has no `timeout`: perl's alarm survives its exec,
# and without perl a background job stops the app when the time is up.
deadline() {
    if command -v timeout >/dev/null 2>&1; then
        timeout "$TIMEOUT" "$@"
    elif command -v perl >/dev/null 2>&1; then
        perl -e 'alarm shift; exec @ARGV or exit 127' "$TIMEOUT" "$@"
    else
        "$@" &
        app=$!
        (sleep "$TIMEOUT"; kill -TERM "$app") >/dev/null 2>&1 &
        watcher=$!
        wait "$app"
        status=$?
        kill "$watcher" 2>/dev/null
        return "$status"
    fi
}
deadline "$APP" check --format json --fail-on "$FAIL_ON" --output "$REPORT"
rc=$?
case "$rc" in
    0) echo "Hygiene Checkup: OK, no problem at $FAIL_ON or above (report: $REPORT)"; exit 0 ;;
    1) echo "Hygiene Checkup: problems at $FAIL_ON or above (report: $REPORT)"; exit 1 ;;
    *) echo "Hygiene Checkup: could not check (exit $rc)"; exit 2 ;;
esac
