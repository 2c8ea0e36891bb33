// Helpers shared by the session tests: a session that records its output, files, paths.

import ClusterSyntax
import Testing

@testable import ClusterSession

#if canImport(Glibc)
  import Glibc
#endif

/// A session whose results and rendered diagnostics go to one transcript, in order.
final class Recorder {
  var transcript = ""
  var diagnostics: [Diagnostic] = []
  lazy var session: Session = Session(
    output: { [unowned self] in self.transcript += $0 },
    report: { [unowned self] in
      self.diagnostics.append($0)
      self.transcript += DiagnosticRenderer().render($0)
    })

  @discardableResult
  func run(_ text: String, name: String = "t.cluster", path: String? = nil) -> RunOutcome {
    session.run(SourceFile(name: name, text: text, path: path))
  }
}

/// The repository root, found from this file's path.
func repositoryRoot() -> String {
  var path = #filePath
  for _ in 0..<3 {
    if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
  }
  return path
}

func readFile(_ path: String) throws -> String {
  try FileSystem.read(path)
}

/// The names of the files in a folder with a given extension, sorted.
func files(in folder: String, ending suffix: String) -> [String] {
  guard let dir = opendir(folder) else { return [] }
  defer { closedir(dir) }
  var names: [String] = []
  while let entry = readdir(dir) {
    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
      String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
    }
    if name.hasSuffix(suffix) { names.append(name) }
  }
  return names.sorted()
}

/// A fresh temporary folder.
func temporaryFolder() -> String {
  var template = Array("/tmp/clusterlab-test-XXXXXX".utf8CString)
  guard let made = mkdtemp(&template) else { return "/tmp" }
  return String(cString: made)
}

extension FileError: CustomStringConvertible {
  public var description: String { reason }
}
