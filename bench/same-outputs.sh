#!/usr/bin/env bash
# Checks that a change keeps `vigil analyze`'s outputs byte for byte (issue 11's "same outputs" rule).
#   bench/same-outputs.sh record DIR    keeps every run's outputs under DIR/<run>/
#   bench/same-outputs.sh compare DIR   runs the same again into a fresh directory and compares file by file
# The runs: the simulator's reference incident and benign plant for seeds 1 2 3, simulated and analysed exactly
# as bench/evaluate.sh does (6 h of learning, --learn 6h), then every shared capture (../shared/pcaps or
# $VIGIL_PCAPS) with default options. Kept per run: alerts.jsonl devices.json flows.jsonl incidents.json
# (all four are byte-stable run to run on main, so none is excluded).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files=(alerts.jsonl devices.json flows.jsonl incidents.json)
seeds=(1 2 3)

usage() { echo "usage: $0 record DIR | compare DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
mode="$1"
dir="$2"
case "$mode" in record | compare) ;; *) usage ;; esac

# Runs every case into $1/<run>/, keeping only the four compared files.
record() {
  local into="$1" work run scenario seed tail pcaps capture name
  mkdir -p "$into"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  "$root/vigil" --help >/dev/null # build once, before the loop
  for scenario in reference-incident benign; do
    for seed in "${seeds[@]}"; do
      run="$scenario-$seed"
      tail=00:30:00
      [ "$scenario" = benign ] && tail=4.00:00:00
      "$root/vigil" simulate --scenario "$scenario" --seed "$seed" --learning 06:00:00 --tail "$tail" --out "$work/$run.pcap" >/dev/null
      "$root/vigil" analyze "$work/$run.pcap" --learn 6h --out "$work/$run" >/dev/null 2>&1
      keep "$work/$run" "$into/$run"
      rm -rf "$work/$run" "$work/$run".*
    done
  done
  pcaps="${VIGIL_PCAPS:-$root/../shared/pcaps}"
  if [ ! -d "$pcaps" ]; then
    echo "shared captures: skipped ($pcaps not found; set VIGIL_PCAPS)" >&2
    return
  fi
  while IFS= read -r capture; do
    name="pcap-$(realpath --relative-to="$pcaps" "$capture" | tr '/' '_')"
    "$root/vigil" analyze "$capture" --out "$work/$name" >/dev/null 2>&1 || echo "$name: analyze exited $?" >&2
    keep "$work/$name" "$into/$name"
    rm -rf "$work/$name"
  done < <(find "$pcaps" -type f -name '*.pcap*' | LC_ALL=C sort)
}

# Copies the compared files of one run (a missing file is recorded as missing, so compare sees it).
keep() {
  local from="$1" to="$2" file
  mkdir -p "$to"
  for file in "${files[@]}"; do
    if [ -f "$from/$file" ]; then cp "$from/$file" "$to/$file"; else : >"$to/$file.missing"; fi
  done
}

if [ "$mode" = record ]; then
  rm -rf "$dir"
  record "$dir"
  echo "recorded $(find "$dir" -mindepth 1 -maxdepth 1 -type d | wc -l) runs in $dir"
  exit 0
fi

[ -d "$dir" ] || { echo "no baseline at $dir" >&2; exit 2; }
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
record "$fresh/now"
status=0
while IFS= read -r run; do
  differs=()
  for file in "${files[@]}" "${files[@]/%/.missing}"; do
    base="$dir/$run/$file"
    now="$fresh/now/$run/$file"
    if [ -e "$base" ] || [ -e "$now" ]; then
      if [ ! -e "$base" ] || [ ! -e "$now" ] || ! cmp -s "$base" "$now"; then differs+=("$file"); fi
    fi
  done
  if [ ${#differs[@]} -eq 0 ]; then
    echo "$run: same"
  else
    echo "$run: differs: ${differs[*]}"
    status=1
  fi
done < <( (cd "$dir" && find . -mindepth 1 -maxdepth 1 -type d; cd "$fresh/now" && find . -mindepth 1 -maxdepth 1 -type d) | sed 's|^\./||' | LC_ALL=C sort -u)
exit $status
