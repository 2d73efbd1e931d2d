#!/usr/bin/env bash
# Every test function a test file declares is one its executable runs: moc, which finds the
# private slots, can lose some to source it misreads (a raw string literal holding an apostrophe,
# read as a character literal, hides every slot after it) — and a lost test fails nothing.
# Arguments: pairs of test executable and its source file.
set -uo pipefail
# "-functions" makes Qt Test list and exit() without running destructors: temporary directories
# a test object makes in its constructor would be left behind in the real temporary directory.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
while [ $# -ge 2 ]; do
    exe=$1 source=$2
    shift 2
    # The private slots' test functions, without Qt Test's own (init…, cleanup…, *_data).
    declared=$(awk '/^private slots:/ { in_slots = 1; next }
                    /^(public|private|protected)( slots)?:/ || /^};/ { in_slots = 0 }
                    in_slots && /^    void [A-Za-z_0-9]+\(\)( *;.*)?$/ { sub(/^    void /, ""); sub(/\(\).*$/, ""); print }' "$source" |
               grep -Ev '^(init|cleanup|initTestCase|cleanupTestCase)$|_data$' | sort -u)
    run=$(TMPDIR=$scratch QT_QPA_PLATFORM=offscreen "$exe" -functions 2>/dev/null | sed 's/()$//' | sort -u)
    missing=$(comm -23 <(printf '%s\n' "$declared") <(printf '%s\n' "$run") | grep -v '^$')
    if [ -n "$missing" ]; then
        echo "$(basename "$source"): declared but not run by $(basename "$exe"): $(echo $missing)"
        status=1
    fi
    [ -n "$declared" ] || { echo "$(basename "$source"): no test function found"; status=1; }
done
[ $status -eq 0 ] && echo "every declared test function is run"
exit $status
