// Benchmarks of the model, run by scripts/bench.sh in release mode (never in unit tests).
print("clusterlab-bench: no benchmarks yet")
