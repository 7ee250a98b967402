#!/usr/bin/env bash
# Runs every Vigil test. Sets up what the tests need on a fresh Debian machine first:
# libpcap (live capture), tshark (protocol cross-checks), tcpdump, tcpreplay, chromium (web UI tests)
# and PostgreSQL (the cluster tests start their own throwaway server from its binaries).
# Ends with one line "N passed, N failed, N skipped" and exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need=()
for pkg in libpcap0.8 tshark tcpdump tcpreplay iproute2 chromium postgresql; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "tests: installing ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null \
      || { echo "tests: could not install ${need[*]}" >&2; exit 1; }
  else
    echo "tests: missing ${need[*]} (run as root to install them); tests that need them will say they were skipped" >&2
  fi
fi

results="$root/.artifacts/test-results"
rm -rf "$results"
log="$(mktemp)"
dotnet test "$root/Orleans.sln" -c Release --nologo --results-directory "$results" --logger "trx" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed! - Failed: a, Passed: b, Skipped: c" line per test project.
summary=$(grep -E '(Passed|Failed)! +- +Failed: ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}')
rm -f "$log"
echo "$summary"
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
case "$summary" in
  "0 passed"*) echo "tests: no test ran" >&2; exit 1 ;;
esac
