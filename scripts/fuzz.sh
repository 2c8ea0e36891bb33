#!/usr/bin/env bash
# Fuzzes the whole interpreter (lex → parse → check → evaluate → simulate, printer round trip)
# with libFuzzer for SECONDS seconds. Exits non-zero when the fuzzer finds a crash, a trap, an
# ASan report, a timeout (> 10 s) or an out-of-memory; the input is then in .fuzz-artifacts/.
# Usage: scripts/fuzz.sh SECONDS          (docs/robustness.md, "Fuzzing")
# Replay saved inputs without fuzzing:   .build-fuzz/debug/clusterlab-fuzz FILE…
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh SECONDS" >&2
  exit 2
fi

# One combined -sanitize=fuzzer,address (it comes last, so the driver keeps it) AND --sanitize=fuzzer
# (so SwiftPM leaves main() to libFuzzer): either alone builds a binary that does not really fuzz.
# See docs/robustness.md and the engineering notes, A2.2, traps 1 and 2.
swift build -c debug --scratch-path .build-fuzz --product clusterlab-fuzz \
  --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
fuzzer=.build-fuzz/debug/clusterlab-fuzz

# The corpus (git-ignored) grows across runs; every run reseeds it with the checked-in inputs.
corpus=.fuzz-corpus
artifacts=.fuzz-artifacts
mkdir -p "$corpus" "$artifacts"
shopt -s nullglob globstar
for f in examples/*.cluster Tests/**/*.cluster Tests/Fuzz/regressions/*; do
  [ -f "$f" ] && cp "$f" "$corpus/seed-$(echo "$f" | tr '/' '_')"
done

# The Swift runtime's backtracer can outlive a crashing fuzzer and hang the shell (trap 5).
export SWIFT_BACKTRACE=enable=no
log=$artifacts/fuzz.log
set +e
"$fuzzer" "$corpus" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Without coverage instrumentation libFuzzer runs but learns nothing (trap 1): treat it as a failure.
if ! grep -q "INFO: Loaded 1 modules" "$log"; then
  echo "fuzz.sh: the fuzzer is not instrumented for coverage (no 'INFO: Loaded 1 modules')" >&2
  exit 3
fi
if [ "$status" -ne 0 ]; then
  echo "fuzz.sh: finding (exit $status); the input is in $artifacts/:" >&2
  ls -1 "$artifacts" | grep -v '^fuzz.log$' >&2 || true
  exit 1
fi
echo "fuzz.sh: no findings in ${seconds}s"
