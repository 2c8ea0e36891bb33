// swift-tools-version: 6.0
// The clusterlab package: phases in a line, each its own module.
//   ClusterSyntax    source text → tokens → syntax tree (+ diagnostics, canonical printer)
//   ClusterWorkspace syntax tree → checked workspace (schema, values, expressions)
//   ClusterModel     checked cluster → typed results (insights, gears, stage, network …), no printing
//   ClusterSession   statements and commands run against a workspace; line-reading protocol
//   LineEditing      the only code that talks to GNU readline (through CReadline)
//   clusterlab       the command-line tool: script mode, REPL, check, fmt, demo
import PackageDescription

let package = Package(
  name: "clusterlab",
  products: [
    .executable(name: "clusterlab", targets: ["clusterlab"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(name: "ClusterSyntax"),
    .target(
      name: "ClusterWorkspace", dependencies: ["ClusterSyntax"],
      linkerSettings: [.linkedLibrary("m")]),  // rounding; executables without Foundation need it
    .target(name: "ClusterModel", dependencies: ["ClusterWorkspace"]),
    .target(name: "ClusterSession", dependencies: ["ClusterSyntax", "ClusterWorkspace", "ClusterModel"]),
    // Benchmarks: `scripts/bench.sh` builds this in release mode and times the model.
    .executableTarget(name: "clusterlab-bench", dependencies: ["ClusterSyntax", "ClusterWorkspace", "ClusterModel"]),
    // Fuzzing: only meaningful when built with -sanitize=fuzzer (libFuzzer supplies main());
    // `scripts/fuzz.sh SECONDS` builds and runs it. A plain build makes an empty program.
    .executableTarget(
      name: "clusterlab-fuzz", dependencies: ["ClusterSyntax", "ClusterWorkspace", "ClusterModel", "ClusterSession"]),
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    .target(name: "LineEditing", dependencies: ["CReadline"]),
    .executableTarget(
      name: "clusterlab",
      dependencies: [
        "ClusterSyntax", "ClusterWorkspace", "ClusterSession", "LineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ClusterSyntaxTests", dependencies: ["ClusterSyntax"]),
    .testTarget(name: "ClusterWorkspaceTests", dependencies: ["ClusterSyntax", "ClusterWorkspace"]),
    .testTarget(name: "ClusterModelTests", dependencies: ["ClusterSyntax", "ClusterWorkspace", "ClusterModel"]),
    .testTarget(
      name: "ClusterSessionTests", dependencies: ["ClusterSyntax", "ClusterWorkspace", "ClusterSession"],
      exclude: ["Golden", "Cases"]),
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
    .testTarget(name: "CLITests", dependencies: ["clusterlab"]),
  ]
)
