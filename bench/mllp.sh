#!/usr/bin/env bash
# HL7 v2 over MLLP: throughput and acknowledgement latency of the platform against a bare MLLP
# echo server measured in the same run. Builds the jar, starts it on a fresh embedded PostgreSQL,
# sends the load, prints the figures and stops the platform.
#
#   bench/mllp.sh [connections] [messages] [paced-rate] [paced-seconds]
#
# Defaults: 8 connections, 50,000 messages flat out, then 1,000 msg/s for 15 s. Extra platform
# options can be passed in PLATFORM_ARGS (e.g. "--peerlearning.hl7.group-commit.writers=0" to store
# every message in a transaction of its own, as before group commit).
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
# the system may hand the same free port out twice in a row
while [ "$mllp_port" = "$http_port" ]; do mllp_port=$(free_port); done
data_dir=$(mktemp -d /tmp/peerlearning-bench.XXXXXX)
log="$data_dir/platform.log"

java -Xmx2g -jar target/peer-learning.jar --peerlearning.demo.enabled=true --peerlearning.demo.exam-stream.enabled=false \
  --server.port="$http_port" --peerlearning.hl7.mllp.port="$mllp_port" --peerlearning.data-dir="$data_dir" ${PLATFORM_ARGS:-} \
  >"$log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$http_port/actuator/health" | grep -q UP; then break; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$http_port/actuator/health" | grep -q UP || { tail -50 "$log"; echo "platform did not start"; exit 1; }
# the demo organizations are seeded after the web server is up: wait, so seeding does not compete with the load
for _ in $(seq 1 120); do grep -q "Demo mode: seeded" "$log" && break; sleep 1; done

# CPU seconds (user + system) of the platform's JVM and of its PostgreSQL processes, to tell where the time goes
cpu_seconds() {
  local ticks pg=0
  ticks=$(awk '{print $14 + $15}' "/proc/$1/stat")
  local postmaster
  postmaster=$(head -1 "$data_dir/postgres/postmaster.pid" 2>/dev/null || true)
  if [ -n "$postmaster" ]; then
    for p in "$postmaster" $(pgrep -P "$postmaster"); do pg=$((pg + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  fi
  echo "$ticks $pg"
}
read -r app_before pg_before < <(cpu_seconds "$app")

status=0
java -cp target/test-classes org.peerlearning.bench.MllpBenchmark 127.0.0.1 "$mllp_port" "$connections" "$messages" "$rate" "$seconds" \
  || status=$?

read -r app_after pg_after < <(cpu_seconds "$app")

# Sampling runs behind the feed (a queue written with each report, worked through in batches):
# report how many exams were still waiting when the load ended and how long they took to drain.
if command -v psql >/dev/null; then
  pg_port=$(sed -n 4p "$data_dir/postgres/postmaster.pid")
  waiting() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -Atc "select count(*) from sampling_queue" 2>/dev/null || echo "?"; }
  backlog=$(waiting)
  start=$(date +%s.%N)
  left=$backlog
  while [ "$left" != "0" ] && [ "$left" != "?" ] && [ "$(echo "$(date +%s.%N) - $start < 300" | bc)" = 1 ]; do
    sleep 0.5
    left=$(waiting)
  done
  printf "exams waiting for sampling when the load ended: %s; all sampled %.1f s later (%s left)\n" \
    "$backlog" "$(echo "$(date +%s.%N) - $start" | bc)" "$left"
fi
read -r app_drained pg_drained < <(cpu_seconds "$app")
platform_messages=$((messages + rate * seconds + 500))
awk -v a=$((app_after - app_before)) -v p=$((pg_after - pg_before)) -v n="$platform_messages" -v hz="$(getconf CLK_TCK)" \
  'BEGIN { printf "CPU per message sent to the platform, during the load: JVM %.3f ms, PostgreSQL %.3f ms (%d messages)\n", a / hz * 1000 / n, p / hz * 1000 / n, n }'
awk -v a=$((app_drained - app_before)) -v p=$((pg_drained - pg_before)) -v n="$platform_messages" -v hz="$(getconf CLK_TCK)" \
  'BEGIN { printf "                                  with the sampling done after it: JVM %.3f ms, PostgreSQL %.3f ms\n", a / hz * 1000 / n, p / hz * 1000 / n }'
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
exit "$status"
