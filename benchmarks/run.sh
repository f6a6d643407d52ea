#!/usr/bin/env bash
# The benchmark command: builds what it needs, starts the whole stack on free ports (embedded PostgreSQL, Keycloak,
# three services, gateway), measures, writes docs/benchmarks.md and stops everything it started.
#   benchmarks/run.sh            full run (about 8 minutes), report in docs/benchmarks.md
#   benchmarks/run.sh --smoke    a few seconds of load per section, report in benchmarks/target/benchmarks-smoke.md
#   benchmarks/run.sh --report FILE
# Needs pgbench (Debian: apt-get install postgresql-client). Exit 1 if any measured call failed, 2 if it could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pgbench >/dev/null 2>&1 || { echo "pgbench is missing: apt-get install postgresql-client" >&2; exit 2; }
./mvnw -q -B -pl benchmarks -am package -DskipTests
exec java -Xmx512m -Dpartnerdesk.repository="$PWD" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" io.partnerdesk.benchmarks.BenchmarkCommand "$@"
