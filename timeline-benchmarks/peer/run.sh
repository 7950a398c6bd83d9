#!/bin/sh
# Side-by-side speed of the project's tagger and chrono-node (npm) on the same news: cold start + first document,
# one pass over 5 MB after a 500 KB warm-up, and the steady state, alternating A/B; prints ratios with their medians
# and ranges. Usage: timeline-benchmarks/peer/run.sh [RUNS] (default 5). JAVA_OPTS goes to the project's JVM;
# TIMELINE_DATA names the shared data folder when it is not shared/data above the repository.
# Needs node and npm (chrono-node is installed into a temporary folder, removed at the end) and the silver news of
# the shared data; without either it says so and exits 0.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-5}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "peer benchmark skipped: node and npm are needed for chrono-node"
  exit 0
fi
jar="$root/timeline-benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  echo "building $jar ..." >&2
  (cd "$root" && mvn -B -q -Dstyle.color=never package -DskipTests -pl timeline-benchmarks -am) >&2
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/timeline-peer.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
data=${TIMELINE_DATA:+-Dtimeline.data=$TIMELINE_DATA}
status=0
(cd "$root" && java $data -cp "$jar" dev.timeline.benchmarks.tag.PeerTagger corpus "$work/corpus.jsonl") || status=$?
if [ "$status" = 3 ]; then
  echo "peer benchmark skipped: no shared data (set TIMELINE_DATA to the folder holding silver/)"
  exit 0
elif [ "$status" != 0 ]; then
  exit "$status"
fi
head -n 1 "$work/corpus.jsonl" > "$work/first.jsonl"
if ! (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent chrono-node >/dev/null); then
  echo "peer benchmark skipped: npm could not install chrono-node"
  exit 0
fi
echo "chrono-node $(node -p "require('$work/node_modules/chrono-node/package.json').version"), node $(node --version)," \
  "$(java -version 2>&1 | head -n 1)"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options, split on purpose
CHRONO_DIR="$work" node "$here/compare.mjs" "$runs" "$work/corpus.jsonl" "$work/first.jsonl" "$root/timeline" -- \
  java ${JAVA_OPTS:-} -cp "$jar" dev.timeline.benchmarks.tag.PeerTagger
