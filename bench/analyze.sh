#!/usr/bin/env bash
# Benchmark of `vigil analyze`, end to end, next to the read limit (tcpdump) on the same file.
# Builds a multi-million-packet capture once (bench/out/bench.pcap) by replaying the shared
# public ICS captures under other addresses (10.N.0.0/16 per copy) and later times (+N hours),
# then prints packets/s, flows/s and peak RSS.   Usage: bench/analyze.sh [copies]   (default 48)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pcaps="${VIGIL_PCAPS:-$root/../shared/pcaps}"
out="$root/bench/out"
copies="${1:-48}"
big="$out/bench-$copies.pcap"
sources=(ModbusTCP/ModbusTCP.pcap s7/s7comm_varservice_libnodavedemo_bench.pcap CIP/cip_only.pcap
         EthernetIP/EthernetIP-CIP.pcap bro/modbus/modbusBig.pcap openics/EIP-FirmwareChange.pcap
         s7/S7Comm/s7comm_clean.pcap dnp3/dnp3_test_data_part1.pcap IEC61850/Sample_File_MMS_and_GOOSE.pcap)
for tool in editcap mergecap tcprewrite capinfos tcpdump /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install tshark tcpreplay tcpdump time)" >&2; exit 1; }
done
[ -d "$pcaps" ] || { echo "bench: shared captures not found at $pcaps (set VIGIL_PCAPS)" >&2; exit 1; }
mkdir -p "$out"

if [ ! -f "$big" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  for ((i = 1; i <= copies; i++)); do
    parts=()
    for src in "${sources[@]}"; do
      name="$(echo "$src" | tr '/' '_')"
      # Each copy is its own plant: every address moved into 10.i.0.0/16, an hour later than the last.
      editcap -F pcap -t $((i * 3600)) "$pcaps/$src" "$work/t_$name" >/dev/null
      # (IPv4 only: tcprewrite's pseudo-NAT leaves IPv6 packets as they are.)
      tcprewrite --pnat=0.0.0.0/0:10.$i.0.0/16 -i "$work/t_$name" -o "$work/r_${i}_$name"
      parts+=("$work/r_${i}_$name")
    done
    mergecap -F pcap -w "$work/copy_$i.pcap" "${parts[@]}"
    rm -f "$work"/t_* "$work"/r_*
  done
  mergecap -F pcap -a -w "$big" $(for ((i = 1; i <= copies; i++)); do echo "$work/copy_$i.pcap"; done)
fi

packets=$(capinfos -M -c "$big" | awk '/Number of packets/ {print $NF}')
size=$(du -m "$big" | cut -f1)
"$root/vigil" --help >/dev/null # build first, so the timing is the analysis alone
cat "$big" >/dev/null # page cache warm for both contenders

start=$(date +%s.%N); tcpdump -r "$big" -w /dev/null 2>/dev/null; end=$(date +%s.%N)
tcpdump_s=$(echo "$end - $start" | bc -l)

/usr/bin/time -v -o "$out/time.txt" "$root/vigil" analyze "$big" --out "$out/vigil" --learn auto > "$out/summary.txt"
vigil_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s}' "$out/time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
flows=$(wc -l < "$out/vigil/flows.jsonl")

printf 'capture         %s (%s packets, %s MiB, %s copies)\n' "$big" "$packets" "$size" "$copies"
printf 'tcpdump -w null %6.2f s  %6.2f M pkt/s\n' "$tcpdump_s" "$(echo "$packets / $tcpdump_s / 1000000" | bc -l)"
printf 'vigil analyze   %6.2f s  %6.2f M pkt/s  %8.0f flows/s  peak RSS %d MiB (process, incl. build check and silo start)\n' \
  "$vigil_s" "$(echo "$packets / $vigil_s / 1000000" | bc -l)" "$(echo "$flows / $vigil_s" | bc -l)" $((rss_kb / 1024))
grep -E '^Vigil analysed|alerts|devices|flows' "$out/summary.txt" | head -5
