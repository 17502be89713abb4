#!/usr/bin/env bash
# What can be checked of the Docker path on a machine with no Docker engine:
#  1. docker-compose.yml against the Compose Specification's schema (dclint, pinned in
#     docker/compose-lint; needs Node and the npm registry);
#  2. the image's build steps (docker/prepare-image.sh, exactly as the Dockerfile runs
#     them) against the packaged jar, in a temporary root, then the image's entry point
#     started from there until it is ready.
# Not checked here: the Dockerfile's base images and apt step, and compose itself running.
#
#   ./mvnw -DskipTests package && docker/check.sh      (JAVA_HOME: Java 25, as the image)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== docker-compose.yml against the Compose Specification"
npm ci --prefix docker/compose-lint --no-audit --no-fund --loglevel=error
docker/compose-lint/node_modules/.bin/dclint docker-compose.yml

echo "== the image's build steps"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export PATH="$(dirname "$(command -v "$java")"):$PATH"
jar=$(ls target/innograph-*.jar | grep -v plain | head -1)
root=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$root"' EXIT
cp "$jar" "$root/innograph.jar"
docker/prepare-image.sh "$root/innograph.jar" "$root/app"

echo "== the image's entry point"
entrypoint=$(sed -n 's/^ENTRYPOINT \[\(.*\)\]$/\1/p' Dockerfile | tr -d '"' | tr ',' ' ')
[ -n "$entrypoint" ] || { echo "no ENTRYPOINT in the Dockerfile" >&2; exit 1; }
# The image's paths, under the temporary root.
command=${entrypoint//\/app\//$root/app/}
port=18282
(cd "$root" && exec $command --server.port=$port --innograph.store.data-dir="$root/data" >"$root/service.log" 2>&1) &
pid=$!
for _ in $(seq 1 240); do
  if curl -sf "localhost:$port/actuator/health/readiness" >/dev/null; then
    curl -sf "localhost:$port/graphql" -H 'Content-Type: application/json' \
      -d '{"query":"{ city(name: \"宁波\") { id } }"}' | grep -q city-ningbo
    grep -q "AOTCache" <<<"$command"
    echo "the image's entry point is ready and answers: $command"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$root/service.log" >&2; exit 1; }
  sleep 0.5
done
echo "the image's entry point did not become ready in 120 s" >&2
cat "$root/service.log" >&2
exit 1
