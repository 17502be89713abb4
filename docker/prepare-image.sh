#!/bin/sh
# The image's runtime layout, as the Dockerfile builds it and docker/check.sh tests it
# without Docker: the jar unpacked into DEST/application, run as innograph.jar, and an
# ahead-of-time cache written by one training start (the embedded store, the migrations,
# the seed and the reference data, then exit), which takes about a third off a restart.
#
#   docker/prepare-image.sh JAR DEST      (java on the PATH must be Java 25 or later)
set -eu
jar=$1
dest=$2
app="$dest/application"
java -Djarmode=tools -jar "$jar" extract --destination "$app"
# The extracted jar keeps the name it was given; the image runs it by one fixed name.
if [ "$(basename "$jar")" != innograph.jar ]; then
  mv "$app/$(basename "$jar")" "$app/innograph.jar"
fi
training=$(mktemp -d)
java -XX:AOTCacheOutput="$app/innograph.aot" -Dspring.context.exit=onRefresh \
  -jar "$app/innograph.jar" --innograph.store.data-dir="$training/data" --logging.level.root=warn
rm -rf "$training"
[ -s "$app/innograph.aot" ] || { echo "no ahead-of-time cache was written" >&2; exit 1; }
echo "prepared $app: innograph.jar, lib/, innograph.aot"
