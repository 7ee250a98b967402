#!/usr/bin/env bash
# Builds the benchmark captures once under bench/out/ and prints the path of the one asked for.
#   bench/captures.sh dense [cells]   the shared public ICS captures, each moved to a common start, replayed as
#                                     `cells` plants (10.N.0.0/16 each, one minute apart): a dense OT capture of
#                                     a few thousand devices over ~20 minutes (default 25 cells, ~2.1M packets)
#   bench/captures.sh sparse [hours]  the simulator's plant (reference incident) over `hours` of capture time:
#                                     few devices, long idle stretches (default 60)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pcaps="${VIGIL_PCAPS:-$root/../shared/pcaps}"
out="$root/bench/out"
mkdir -p "$out"

dense() {
  local cells="${1:-25}" file="$out/dense-${1:-25}.pcap"
  if [ -f "$file" ]; then echo "$file"; return; fi
  [ -d "$pcaps" ] || { echo "bench: shared captures not found at $pcaps (set VIGIL_PCAPS)" >&2; exit 1; }
  for tool in editcap mergecap tcprewrite capinfos; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install tshark tcpreplay)" >&2; exit 1; }
  done
  local sources=(ModbusTCP/ModbusTCP.pcap s7/s7comm_varservice_libnodavedemo_bench.pcap CIP/cip_only.pcap
                 EthernetIP/EthernetIP-CIP.pcap bro/modbus/modbusBig.pcap openics/EIP-FirmwareChange.pcap
                 s7/S7Comm/s7comm_clean.pcap IEC61850/Sample_File_MMS_and_GOOSE.pcap)
  local work; work="$(mktemp -d)"
  # A fixed start keeps the file identical from run to run: 2026-01-05 06:00:00 UTC.
  local t0=1767592800 i src name first parts=()
  for ((i = 1; i <= cells; i++)); do
    for src in "${sources[@]}"; do
      name="$(echo "$src" | tr '/' '_')"
      first="$(capinfos -T -r -a -S "$pcaps/$src" | cut -f2 | cut -d. -f1)"
      # Every source starts at t0 plus a minute per cell, so all plants talk at once.
      editcap -F pcap -t $((t0 + i * 60 - first)) "$pcaps/$src" "$work/t_$name" >/dev/null
      tcprewrite --pnat=0.0.0.0/0:10.$i.0.0/16 -i "$work/t_$name" -o "$work/r_${i}_$name" 2>/dev/null # (ICMP checksum warnings)
      parts+=("$work/r_${i}_$name")
      rm -f "$work/t_$name"
    done
  done
  mergecap -F pcap -w "$file.tmp" "${parts[@]}"
  mv "$file.tmp" "$file"
  rm -rf "$work"
  echo "$file"
}

sparse() {
  local hours="${1:-60}" file="$out/sparse-${1:-60}h.pcap"
  if [ -f "$file" ]; then echo "$file"; return; fi
  # The reference incident needs about 3 h after its learning; the rest of the span is learning.
  local learning=$((hours - 3))
  "$root/vigil" simulate --scenario reference-incident --seed 1 --learning "$((learning / 24)).$(printf '%02d' $((learning % 24))):00:00" \
    --out "$file" >/dev/null
  echo "$file"
}

case "${1:-}" in
  dense) dense "${2:-25}" ;;
  sparse) sparse "${2:-60}" ;;
  *) echo "usage: bench/captures.sh dense [cells] | sparse [hours]" >&2; exit 2 ;;
esac
