#!/usr/bin/env bash
# Regenerates the golden outputs of every bundled scenario: Scenarios/NAME/expected/ holds what
# `sufficiency plan Scenarios/NAME/scenario.yaml --report` writes (the plan files, report.html and report.md) and
# summary.txt, the summary it prints (without the closing "Files written to" line, which names the output folder);
# manifest.json's scenario path is stored relative to the repository.
# The end-to-end tests (Tests/PlannerCLITests/GoldenOutputTests.swift) run the built binary and compare its files
# with these byte for byte. Run this (or `make golden`) after a change that is meant to change outputs, and review
# the diff of Scenarios/*/expected/ before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build
binary="$(swift build --show-bin-path)/sufficiency"

for scenario in Scenarios/*/scenario.yaml; do
  folder="$(dirname "$scenario")"
  expected="$folder/expected"
  staging="$(mktemp -d)"
  trap 'rm -rf "$staging"' EXIT
  "$binary" plan "$scenario" --out "$staging/files" --report > "$staging/stdout.txt"
  grep -v '^Files written to ' "$staging/stdout.txt" > "$staging/files/summary.txt"
  # manifest.json names the scenario by its absolute path: store it relative to the repository, as the test compares.
  sed -i "s#\"$(pwd)/#\"#" "$staging/files/manifest.json"
  rm -rf "$expected"
  mv "$staging/files" "$expected"
  rm -rf "$staging"
  trap - EXIT
  echo "$expected: $(ls "$expected" | wc -l | tr -d ' ') files"
done
