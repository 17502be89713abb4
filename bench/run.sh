#!/usr/bin/env bash
# The benchmark in one command: generates and loads the synthetic graph at a scale, starts
# the service on it and @neo4j/graphql beside it, and measures each query shape through
# Innograph, hand-written Cypher and @neo4j/graphql (src/test/java/org/innograph/bench).
#
#   bench/run.sh [--scale=1] [--seed=42] [--seconds=5] [--rates=20,80] [--clients=16] [--warmup=10]
#   bench/run.sh --smoke      # a tiny graph and short runs: checks that it all works and agrees
#
# Needs a JDK 21+ (JAVA_HOME, or java on the PATH) and Node 20+ with npm. Results go to
# target/bench/results-s<scale>.md; the generated store stays in target/bench/data-s<scale>,
# so a second run skips the load.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1 seed=42 seconds=5 rates=20,80 clients=16 warmup=10 heap=512m service=
for arg in "$@"; do
  case "$arg" in
    --smoke) scale=0.05 seconds=0.5 rates=20 clients=4 warmup=0.5 ;;
    --scale=*) scale=${arg#*=} ;;
    --seed=*) seed=${arg#*=} ;;
    --seconds=*) seconds=${arg#*=} ;;
    --rates=*) rates=${arg#*=} ;;
    --clients=*) clients=${arg#*=} ;;
    --warmup=*) warmup=${arg#*=} ;;
    --heap=*) heap=${arg#*=} ;;
    --service=*) service=${arg#*=} ;;   # further settings of the service, e.g. --service=--innograph.store.in-process-reads=false
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
opens="--add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED --add-opens java.base/java.util.concurrent=ALL-UNNAMED --enable-native-access=ALL-UNNAMED"
out=target/bench
data=$out/data-s$scale
mkdir -p "$out"

echo "== Building"
./mvnw -B -q -ntp -Dspring-javaformat.skip test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath" -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat "$out/classpath")"

echo "== Generating and loading scale $scale (seed $seed) into $data"
"$java" $opens -Xmx2g -cp "$cp" org.innograph.InnographApplication generate --scale="$scale" --seed="$seed" \
  --threads=2 --innograph.store.data-dir="$data" --logging.level.root=warn | tee "$out/generate-s$scale.log"

echo "== Installing @neo4j/graphql"
(cd bench/neo4j-graphql && npm ci --no-audit --no-fund --loglevel=error)

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
http_port=$(free_port) bolt_port=$(free_port) peer_port=$(free_port)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

echo "== Starting Innograph (heap at most $heap) on port $http_port"
started=$(date +%s.%N)
"$java" $opens -Xmx"$heap" -cp "$cp" org.innograph.InnographApplication --server.port="$http_port" \
  --innograph.store.data-dir="$data" --innograph.store.bolt-port="$bolt_port" --innograph.seed.enabled=false --innograph.reference.enabled=false $service \
  > "$out/service-s$scale.log" 2>&1 &
pids+=($!)
until curl -sf "http://127.0.0.1:$http_port/actuator/health/readiness" > /dev/null; do
  if ! kill -0 "${pids[0]}" 2>/dev/null; then echo "The service did not start:"; tail -40 "$out/service-s$scale.log"; exit 1; fi
  sleep 0.2
done
ready=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $started }")
echo "Innograph ready in $ready s"

NEO4J_URI="bolt://127.0.0.1:$bolt_port" PORT="$peer_port" node bench/neo4j-graphql/server.mjs > "$out/peer-s$scale.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$peer_port/"; do
  if ! kill -0 "${pids[1]}" 2>/dev/null; then echo "@neo4j/graphql did not start:"; cat "$out/peer-s$scale.log"; exit 1; fi
  sleep 0.2
done

echo "== Measuring"
loaded=$(grep -oE '(Loaded|Imported) [0-9].*' "$out/generate-s$scale.log" | tail -1)
"$java" -cp "$cp" org.innograph.bench.Benchmark --innograph="http://127.0.0.1:$http_port/graphql" \
  --peer="http://127.0.0.1:$peer_port/" --bolt="bolt://127.0.0.1:$bolt_port" --out="$out/results-s$scale${service:+-variant}.md" \
  --seconds="$seconds" --rates="$rates" --clients="$clients" --warmup="$warmup" \
  --label="Scale $scale, seed $seed. $(nproc) cores, $("$java" -version 2>&1 | head -1), Node $(node --version). Service started in $ready s (-Xmx$heap $service). Load: $loaded" \
  2> "$out/bench-s$scale.err"
