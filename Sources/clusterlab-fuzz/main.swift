// The libFuzzer entry point (placeholder until the target is written).
