#!/usr/bin/env bash
# Times parsing, checking and evaluating cases of 1,000 to 100,000 firms in a release build.
# Usage: scripts/bench.sh [FIRMS ...]      (figures go in docs/performance.md)
# Long files of explicit links: scripts/gen-links.py N (docs/performance.md, "Long files").
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product clusterlab-bench >/dev/null
.build/release/clusterlab-bench "$@"
