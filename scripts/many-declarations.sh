#!/usr/bin/env bash
# Writes a case of many declarations to stdout, for timing load and evaluate on cases that grow
# by declarations rather than by one large cohort (docs/performance.md).
# Usage: scripts/many-declarations.sh [COHORTS] [PROJECTS] > many.cluster
#   COHORTS cohorts of 10 firms, each with three links (member, buys, cooperation density 0.1);
#   PROJECTS dated projects cycling over five kinds. Defaults: 1000 and 3000.
set -euo pipefail
cohorts=${1:-1000}
projects=${2:-3000}
kinds=(trade_fair training_institute export_consortium water_supply buyer_seller_meetings)
echo 'cluster Big { year: 2100, type: manufacturing, trust: 0.4, demand: strong }'
echo 'institution A { kind: association, roles: [catalyst, leader, manager], services: [marketing] }'
echo 'institution G { kind: government }'
echo 'buyer B { origin: foreign, min_order: 1 musd }'
for ((i = 0; i < cohorts; i++)); do
  echo "firms g$i: 10 { role: producer, exports: 0.1 musd, founded: $((1800 + i % 220)) }"
  echo "link g$i -> A : member"
  echo "link B -> g$i : buys"
  echo "link g$i -- g$i : cooperation density 0.1"
done
for ((i = 0; i < projects; i++)); do
  echo "intervention P$i { kind: ${kinds[i % 5]}, lead: A, partners: [G, B], start: $((1800 + i % 20)), cost: 1 musd }"
done
