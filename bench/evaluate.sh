#!/usr/bin/env bash
# The model evaluation of issue 5 in one command: simulates the reference incident and the benign
# scenario for each seed (6 h of learning; the benign plant then runs four more days, so false alerts
# are counted over about 90 device-days a seed), analyses each capture with `--learn 6h`, scores the
# alerts against the labels, and prints every table followed by a one-line summary per run.
#   Usage: bench/evaluate.sh [seeds...]   (default 1 2 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/evaluate"
seeds=("${@:-1 2 3}")
read -r -a seeds <<<"${seeds[*]}"
mkdir -p "$out"
"$root/vigil" --help >/dev/null # build once, before the loop

summary=()
for scenario in reference-incident benign; do
  for seed in "${seeds[@]}"; do
    run="$out/$scenario-$seed"
    tail=00:30:00
    [ "$scenario" = benign ] && tail=4.00:00:00
    "$root/vigil" simulate --scenario "$scenario" --seed "$seed" --learning 06:00:00 --tail "$tail" --out "$run.pcap" >/dev/null
    rm -rf "$run"
    "$root/vigil" analyze "$run.pcap" --learn 6h --out "$run" >/dev/null
    table="$("$root/vigil" evaluate "$run.labels.json" "$run/alerts.jsonl" --json "$run/evaluation.json" | grep -v '^wrote ')"
    echo "$table"
    echo
    recall="$(grep '^all expected detections' <<<"$table" | awk '{print $4, $5}')"
    falses="$(grep '^false alerts:' <<<"$table" | sed 's/^false alerts: //')"
    summary+=("$(printf '%-18s seed %-3s expected detections %-10s false alerts %s' "$scenario" "$seed" "${recall:--}" "$falses")")
  done
done
printf '%s\n' "${summary[@]}"
