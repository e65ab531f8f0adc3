#!/usr/bin/env bash
# Report-text de-identification benchmark: recall and precision on the PhysioNet nursing notes and
# on the radiology set, and throughput against a plain regex scan of the same text.
# Run from the project root:  bench/deid-text.sh [--quality-only] [--errors target/deid-errors.txt]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath
exec java -cp "target/classes:target/test-classes:$(cat target/classpath)" org.peerlearning.bench.DeidTextBench "$@"
