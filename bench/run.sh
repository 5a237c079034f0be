#!/usr/bin/env bash
# Runs the benchmarks of bench/README.md against the machine's MariaDB (127.0.0.1:3306, root).
# Usage: bash bench/run.sh [-Dbench.incidents=500000] [-Dbench.schools=500] [-Dbench.repeats=300]
#        bash bench/run.sh inbox [-Dbench.tasks=1000000] [-Dbench.schools=500] [-Dbench.repeats=300] [-Dbench.bufferPool=MB]
#        bash bench/run.sh intake [-Dbench.clients=8] [-Dbench.seconds=30] [-Dbench.warmUpSeconds=10] [-Dbench.auth=token|basic] [-Dbench.profile=true]
#        bash bench/run.sh signin [-Dbench.signins=200] [-Dbench.warmUp=20]
#        bash bench/run.sh dashboard [-Dbench.incidents=500000] [-Dbench.schools=500] [-Dbench.repeats=50] [-Dbench.dashboardRepeats=10]
set -euo pipefail
cd "$(dirname "$0")/.."
main=org.safecase.bench.CaseRegisterBench
case "${1:-}" in
  inbox) main=org.safecase.bench.InboxBench; shift ;;
  intake) main=org.safecase.bench.IntakeBench; goals="package"; shift ;;
  signin) main=org.safecase.bench.SignInTimingBench; goals="package"; shift ;;
  dashboard) main=org.safecase.oversight.report.DashboardBench; shift ;;
  ""|-D*) ;;
  *) echo "usage: bash bench/run.sh [inbox|intake|signin|dashboard] [-Dbench.<size>=<n> ...]" >&2; exit 2 ;;
esac
# intake and signin start the application themselves: it needs the WAR and the server (mvn package).
mvn -B -q "${goals:-test-compile}" exec:java -DskipTests -Dexec.classpathScope=test -Dexec.mainClass="$main" "$@"
