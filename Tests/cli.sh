#!/usr/bin/env bash
# Shell-level checks of what a person does with the database: open it in sqlite3.
# Usage: Tests/cli.sh path/to/claimkb
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@" >"$work/out" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; cat "$work/out"; fi
}

db="$work/kb.sqlite"
check "ingest the seeds" "$bin" --db "$db" ingest "$root/seeds"
check "sqlite3 .tables lists tables and views" bash -c "sqlite3 '$db' .tables | tr -s ' ' '\n' | grep -qx troop_estimates && sqlite3 '$db' .tables | tr -s ' ' '\n' | grep -qx claims"
check "the shell reads the articles" bash -c "[ \"\$(sqlite3 '$db' 'select count(*) from articles')\" = 5 ]"
check "the database explains itself" bash -c "sqlite3 '$db' \"select description from schema_docs where object = 'troop_estimates' and column = ''\" | grep -q 'troop numbers'"
check "integrity check is clean" bash -c "[ \"\$(sqlite3 '$db' 'pragma integrity_check')\" = ok ]"

echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
