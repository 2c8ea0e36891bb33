// swift-tools-version: 6.0
// The clusterlab package: phases in a line, each its own module.
//   ClusterSyntax    source text → tokens → syntax tree (+ diagnostics, canonical printer)
//   ClusterWorkspace syntax tree → checked workspace (schema, values, expressions)
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
    .target(name: "ClusterWorkspace", dependencies: ["ClusterSyntax"]),
    .target(name: "ClusterSession", dependencies: ["ClusterSyntax", "ClusterWorkspace"]),
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
    .testTarget(
      name: "ClusterSessionTests", dependencies: ["ClusterSyntax", "ClusterWorkspace", "ClusterSession"],
      exclude: ["Golden"]),
    .testTarget(name: "CLITests", dependencies: ["clusterlab"]),
  ]
)
