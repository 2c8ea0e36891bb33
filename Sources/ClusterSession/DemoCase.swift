// The case `clusterlab demo` tours: Tirupur in 1990, one of the built-in examples.

import ClusterSyntax

public enum DemoCase {
  /// examples/tirupur.cluster, verbatim (BuiltinCases.swift).
  public static var tirupur: String { BuiltinCases.text(named: "tirupur") ?? "" }
}

extension BuiltinCases {
  /// The text of the built-in case `name` (`tirupur`, or `tirupur.cluster` as a file names it).
  public static func text(named name: String) -> String? {
    let key = name.hasSuffix(".cluster") ? String(name.dropLast(".cluster".count)) : name
    return all.first { $0.name == key }?.text
  }

  /// The source name of a built-in case in diagnostics: `<example tirupur>`.
  public static func sourceName(_ name: String) -> String { "<example \(name)>" }

  /// Whether a source is a built-in case (its relative `load`s then name built-in cases too).
  public static func isBuiltin(_ file: SourceFile) -> Bool {
    file.path == nil && file.name.hasPrefix("<example ") && file.name.hasSuffix(">")
  }
}
