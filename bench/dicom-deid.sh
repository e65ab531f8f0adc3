#!/usr/bin/env bash
# DICOM de-identification throughput against a plain copy of the same file (see bench/README.md).
# Usage: bench/dicom-deid.sh [native-frames] [encapsulated-fragments] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath
# A 64 MB heap for files of several hundred MB shows that pixel data is streamed, not held.
exec java -Xmx64m -cp "target/test-classes:target/classes:$(cat target/classpath)" \
	org.peerlearning.bench.DicomDeidentificationBenchmark "$@"
