#!/usr/bin/env bash
# Whole-process timing of `vigil analyze` beside the tools a plant engineer already has, on the same file, in one
# run: tcpdump (the read limit), softflowd (a flow meter, no dissection) and tshark (full dissection).
# Each tool runs RUNS times (default 3) with the file in the page cache; the median wall time and the peak RSS
# are printed, with Vigil's ratio to each peer.
#   Usage: bench/peers.sh [dense [cells] | sparse [hours] | FILE]   (default: dense)
#   RUNS=5 bench/peers.sh sparse 60      NO_TSHARK=1 skips tshark (tens of seconds a run on the dense file)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/peers"
runs="${RUNS:-3}"
mkdir -p "$out"

need=()
for pkg in tcpdump softflowd tshark time bc; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "bench: needs ${need[*]} (run as root to install them)" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

case "${1:-dense}" in
  dense|sparse) file="$("$root/bench/captures.sh" "${1:-dense}" ${2:+"$2"})" ;;
  *) file="$1" ;;
esac
[ -f "$file" ] || { echo "bench: no such file: $file" >&2; exit 1; }
packets=$(capinfos -M -c "$file" | awk '/Number of packets/ {print $NF}')
span=$(capinfos -M -u "$file" | awk -F': *' '/Capture duration/ {print $2}' | cut -d' ' -f1)
"$root/vigil" --help >/dev/null # build first, so the timings are the analysis alone
cat "$file" >/dev/null          # page cache warm for every contender

# time_tool NAME CMD... : runs CMD $runs times, prints "NAME median_wall_s peak_rss_mib"
time_tool() {
  local name="$1"; shift
  local walls=() rss=0 i w m
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o "$out/$name.time" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" || {
      echo "bench: $name failed (see $out/$name.stderr)" >&2; return 1; }
    read -r w m <"$out/$name.time"
    walls+=("$w")
    [ "$m" -gt "$rss" ] && rss="$m"
  done
  local median; median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "$name $median $((rss / 1024))"
}

results=()
results+=("$(time_tool tcpdump tcpdump -r "$file" -w /dev/null)")
# softflowd: -d stays in the foreground, -c "" no control socket (never point -c at a real file), -n a local
# collector that nothing listens on (the UDP datagrams are dropped on loopback).
results+=("$(time_tool softflowd softflowd -d -r "$file" -n 127.0.0.1:9995 -c "")")
[ -n "${NO_TSHARK:-}" ] || results+=("$(time_tool tshark tshark -q -z conv,tcp -r "$file")")
rm -rf "$out/vigil-out"
results+=("$(time_tool vigil "$root/vigil" analyze "$file" --out "$out/vigil-out")")

vigil_s=$(printf '%s\n' "${results[@]}" | awk '$1 == "vigil" {print $2}')
printf 'capture  %s  (%s packets, %s s of capture time)  median of %s runs, whole process\n' "$file" "$packets" "$span" "$runs"
printf '%-10s %9s %11s %10s %14s\n' tool wall 'M pkt/s' 'peak RSS' 'vigil / tool'
for row in "${results[@]}"; do
  read -r name wall rss <<<"$row"
  printf '%-10s %8.2fs %11.2f %7d MiB %13.2fx\n' "$name" "$wall" "$(echo "$packets / $wall / 1000000" | bc -l)" "$rss" \
    "$(echo "$vigil_s / $wall" | bc -l)"
done
grep -E '^Vigil analysed' "$out/vigil.stdout" || true
