#!/usr/bin/env bash
# Time from launch to ready (/actuator/health/readiness) of the packaged service, three
# rounds side by side: a fresh store (migrations, seed and the divisions imported), a
# restart on that store, and a restart on it with the reference data turned off (the
# baseline: what the divisions add to a restart).
#
#   ./mvnw -DskipTests package && bench/startup.sh [rounds=3] [--aot]
#
# --aot runs the jar as the Docker image does: unpacked, with an ahead-of-time cache written
# by one training start (Java 25).
#
# Needs a JDK 21+ (JAVA_HOME, or java on the PATH) and curl. The store lives in
# target/bench/startup-store; the logs of each start in target/bench/startup-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3 aot=false
for arg in "$@"; do
  case "$arg" in
    --aot) aot=true ;;
    [0-9]*) rounds=$arg ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/innograph-*.jar 2>/dev/null | grep -v plain | head -1)
[ -n "$jar" ] || { echo "no jar in target/: run ./mvnw -DskipTests package first" >&2; exit 1; }
out=target/bench
store=$out/startup-store
port=${PORT:-18181}
mkdir -p "$out"
jvm=()
if $aot; then
  rm -rf "$out/startup-app" "$out/startup-training"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$out/startup-app" >/dev/null
  jar="$out/startup-app/$(basename "$jar")"
  "$java" -XX:AOTCacheOutput="$out/startup-app/application.aot" -Dspring.context.exit=onRefresh \
    -jar "$jar" --innograph.store.data-dir="$out/startup-training" >"$out/startup-training.log" 2>&1 \
    || { echo "the training start failed (Java 25 needed for --aot): see $out/startup-training.log" >&2; exit 1; }
  jvm=(-XX:AOTCache="$out/startup-app/application.aot")
fi

start() { # phase, round, extra arguments…
  local phase=$1 round=$2 log="$out/startup-$1-$2.log"
  shift 2
  local t0 t1 pid
  t0=$(date +%s%N)
  "$java" "${jvm[@]}" -jar "$jar" --innograph.store.data-dir="$store" --server.port="$port" "$@" >"$log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the service stopped: see $log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  local import
  import=$(grep -o "Loaded [0-9]* reference divisions [0-9a-f]* in [0-9]* ms" "$log" | grep -o "[0-9]* ms$" || true)
  printf '%-26s round %s: ready in %5.1f s%s\n' "$phase" "$round" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" \
    "${import:+; divisions imported in $import}"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

for round in $(seq 1 "$rounds"); do
  rm -rf "$store"
  start fresh "$round"
  start restart "$round"
  start restart-without-reference "$round" --innograph.reference.enabled=false
done
