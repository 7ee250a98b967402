#!/usr/bin/env bash
# The model evaluation of issues 5 and 13 in one command: simulates every scenario for each seed (6 h of
# learning; the benign scenarios then run four more days, so false alerts are counted over about 90
# device-days a seed), analyses each capture with `--learn 6h`, scores the alerts against the labels, and
# prints every table, a one-line summary per run, then one line per scenario over all seeds: recall,
# median time to detect and false alerts per device-day.
#   Usage: bench/evaluate.sh [seeds...]   (default 1 2 3)
#   VIGIL_EVAL_SCENARIOS="rtu-attacker benign" bench/evaluate.sh 1   runs only those scenarios.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/evaluate"
seeds=("${@:-1 2 3}")
read -r -a seeds <<<"${seeds[*]}"
scenarios=(${VIGIL_EVAL_SCENARIOS:-reference-incident benign modbus-only benign-noisy compromised-workstation rtu-attacker ics-exploitation hmi-session-reuse})
mkdir -p "$out"
"$root/vigil" --help >/dev/null # build once, before the loop

summary=()
for scenario in "${scenarios[@]}"; do
  for seed in "${seeds[@]}"; do
    run="$out/$scenario-$seed"
    tail=00:30:00
    case "$scenario" in benign | benign-noisy) tail=4.00:00:00 ;; esac
    "$root/vigil" simulate --scenario "$scenario" --seed "$seed" --learning 06:00:00 --tail "$tail" --out "$run.pcap" >/dev/null
    rm -rf "$run"
    "$root/vigil" analyze "$run.pcap" --learn 6h --out "$run" >/dev/null
    table="$("$root/vigil" evaluate "$run.labels.json" "$run/alerts.jsonl" --json "$run/evaluation.json" | grep -v '^wrote ')"
    echo "$table"
    echo
    recall="$(grep '^all expected detections' <<<"$table" | awk '{print $4, $5}')"
    median="$(grep '^median time to detect:' <<<"$table" | sed 's/^median time to detect: //; s/ over .*//; s/ (nothing detected)//')"
    falses="$(grep '^false alerts:' <<<"$table" | sed 's/^false alerts: //')"
    summary+=("$(printf '%-24s seed %-3s expected detections %-10s median %-8s false alerts %s' "$scenario" "$seed" "${recall:--}" "${median:--}" "$falses")")
  done
done
printf '%s\n' "${summary[@]}"
echo

# Over all seeds of a scenario: detections / expected, the median of every detection's time to detect,
# false alerts / device-days. Durations in the JSON are [d.]hh:mm:ss[.fffffff].
printf '%-24s  %-16s  %-14s  %s\n' scenario recall "median detect" "false alerts per device-day"
for scenario in "${scenarios[@]}"; do
  files=()
  for seed in "${seeds[@]}"; do files+=("$out/$scenario-$seed/evaluation.json"); done
  jq -s -r --arg scenario "$scenario" '
    def seconds: capture("^((?<d>[0-9]+)\\.)?(?<h>[0-9]+):(?<m>[0-9]+):(?<s>[0-9.]+)$")
      | ((.d // "0") | tonumber) * 86400 + (.h | tonumber) * 3600 + (.m | tonumber) * 60 + (.s | tonumber);
    def duration: if . == null then "-" elif . < 60 then "\(. | round)s" elif . < 3600 then "\(. / 60 | floor)m \(. % 60 | round)s"
      else "\(. / 3600 | floor)h \((. % 3600) / 60 | floor)m" end;
    def median: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
    (map(.expected) | add) as $expected | (map(.detected) | add) as $detected
    | ([.[].steps[].models[] | select(.detected) | .time_to_detect | seconds] | median) as $median
    | (map(.false_alerts.count) | add) as $false | (map(.false_alerts.device_days) | add) as $days
    | [$scenario,
       (if $expected == 0 then "- (no attack)" else "\($detected)/\($expected) \(100 * $detected / $expected | round)%" end),
       ($median | duration),
       "\($false) / \($days * 100 | round / 100) = \(if $days > 0 then ($false / $days * 1000 | round / 1000) else "-" end)"]
    | "\(.[0] | . + " " * (24 - length))  \(.[1] | . + " " * (16 - length))  \(.[2] | . + " " * (14 - length))  \(.[3])"
  ' "${files[@]}"
done
