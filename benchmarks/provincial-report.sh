#!/usr/bin/env bash
# Benchmark: time of one provincial report for a full province of generated data.
# Generates every unit's annual forms for one province, runs the nightly job on them (ingest, aggregate,
# reports) into a throw-away H2 database, then writes the province's report again with `report --unit`, and
# prints the times the report writer logged (figures loaded from the aggregates + PDF written, per file).
#   benchmarks/provincial-report.sh [PROVINCE] [PERIOD]       default: 04 (Cao Bằng) 2024
#   KEEP=DIR keeps the generated inbox, database and reports in DIR (and reuses them on the next run).
set -euo pipefail
cd "$(dirname "$0")/.."
province=${1:-04}
period=${2:-2024}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
# A throw-away H2 database unless SPRING_DATASOURCE_URL (and _USERNAME) point at an empty PostgreSQL one.
export SPRING_DATASOURCE_URL=${SPRING_DATASOURCE_URL:-"jdbc:h2:file:$work/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"}
[ -f target/genderstats.jar ] || ./mvnw -q -B -o package -DskipTests
if [ ! -d "$work/inbox" ]; then
  "$java" -jar target/genderstats.jar generate --periods "$period" --province "$province" --out "$work/inbox" >/dev/null
  echo "forms: $(find "$work/inbox" -name '*.xls*' | wc -l)"
  # The log goes under genderstats.reports, like the PDFs.
  GENDERSTATS_REPORTS="$work/reports" "$java" -jar target/genderstats.jar nightly --inbox "$work/inbox" \
    --out "$work/reports" | grep -E "accepted|Reports" || true
fi
for run in 1 2 3; do
  GENDERSTATS_REPORTS="$work/again" "$java" -jar target/genderstats.jar report --unit "$province" \
    --period "$period" --out "$work/again" >/dev/null
done
pattern="Wrote $period/$province-[a-z]"   # the province, not its departments (04-SYT-…)
echo "province report, vi, three runs of 'report --unit', each in a fresh JVM:"
grep -h "$pattern" "$work/again/logs/genderstats.log" | sed 's/.*: //'
pdfinfo "$(ls "$work"/again/"$period"/"$province"-[a-z]*.pdf | head -1)" | grep -E "Pages|File size"
echo "the same reports inside the nightly run (a warm JVM, after the other units' reports):"
grep -h "$pattern" "$work/reports/logs/genderstats.log" | sed 's/.*: //'
