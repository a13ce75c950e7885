#!/usr/bin/env bash
# What-if explorer benchmark (issue 16), run by hand (not by CI): the time from a lever change to the updated page,
# for the bundled default scenario (goal under 0.2 s) and the Tees Valley regional scenario (goal under 1 s).
#
# For each scenario it starts `sufficiency serve` on a free loopback port, then asks for the page with a lever
# changed to a value not asked for before (so nothing is served from the explorer's cache), REPEATS times per lever:
# the recruitment limit of the first in-house area, and the chance an emergency arrival finds no bed. Each time is
# curl's total, request sent to the whole page received: load the changed scenario, check it, solve, render.
# Prints a table of median and slowest times against the goal.
#
#   Benchmarks/explorer.sh
#   REPEATS=20 BIN=.build/release/sufficiency Benchmarks/explorer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS="${REPEATS:-10}"
BIN="${BIN:-}"
if [[ -z "$BIN" ]]; then
  swift build -c release --product sufficiency >&2
  BIN=.build/release/sufficiency
fi
command -v curl >/dev/null || { echo "needs curl: apt-get install -y curl" >&2; exit 1; }
WORK="$(mktemp -d)"
SERVER=""
cleanup() { [[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# start SCENARIO: starts the explorer, sets ADDRESS.
start() {
  "$BIN" serve "$1" --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
  SERVER=$!
  for _ in $(seq 1 600); do
    ADDRESS="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$WORK/serve.out" || true)"
    [[ -n "$ADDRESS" ]] && return 0
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.err" >&2; exit 1; }
    sleep 0.1
  done
  echo "the explorer did not start" >&2
  exit 1
}

stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }

# urlencode TEXT
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# measure LABEL FIELD VALUE...: times the page for each value of FIELD; prints "median max n" seconds.
measure() {
  local field; field="$(urlencode "$1")"; shift
  local times=()
  for value in "$@"; do
    local t
    t="$(curl -s -o "$WORK/page.html" -w '%{time_total}' "${ADDRESS}?${field}=${value}")"
    grep -q 'id="second-total_cost_gbp"' "$WORK/page.html" || { echo "no plan for $field=$value" >&2; exit 1; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { printf "%.3f %.3f %d\n", a[int((NR + 1) / 2)], a[NR], NR }'
}

printf '%-28s %-58s %7s %9s %9s %6s %5s\n' "scenario" "lever changed" "changes" "median s" "slowest s" "goal s" "met"
for entry in "Scenarios/redcar-cleveland-2018:0.2" "Scenarios/tees-valley-regional:1"; do
  scenario="${entry%%:*}"
  goal="${entry##*:}"
  start "$scenario"
  curl -s -o "$WORK/first.html" "$ADDRESS"
  recruit_field="$(grep -o 'name="in_house_fostering\[[^"]*\]\.max_recruits_per_year"' "$WORK/first.html" | head -1 | sed 's/^name="//; s/"$//')"
  recruit_values=(); blocking_values=()
  for i in $(seq 1 "$REPEATS"); do
    recruit_values+=("$((20 + i))")
    blocking_values+=("$(printf '0.%03d' $((100 + i)))")
  done
  for lever in "$recruit_field" "emergency.blocking_target"; do
    if [[ "$lever" == emergency.* ]]; then values=("${blocking_values[@]}"); else values=("${recruit_values[@]}"); fi
    read -r median slowest count <<<"$(measure "$lever" "${values[@]}")"
    met="$(awk -v m="$slowest" -v g="$goal" 'BEGIN { print (m < g) ? "yes" : "no" }')"
    printf '%-28s %-58s %7s %9s %9s %6s %5s\n' "$(basename "$scenario")" "$lever" "$count" "$median" "$slowest" "$goal" "$met"
  done
  stop
done
