#!/usr/bin/env bash
# Coverage-guided fuzzing of Vigil's wire parsers and capture reader: AFL++ (Debian afl++) drives
# bench/Vigil.Fuzz, whose Vigil assemblies SharpFuzz instruments; seeds come from the shared
# captures' payloads (../shared/pcaps or $VIGIL_PCAPS), else from tests/data.
#   bench/fuzz.sh list                  the targets
#   bench/fuzz.sh TARGET SECONDS        fuzz one target (resumes its previous findings)
#   bench/fuzz.sh all SECONDS           every target in turn, SECONDS each
#   bench/fuzz.sh tmin TARGET FILE      minimise a crashing input with afl-tmin (writes FILE.min)
#   bench/fuzz.sh keep [N]              crashes/hangs (minimised) + N new-coverage inputs per target into tests/*/Robustness/Corpus
#   bench/fuzz.sh totals                executions, crashes and hangs per target over every session
# Everything lands in bench/out/fuzz/ (findings/<target>/, ledger.tsv). One afl-fuzz at a time, nice 15.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/fuzz"
bin="$out/bin"     # instrumented: only ever run under afl-fuzz / afl-tmin (it needs their shared memory)
plain="$out/plain" # the same build uninstrumented: list, seeds, replay
ledger="$out/ledger.tsv"
mkdir -p "$out/findings"

ensure_tools() {
  if ! command -v afl-fuzz >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "fuzz: needs afl++ (run as root to install it)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null \
      || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null; }
  fi
  (cd "$root" && dotnet tool restore >/dev/null) # SharpFuzz.CommandLine, pinned in dotnet-tools.json
}

# Publishes the harness and instruments the Vigil assemblies it fuzzes, when a source changed since
# the last time; then writes the seeds. The harness itself and the framework stay uninstrumented, and
# an uninstrumented copy is kept: instrumented code outside afl-fuzz writes to unmapped memory.
prepare() {
  ensure_tools
  local stamp="$bin/.instrumented"
  if [ ! -f "$stamp" ] || [ -n "$(find "$root/src/Vigil.Capture" "$root/src/Vigil.Protocols" "$root/bench/Vigil.Fuzz" \
        -name '*.cs' -newer "$stamp" -not -path '*/obj/*' -not -path '*/bin/*' | head -1)" ]; then
    rm -rf "$bin.new" "$plain"
    nice -n 10 dotnet publish "$root/bench/Vigil.Fuzz" -c Release -o "$plain" --nologo -v quiet >"$out/publish.log" 2>&1 \
      || { cat "$out/publish.log" >&2; exit 1; }
    cp -r "$plain" "$bin.new"
    for dll in Vigil.Capture.dll Vigil.Protocols.dll; do
      (cd "$root" && dotnet sharpfuzz "$bin.new/$dll") >>"$out/publish.log" 2>&1 \
        || { echo "fuzz: instrumenting $dll failed (see $out/publish.log)" >&2; exit 1; }
    done
    rm -rf "$bin" && mv "$bin.new" "$bin" && touch "$stamp"
  fi
  local pcaps="${VIGIL_PCAPS:-$root/../shared/pcaps}"
  rm -rf "$out/seeds"
  if [ -d "$pcaps" ]; then
    dotnet "$plain/Vigil.Fuzz.dll" seeds "$out/seeds" "$pcaps" "$root/tests/data" >"$out/seeds.tsv"
  else
    echo "fuzz: no shared captures at $pcaps; seeding from tests/data only" >&2
    dotnet "$plain/Vigil.Fuzz.dll" seeds "$out/seeds" "$root/tests/data" >"$out/seeds.tsv"
  fi
}

stat_of() { # stat_of FILE KEY
  [ -f "$1" ] && awk -F' *: *' -v k="$2" '$1 == k {print $2}' "$1" || true
}

# fuzz TARGET SECONDS: one afl-fuzz session; prints executions, exec/s, paths, crashes, hangs.
fuzz() {
  local target="$1" seconds="$2" dir="$out/findings/$1" input
  local stats="$dir/default/fuzzer_stats" before
  grep -q "^$target	" <(dotnet "$plain/Vigil.Fuzz.dll" list) || { echo "fuzz: no target $target (bench/fuzz.sh list)" >&2; exit 2; }
  if [ -f "$stats" ]; then input=-; else input="$out/seeds/$target"; fi
  before="$(stat_of "$stats" execs_done)"
  local started; started="$(date -u +%FT%TZ)"
  # dotnet is not an AFL-built binary (the instrumentation is in the IL), hence SKIP_BIN_CHECK.
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    AFL_AUTORESUME=1 \
    nice -n 15 afl-fuzz -i "$input" -o "$dir" -V "$seconds" -t 5000 -m none \
      -- dotnet "$bin/Vigil.Fuzz.dll" run "$target" >"$dir.log" 2>&1 \
    || { echo "fuzz: afl-fuzz failed on $target (see $dir.log)" >&2; tail -5 "$dir.log" >&2; return 1; }
  local execs rate paths crashes hangs
  execs="$(stat_of "$stats" execs_done)"; rate="$(stat_of "$stats" execs_per_sec)"
  paths="$(stat_of "$stats" corpus_count)"; crashes="$(stat_of "$stats" saved_crashes)"; hangs="$(stat_of "$stats" saved_hangs)"
  local session=$(( ${execs:-0} - ${before:-0} ))
  [ -f "$ledger" ] || printf 'started\ttarget\tseconds\tsession_execs\ttotal_execs\texec_per_s\tpaths\tcrashes\thangs\n' >"$ledger"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$started" "$target" "$seconds" "$session" "$execs" "$rate" "$paths" "$crashes" "$hangs" >>"$ledger"
  printf '%-16s executions %10s (this run %9s)  exec/s %8s  paths %5s  crashes %3s  hangs %3s\n' \
    "$target" "$execs" "$session" "$rate" "$paths" "$crashes" "$hangs"
  if [ "${crashes:-0}" != 0 ] || [ "${hangs:-0}" != 0 ]; then
    ls "$dir/default/crashes" "$dir/default/hangs" 2>/dev/null | grep -v README | sed 's/^/    /'
  fi
}

