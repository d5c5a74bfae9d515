#!/usr/bin/env bash
# Reliability checks that need real processes: SIGKILL in the middle of a long ingest,
# readers during an ingest, and two ingests at once.
# Usage: Tests/reliability.sh path/to/claimkb [number-of-articles]
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
count=${2:-3000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
passed=0 failed=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@" >"$work/out" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; tail -20 "$work/out"; fi
}

# A corpus of distinct articles: each seed with a line of its own appended, named after its seed
# (s<seed>_<n>.txt), so every copy must end up with exactly its seed's claims.
mkdir -p "$work/corpus" "$work/more"
seeds=("$root"/seeds/*.txt)
for ((i = 0; i < count; i++)); do
  k=$((i % ${#seeds[@]}))
  { cat "${seeds[$k]}"; printf '\nEditor'"'"'s note %d.\n' "$i"; } > "$work/corpus/s${k}_$i.txt"
done
for ((i = 0; i < 200; i++)); do
  { cat "${seeds[0]}"; printf '\nSecond batch note %d.\n' "$i"; } > "$work/more/s0_more_$i.txt"
done

# The claims each seed gives on its own: the reference every copy is compared with.
"$bin" --db "$work/ref.sqlite" ingest -q "$root/seeds" >/dev/null 2>&1
sqlite3 "$work/ref.sqlite" "create table expected as select cast(substr(a.name, 1, 3) as integer) % 1000 as seed, count(c.id) as claims
  from articles a left join claims c on c.article_id = a.id group by a.id"

# 1. SIGKILL in the middle of a long ingest.
db="$work/kb.sqlite"
"$bin" --db "$db" ingest -q --batch 50 "$work/corpus" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 200); do  # wait until some articles are committed, then kill
  n=$(sqlite3 "$db" "select count(*) from articles" 2>/dev/null || echo 0)
  [ "${n:-0}" -gt 100 ] && break
  sleep 0.1
done
kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
stored=$(sqlite3 "$db" "select count(*) from articles")
check "the kill came before the end ($stored of $count stored)" test "$stored" -lt "$count"
check "integrity_check is clean after SIGKILL" bash -c "[ \"\$(sqlite3 '$db' 'pragma integrity_check')\" = ok ]"
check "foreign_key_check is clean after SIGKILL" bash -c "[ -z \"\$(sqlite3 '$db' 'pragma foreign_key_check')\" ]"
complete_sql="attach '$work/ref.sqlite' as ref;
  select count(*) from main.articles a
  where (select count(*) from main.claims c where c.article_id = a.id)
     <> (select claims from ref.expected e where e.seed = cast(substr(a.name, 2, 1) as integer))"
check "every stored article has all of its claims" bash -c "[ \"\$(sqlite3 '$db' \"$complete_sql\")\" = 0 ]"
check "the same ingest again completes the rest" "$bin" --db "$db" ingest -q "$work/corpus"
check "nothing duplicated: $count articles" bash -c "[ \"\$(sqlite3 '$db' 'select count(*) from articles')\" = $count ]"
check "every article has all of its claims after the rerun" bash -c "[ \"\$(sqlite3 '$db' \"$complete_sql\")\" = 0 ]"

# 2. Readers during an ingest (WAL), and two ingests at once (busy timeout).
db2="$work/concurrent.sqlite"
"$bin" --db "$db2" init 2>/dev/null
"$bin" --db "$db2" ingest -q --batch 20 "$work/corpus" >"$work/ingest1.log" 2>&1 &
first=$!
"$bin" --db "$db2" ingest -q --batch 20 "$work/more" >"$work/ingest2.log" 2>&1 &
second=$!
reads_ok=0 reads=0
while kill -0 "$first" 2>/dev/null && [ $reads -lt 50 ]; do
  reads=$((reads + 1))
  "$bin" --db "$db2" stats >/dev/null 2>&1 && sqlite3 "$db2" "select count(*) from troop_estimates" >/dev/null 2>&1 && reads_ok=$((reads_ok + 1))
  sleep 0.05
done
wait "$first"; s1=$?
wait "$second"; s2=$?
check "readers succeed during an ingest ($reads_ok of $reads)" test "$reads_ok" = "$reads"
check "two ingests at once both succeed (exit $s1 and $s2)" test "$s1" = 0 -a "$s2" = 0
check "two ingests at once store everything" bash -c "[ \"\$(sqlite3 '$db2' 'select count(*) from articles')\" = $((count + 200)) ]"

echo "reliability: $passed passed, $failed failed"
[ "$failed" = 0 ]
