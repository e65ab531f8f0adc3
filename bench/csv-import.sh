#!/usr/bin/env bash
# CSV import of exam history: time and server memory to import a generated file through the
# administrators' upload page, as a browser would send it. Builds the jar, starts it on a fresh
# embedded PostgreSQL in demo mode, signs in as the demo administrator, uploads, follows the
# progress until the import ends, prints rows per second and the platform's heap, and stops it.
# Reference, in the same run and on the same database (when psql is installed): PostgreSQL's own
# COPY of the same file into a table of text columns (no checks, no indexes): the floor of what
# storing those rows costs.
#
#   bench/csv-import.sh [rows]        (default 100,000)
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-100000}

./mvnw -q -DskipTests package

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
http_port=$(free_port)
data_dir=$(mktemp -d /tmp/peerlearning-bench.XXXXXX)
log="$data_dir/platform.log"
csv="$data_dir/history.csv"
jar="$data_dir/cookies"
base="http://127.0.0.1:$http_port"

python3 - "$rows" "$csv" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
run = "%06d" % random.randrange(10**6)
with open(path, "w", newline="") as out:
    out.write("accession,site,mrn,ohip,patient_family_name,patient_given_name,birth_date,sex,modality,body_part,"
              "procedure_code,procedure_description,exam_time,report_time,status,report_text,study_uid,"
              "ordering_physician,radiologist_cpso,radiologist_name\r\n")
    for i in range(rows):
        mod = random.choice(["CT", "MR", "US", "CR", "MG"])
        text = "FINDINGS: No acute abnormality, \"stable\" since prior.\nIMPRESSION: Normal study %d." % i
        out.write('B%s-%07d,LGH,MRN%07d,%010d,Tester,Pat,1960-01-%02d,F,%s,Chest,%s100,%s chest,'
                  '2025-%02d-%02d 08:00,2025-%02d-%02dT10:00:00-05:00,final,"%s",1.2.840.%d,Dr Ref,8011%d,Rad\r\n'
                  % (run, i, i % 50000, i, 1 + i % 28, mod, mod, mod, 1 + i % 12, 1 + i % 28, 1 + i % 12, 1 + i % 28,
                     text.replace('"', '""'), i, 1 + i % 6))
PY
echo "file: $rows rows, $(du -h "$csv" | cut -f1)"

java -Xmx1g -jar target/peer-learning.jar --peerlearning.demo.enabled=true --peerlearning.demo.exam-stream.enabled=false \
  --peerlearning.hl7.mllp.enabled=false --server.port="$http_port" --peerlearning.data-dir="$data_dir" >"$log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  if curl -sf "$base/actuator/health" | grep -q UP; then break; fi
  sleep 1
done
curl -sf "$base/actuator/health" | grep -q UP || { tail -50 "$log"; echo "platform did not start"; exit 1; }

csrf() { grep -o 'name="_csrf"[^>]*content="[^"]*"\|name="_csrf" value="[^"]*"\|content="[^"]*" name="_csrf"' | grep -o '\(content\|value\)="[^"]*"' | head -1 | cut -d'"' -f2; }
token=$(curl -sf -c "$jar" -b "$jar" "$base/login" | csrf)
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=admin@lakeshore.demo" \
  --data-urlencode "password=Demo-Password-1" --data-urlencode "_csrf=$token" "$base/login"
token=$(curl -sf -c "$jar" -b "$jar" "$base/intake/import" | csrf)

start=$(date +%s.%N)
location=$(curl -sf -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -F "_csrf=$token" -F "file=@$csv;type=text/csv" \
  "$base/intake/import")
id=${location##*/}
uploaded=$(date +%s.%N)
echo "uploaded in $(python3 -c "print(round($uploaded-$start,1))") s; import $id"

peak=0
while true; do
  state=$(curl -sf -b "$jar" "$base/api/v1/exams/imports/$id")
  heap=$(jcmd "$app" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' || echo 0)
  [ "${heap:-0}" -gt "$peak" ] && peak=$heap
  status=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' <<<"$state")
  case "$status" in QUEUED|RUNNING) sleep 1 ;; *) break ;; esac
done
end=$(date +%s.%N)
echo "$state"
python3 - "$start" "$end" "$rows" "$peak" <<'PY'
import sys
start, end, rows, peak = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print("import of %d rows: %.1f s, %.0f rows/s; peak heap used while importing: %d MiB (-Xmx1g)"
      % (rows, end - start, rows / (end - start), peak // 1024))
PY

if command -v psql >/dev/null; then
  pg_port=$(sed -n 4p "$data_dir/postgres/postmaster.pid")
  sql() { psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }
  columns=$(head -1 "$csv" | tr -d '\r' | sed 's/,/ text, /g; s/$/ text/')
  sql -c "create table csv_reference ($columns)"
  ref_start=$(date +%s.%N)
  sql -c "\\copy csv_reference from '$csv' with (format csv, header true)"
  ref_end=$(date +%s.%N)
  python3 - "$start" "$end" "$ref_start" "$ref_end" "$rows" <<'PY'
import sys
start, end, ref_start, ref_end, rows = (float(v) for v in sys.argv[1:6])
print("reference, PostgreSQL COPY of the same file into text columns: %.1f s, %.0f rows/s" % (ref_end - ref_start, rows / (ref_end - ref_start)))
print("import / COPY time ratio: %.1f" % ((end - start) / (ref_end - ref_start)))
PY
else
  echo "psql not found: no same-run reference (install postgresql-client)"
fi