case "${1:-}" in
  list)
    prepare >/dev/null
    dotnet "$plain/Vigil.Fuzz.dll" list ;;
  all)
    [ $# = 2 ] || { echo "usage: bench/fuzz.sh all SECONDS" >&2; exit 2; }
    prepare
    for t in $(dotnet "$plain/Vigil.Fuzz.dll" list | cut -f1); do fuzz "$t" "$2" || true; done ;;
  tmin)
    [ $# = 3 ] || { echo "usage: bench/fuzz.sh tmin TARGET FILE" >&2; exit 2; }
    prepare >/dev/null
    AFL_SKIP_BIN_CHECK=1 AFL_NO_FORKSRV=1 nice -n 15 afl-tmin -i "$3" -o "$3.min" -t 10000 -m none \
      -- dotnet "$bin/Vigil.Fuzz.dll" once "$2"
    echo "$3.min" ;;
  keep)
    # keep [N]: every crash and hang, minimised, plus the N (default 3) latest new-coverage inputs of
    # each target's queue (at most 4 KiB each), into the test corpus with a provenance line each.
    prepare >/dev/null
    per="${2:-3}"
    for dir in "$out"/findings/*/default; do
      target="$(basename "$(dirname "$dir")")"
      case "$target" in decode|pcap|pcapng) project=Vigil.Capture.Tests ;; *) project=Vigil.Protocols.Tests ;; esac
      corpus="$root/tests/$project/Robustness/Corpus/$target"
      mkdir -p "$corpus"
      [ -f "$corpus/README.md" ] || printf '# %s\n\nInputs for the `%s` fuzz target (bench/fuzz.sh), replayed by Robustness/CorpusReplayTests.\n\n' "$target" "$target" >"$corpus/README.md"
      for kind in crashes hangs; do
        for f in "$dir/$kind"/id:*; do
          [ -f "$f" ] || continue
          case "$kind" in crashes) label=crash ;; *) label=hang ;; esac
          name="$label-$(basename "$f" | cut -d, -f1 | tr -d 'id:')"
          [ -f "$corpus/$name" ] && continue
          cp "$f" "$out/tmin.in"
          AFL_SKIP_BIN_CHECK=1 AFL_NO_FORKSRV=1 nice -n 15 afl-tmin -i "$out/tmin.in" -o "$corpus/$name" -t 10000 -m none \
            -- dotnet "$bin/Vigil.Fuzz.dll" once "$target" >/dev/null 2>&1 || cp "$f" "$corpus/$name"
          printf -- '- `%s`: %s found by afl-fuzz on %s (AFL name `%s`), minimised with afl-tmin.\n' \
            "$name" "$label" "$(date -u +%F)" "$(basename "$f")" >>"$corpus/README.md"
        done
      done
      # (head closes the pipe early: not a failure)
      { ls -t "$dir/queue" | grep -F '+cov' | while read -r q; do
        if [ "$(stat -c %s "$dir/queue/$q")" -le 4096 ]; then echo "$q"; fi
      done || true; } | head -n "$per" | while read -r q; do
        name="queue-$(echo "$q" | cut -d, -f1 | tr -d 'id:')"
        [ -f "$corpus/$name" ] && continue
        cp "$dir/queue/$q" "$corpus/$name"
        printf -- '- `%s`: kept by afl-fuzz for new coverage on %s (AFL name `%s`); not a crash.\n' "$name" "$(date -u +%F)" "$q" >>"$corpus/README.md"
      done
    done ;;
  totals)
    [ -f "$ledger" ] || { echo "fuzz: no sessions yet" >&2; exit 1; }
    awk -F'\t' 'NR > 1 {s[$2] += $4; sec[$2] += $3; c[$2] = $8; h[$2] = $9}
      END {for (t in s) printf "%-16s executions %11d  seconds %6d  crashes %3s  hangs %3s\n", t, s[t], sec[t], c[t], h[t]}' "$ledger" | sort ;;
  ""|-h|--help)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' ;;
  *)
    [ $# = 2 ] || { echo "usage: bench/fuzz.sh TARGET SECONDS" >&2; exit 2; }
    prepare
    fuzz "$1" "$2" ;;
esac
