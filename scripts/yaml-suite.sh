#!/usr/bin/env bash
# Runs `sdw lint` on every case of the YAML test suite (https://github.com/yaml/yaml-test-suite):
# every case must end cleanly (exit 0, 1 or 2 within 10 seconds: no crash, no hang), every
# case the suite marks as an error (a file named `error` beside in.yaml) must be rejected with an
# invalid-yaml finding that has a line:column, and no valid case may be rejected by sdw's own
# checks of YAML (YAMLSpecChecks; libyaml's own errors and the documented limits, such as
# custom tags or several documents, are not sdw's checks).
#
# usage: scripts/yaml-suite.sh SUITE_DIR SDW_BIN
set -uo pipefail

if [ $# -ne 2 ] || [ ! -d "$1" ] || [ ! -x "$2" ]; then
    echo "usage: $0 SUITE_DIR SDW_BIN" >&2
    exit 2
fi
suite=$1
sdw=$2

# The error cases that libyaml 0.2.5 accepts are caught by sdw's own checks
# (Sources/CanvasKit/YAML/YAMLSpecChecks.swift), so no case is exempt.
# The messages of YAMLSpecChecks.
own_checks="the parser says: '(this line continues|a comment needs a space|'-' cannot start|the %YAML directive should|this empty line at the start)"
passed=0
failed=0
while IFS= read -r input; do
    dir=$(dirname "$input")
    id=${dir#"$suite"/}
    output=$(timeout 10 "$sdw" lint --quiet "$input" 2>&1)
    status=$?
    problem=""
    if [ $status -gt 2 ]; then
        problem="exit status $status (crash or timeout)"
    elif [ -f "$dir/error" ] && ! grep -Eq ':[0-9]+:[0-9]+: error: .*\[invalid-yaml\]$' <<<"$output"; then
        problem="an error case, but no invalid-yaml finding with a line:column"
    elif [ ! -f "$dir/error" ] && grep -Eq "$own_checks" <<<"$output"; then
        problem="a valid case, rejected by sdw's own YAML checks"
    fi
    if [ -n "$problem" ]; then
        failed=$((failed + 1))
        echo "FAIL $id: $problem"
        head -3 <<<"$output" | sed 's/^/    /'
    else
        passed=$((passed + 1))
    fi
done < <(find "$suite" -name in.yaml | LC_ALL=C sort)

echo "yaml-test-suite: $passed passed, $failed failed"
[ $failed -eq 0 ]
