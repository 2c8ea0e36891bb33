// Helpers for the model tests: build a cluster from source text and evaluate it.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace
import Testing

#if canImport(Glibc)
  import Glibc
#endif

struct CaseError: Error, CustomStringConvertible {
  let description: String
}

/// The workspace built from `text`; any error fails with its message and location.
func workspace(_ text: String, name: String = "case.cluster") throws -> Workspace {
  var workspace = Workspace()
  let (script, errors) = Parser.parse(SourceFile(name: name, text: text))
  if let first = errors.first { throw CaseError(description: "\(first.span?.location ?? ""): \(first.message)") }
  for statement in script.statements {
    switch statement.kind {
    case .declaration, .link, .target, .set, .drop, .dropLink, .use, .let:
      do {
        try workspace.apply(statement)
      } catch {
        throw CaseError(description: "\(error.span?.location ?? ""): \(error.message)")
      }
    default: continue  // commands (print, list, assert …) are not the model's business
    }
  }
  return workspace
}

/// Evaluates the current cluster of `text`, as of its year or of `year`.
func evaluate(_ text: String, _ parameters: ParameterSet = ParameterSet(), in year: Int? = nil) throws -> Evaluation {
  let cluster = try #require(try workspace(text).current)
  return ClusterModel.evaluate(cluster, parameters: parameters, in: year)
}

func status(_ e: Evaluation, _ n: Int) -> InsightStatus { e.insights[n - 1].status }

/// The text of an example file.
func example(_ name: String) throws -> String {
  var path = #filePath
  for _ in 0..<3 {
    if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
  }
  path += "/examples/" + name
  return try readDocs(path)
}

/// A file's text (an example or a documentation file).
func readDocs(_ path: String) throws -> String {
  guard let f = fopen(path, "r") else { throw CaseError(description: "cannot open \(path)") }
  defer { fclose(f) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = fread(&buffer, 1, buffer.count, f)
    if n <= 0 { break }
    bytes += buffer[0..<n]
  }
  return String(decoding: bytes, as: UTF8.self)
}
