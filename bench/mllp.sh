#!/usr/bin/env bash
# HL7 v2 over MLLP: throughput and acknowledgement latency of the platform against a bare MLLP
# echo server measured in the same run. Builds the jar, starts it on a fresh embedded PostgreSQL,
# sends the load, prints the figures and stops the platform.
#
#   bench/mllp.sh [connections] [messages] [paced-rate] [paced-seconds]
#
# Defaults: 8 connections, 50,000 messages flat out, then 1,000 msg/s for 15 s.
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${1:-8}
messages=${2:-50000}
rate=${3:-1000}
seconds=${4:-15}

./mvnw -q -DskipTests package test-compile

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
http_port=$(free_port)
mllp_port=$(free_port)
data_dir=$(mktemp -d /tmp/peerlearning-bench.XXXXXX)
log="$data_dir/platform.log"

java -Xmx2g -jar target/peer-learning.jar --peerlearning.demo.enabled=true --peerlearning.demo.exam-stream.enabled=false \
  --server.port="$http_port" --peerlearning.hl7.mllp.port="$mllp_port" --peerlearning.data-dir="$data_dir" >"$log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$http_port/actuator/health" | grep -q UP; then break; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$http_port/actuator/health" | grep -q UP || { tail -50 "$log"; echo "platform did not start"; exit 1; }

java -cp target/test-classes org.peerlearning.bench.MllpBenchmark 127.0.0.1 "$mllp_port" "$connections" "$messages" "$rate" "$seconds"
