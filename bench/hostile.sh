#!/usr/bin/env bash
# Vigil under hostile input: a normal plant capture (the simulator's benign plant, 4 h) with an attacker's traffic
# merged in from minute 10, analysed with `--learn 5m`. Per case: whole-process wall time, packets/s, peak RSS,
# lines on stderr that are not Vigil's own, the alerts raised, and whether the base capture's own alerts are
# still all there (same device, model and time).
#   Usage: bench/hostile.sh [case ...]   cases: syn-flood port-scan fragments tcp-gap corrupt-pcap corrupt-pcapng
#   TIMEOUT=600 (seconds per analysis)   COUNT=1000000 (SYNs, fragmented datagrams, segments)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/hostile"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(syn-flood port-scan fragments tcp-gap corrupt-pcap corrupt-pcapng)
timeout_s="${TIMEOUT:-600}"
count="${COUNT:-1000000}"
mkdir -p "$out"
for tool in capinfos editcap /usr/bin/time jq; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install tshark time jq)" >&2; exit 1; }
done

"$root/vigil" --help >/dev/null
dotnet build "$root/bench/Vigil.Bench" -c Release --nologo -v quiet -clp:ErrorsOnly >&2 || exit 1
bench_dll="$root/bench/Vigil.Bench/bin/Release/net10.0/Vigil.Bench.dll"

base="$out/base.pcap"
[ -f "$base" ] || "$root/vigil" simulate --scenario benign --seed 1 --learning 00:10:00 --tail 00:20:00 --out "$base" >/dev/null
if [ ! -f "$out/base/alerts.jsonl" ]; then
  "$root/vigil" analyze "$base" --learn 5m --out "$out/base" >/dev/null 2>&1
fi
key() { jq -c '[.device, .model, .time]' "$1" 2>/dev/null | sort; }

printf '%-15s %9s %9s %9s %8s %7s %8s  %s\n' case packets wall 'M pkt/s' 'RSS MiB' alerts 'base ok' 'other stderr lines'
for name in "${cases[@]}"; do
  file="$out/$name.pcap"
  case "$name" in
    corrupt-pcap) [ -f "$file" ] || dotnet "$bench_dll" hostile corrupt "$base" "$file" >/dev/null ;;
    corrupt-pcapng)
      file="$out/$name.pcapng"
      [ -f "$file" ] || { editcap -F pcapng "$base" "$out/base.pcapng" && dotnet "$bench_dll" hostile corrupt "$out/base.pcapng" "$file" >/dev/null; } ;;
    *) [ -f "$file" ] || dotnet "$bench_dll" hostile "$name" "$base" "$file" "$count" >/dev/null || continue ;;
  esac
  packets=$(capinfos -M -c "$file" 2>/dev/null | awk '/Number of packets/ {print $NF}')
  rm -rf "$out/$name"
  /usr/bin/time -f '%e %M' -o "$out/$name.time" timeout "$timeout_s" "$root/vigil" analyze "$file" --learn 5m --out "$out/$name" \
    >"$out/$name.stdout" 2>"$out/$name.stderr"
  status=$?
  read -r wall rss <"$out/$name.time" 2>/dev/null || { wall=$(tail -1 "$out/$name.time" | cut -d' ' -f1); rss=0; }
  [ -n "${rss:-}" ] || rss=0
  # Vigil's own stderr lines start with "vigil:"; anything else is the runtime talking to the analyst.
  other=$(grep -vc '^vigil: ' "$out/$name.stderr")
  if [ "$status" -ne 0 ]; then
    printf '%-15s %9s %8ss %9s %8d %7s %8s  %s (exit %d%s)\n' "$name" "${packets:-?}" "$wall" - $((rss / 1024)) - - "$other" "$status" \
      "$([ "$status" = 124 ] && echo ", timed out after ${timeout_s}s")"
    continue
  fi
  alerts=$(wc -l <"$out/$name/alerts.jsonl")
  missing=$(comm -23 <(key "$out/base/alerts.jsonl") <(key "$out/$name/alerts.jsonl") | wc -l)
  pps=$(echo "${packets:-0} / $wall / 1000000" | bc -l)
  printf '%-15s %9s %8ss %9.2f %8d %7d %8s  %s\n' "$name" "$packets" "$wall" "$pps" $((rss / 1024)) "$alerts" \
    "$([ "$missing" = 0 ] && echo yes || echo "$missing lost")" "$other"
done
