#!/usr/bin/env bash
# Benchmark: time of one provincial report for a full province of generated data.
# Generates every unit's annual forms for one province, runs the nightly job on them (ingest, aggregate,
# reports) into a throw-away H2 database, then writes the province's report again with `report --unit`, and
# prints the times the report writer logged (figures loaded from the aggregates + PDF written, per file).
#   benchmarks/provincial-report.sh [PROVINCE] [PERIOD]       default: 04 (Cao Bằng) 2024
set -euo pipefail
cd "$(dirname "$0")/.."
province=${1:-04}
period=${2:-2024}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SPRING_DATASOURCE_URL="jdbc:h2:file:$work/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
[ -f target/genderstats.jar ] || ./mvnw -q -B -o package -DskipTests
"$java" -jar target/genderstats.jar generate --periods "$period" --province "$province" --out "$work/inbox" >/dev/null
echo "forms: $(find "$work/inbox" -name '*.xls*' | wc -l)"
"$java" -jar target/genderstats.jar nightly --inbox "$work/inbox" --out "$work/reports" | grep -E "accepted|Reports" || true
for run in 1 2 3; do
  "$java" -jar target/genderstats.jar report --unit "$province" --period "$period" --out "$work/again" >/dev/null
done
echo "province report, vi, three runs, each in a fresh JVM (the first PDF of a JVM also loads fonts):"
grep -h "Wrote $period/$province-" "$work/again/logs/genderstats.log"
pdfinfo "$(ls "$work"/again/"$period"/"$province"-*.pdf | head -1)" | grep -E "Pages|File size"
echo "the same report inside the nightly run (a warm JVM, after other reports):"
grep -h "Wrote $period/$province-" "$work/reports/logs/genderstats.log"
