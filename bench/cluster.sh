#!/usr/bin/env bash
# Scale run of a Vigil cluster on this machine: a throwaway PostgreSQL, 2 silos and a sensor driving them
# with the simulator's flow-level estate (`vigil sensor --flows N --devices D`). Prints sustained flow
# events/s, bytes per device (silo RSS and stored rows), per-device query latency (p50/p95/p99) over the HTTP
# API while ingesting, and how long the survivor takes to serve a killed silo's devices.
#   bench/cluster.sh [FLOWS=2000000] [DEVICES=100000]
set -euo pipefail
FLOWS=${1:-2000000}
DEVICES=${2:-100000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/vigil-bench-XXXX)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
PGPORT=$((20000 + RANDOM % 20000))
VIGIL="dotnet $ROOT/src/Vigil.Cli/bin/Release/net10.0/vigil.dll"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $WORK/data -m immediate -w stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

dotnet build "$ROOT/src/Vigil.Cli" -c Release -v q -nologo >/dev/null
mkdir -p "$WORK/data" && chown -R postgres "$WORK"
su postgres -s /bin/sh -c "$PGBIN/initdb -D $WORK/data -U postgres --auth=trust --no-sync" >/dev/null
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $WORK/data -l $WORK/pg.log -w -o '-c listen_addresses=127.0.0.1 -p $PGPORT -k $WORK -c max_connections=200 -c synchronous_commit=off' start" >/dev/null
CONN="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=vigil"
sql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d vigil -Atc "$1"; }
$VIGIL db migrate --connection "$CONN" >/dev/null

# A read key for the query API: configuration holds only its salt and SHA-256(salt ‖ key).
KEY=bench-$RANDOM$RANDOM
head -c 16 /dev/urandom > "$WORK/salt"
SALT=$(base64 -w0 < "$WORK/salt")
HASH=$(cat "$WORK/salt" <(printf %s "$KEY") | sha256sum | cut -d' ' -f1)
export VIGIL_Vigil__Api__Keys__0__Name=bench VIGIL_Vigil__Api__Keys__0__Scope=read VIGIL_Vigil__Api__Keys__0__Salt=$SALT VIGIL_Vigil__Api__Keys__0__Hash=$HASH
# Failure detection as in the tests (1 s probes); production defaults notice a dead silo in 10-20 s.
export VIGIL_Silo__Membership__ProbeTimeout=00:00:01 VIGIL_Silo__Membership__NumMissedProbesLimit=2 VIGIL_Silo__Checkpoint__Interval=00:00:30

start_silo() { # name silo-port gateway-port http-port
  $VIGIL silo --connection "$CONN" --cluster-id bench --advertise 127.0.0.1 --silo-port "$2" --gateway-port "$3" --urls "http://127.0.0.1:$4" > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
start_silo a $((PGPORT + 1)) $((PGPORT + 2)) $((PGPORT + 3)); A=${PIDS[-1]}
start_silo b $((PGPORT + 4)) $((PGPORT + 5)) $((PGPORT + 6)); B=${PIDS[-1]}
for log in a b; do timeout 120 bash -c "until grep -q 'Silo active' $WORK/$log.log; do sleep 0.5; done"; done

device() { local s=$((RANDOM % ((DEVICES + 249) / 250))); echo "10.$((s >> 8)).$((s & 255)).$((1 + RANDOM % 250))"; }
query() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "X-Api-Key: $KEY" "http://127.0.0.1:$1/api/devices/$2"; }

echo "vigil bench: $FLOWS flows over $DEVICES devices into 2 silos (PostgreSQL on :$PGPORT)"
START=$(date +%s.%N)
$VIGIL sensor --flows "$FLOWS" --devices "$DEVICES" --cluster-id bench --call-timeout 00:01:00 --gateway "127.0.0.1:$((PGPORT + 2)),127.0.0.1:$((PGPORT + 5))" --out "$WORK/sensor" > "$WORK/sensor.log" 2>&1 &
SENSOR=$!; PIDS+=($SENSOR)
while kill -0 $SENSOR 2>/dev/null; do query $((PGPORT + 6)) "$(device)" >> "$WORK/latency.txt"; sleep 0.05; done
wait $SENSOR
END=$(date +%s.%N)
grep "sensor done" "$WORK/sensor.log"

# Wait for the checkpoints of every active device (30 s interval).
for _ in $(seq 1 90); do
  ROWS=$(sql "SELECT COUNT(*) FROM orleansstorage WHERE graintypestring = 'device'")
  [ "$ROWS" -ge "$((DEVICES * 95 / 100))" ] && break; sleep 2
done
RSS_A=$(ps -o rss= -p $A); RSS_B=$(ps -o rss= -p $B)
STORED=$(sql "SELECT COUNT(*) || ' rows, ' || COALESCE(AVG(LENGTH(payloadbinary))::int, 0) || ' B/row avg, ' || pg_size_pretty(pg_total_relation_size('orleansstorage')) || ' table' FROM orleansstorage WHERE graintypestring = 'device'")
awk -v s="$START" -v e="$END" -v f="$FLOWS" 'BEGIN { printf "wall %.1f s\n", e - s }'
echo "silo RSS: a $((RSS_A / 1024)) MiB, b $((RSS_B / 1024)) MiB -> $(( (RSS_A + RSS_B) * 1024 / DEVICES )) B per device (whole processes)"
echo "storage: $STORED"
sed -n 's/.*delivered in .* steps (\([0-9]*\)\/s).*/ingest: \1 flow events\/s delivered to the cluster (sensor, whole run)/p' "$WORK/sensor.log"
sort -k2 -g "$WORK/latency.txt" | awk '{ t[NR] = $2; c[$1]++ } END {
  printf "GET /api/devices/{ip} while ingesting (%d requests", NR; for (k in c) printf ", %s: %d", k, c[k]
  printf "): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", t[int(NR * 0.5) + 1] * 1000, t[int(NR * 0.95) + 1] * 1000, t[int(NR * 0.99) + 1] * 1000, t[NR] * 1000 }'

# Kill silo a; time until silo b serves a sample of 200 devices (half of them were on a).
SAMPLE=(); for _ in $(seq 1 200); do SAMPLE+=("$(device)"); done
kill -9 "$A"
KILLED=$(date +%s.%N)
for ip in "${SAMPLE[@]}"; do
  for _ in $(seq 1 600); do [ "$(query $((PGPORT + 6)) "$ip" | cut -d' ' -f1)" = 200 ] && break; sleep 0.1; done
done
awk -v k="$KILLED" -v n="$(date +%s.%N)" 'BEGIN { printf "survivor served all 200 sampled devices %.1f s after SIGKILL of the other silo\n", n - k }'
