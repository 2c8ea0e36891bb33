#!/usr/bin/env python3
"""Writes a case of N explicit firms and about 4.7 N `link` statements (seeded, reproducible):
the long-file benchmark of docs/performance.md. Usage: scripts/gen-links.py N > case.cluster"""
import random, sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
rng = random.Random(2005)
out = ["cluster Big { type: manufacturing, year: 2000, exports: 100 musd }",
       "institution Assoc { kind: association, roles: [catalyst, leader, manager] }"]
for i in range(n):
    out.append(f"firm f{i} {{ role: producer, employees: 20 }}")
seen = set()
target = int(n * 4.7)
while len(seen) < target:
    a, b = rng.randrange(n), rng.randrange(n)
    if a == b: continue
    key = (min(a, b), max(a, b))
    if key in seen: continue
    seen.add(key)
    out.append(f"link f{key[0]} -- f{key[1]} : cooperation")
print("\n".join(out))
