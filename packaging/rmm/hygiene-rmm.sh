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
REPORT="${HYGIENE_REPORT:-${TMPDIR:-/tmp}/hygiene-checkup-report.json}"
TIMEOUT="${HYGIENE_TIMEOUT:-600}"

if ! command -v "$APP" >/dev/null 2>&1; then
    echo "Hygiene Checkup: could not check ($APP is not installed)"
    exit 2
fi
if command -v timeout >/dev/null 2>&1; then
    timeout "$TIMEOUT" "$APP" check --format json --fail-on "$FAIL_ON" --output "$REPORT"
else
    "$APP" check --format json --fail-on "$FAIL_ON" --output "$REPORT"
fi
rc=$?
case "$rc" in
    0) echo "Hygiene Checkup: OK, no problem at $FAIL_ON or above (report: $REPORT)"; exit 0 ;;
    1) echo "Hygiene Checkup: problems at $FAIL_ON or above (report: $REPORT)"; exit 1 ;;
    *) echo "Hygiene Checkup: could not check (exit $rc)"; exit 2 ;;
esac
