// Golden files: each Golden/NAME.cluster runs in a fresh session and its transcript (results
// and rendered diagnostics, in order) must equal Golden/NAME.out. Set RECORD_GOLDEN=1 to
// rewrite the .out files; the run then fails, so a recording is never silent. Review the diff.
//
// A first line `# keep-going` runs the whole file past errors; `# check` checks it as
// `clusterlab check` does. A line `# width N` among the first comments renders for a screen N
// columns wide (else 80, a session's own width).

import ClusterSyntax
import Testing

@testable import ClusterSession

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct GoldenTests {
  static let folder = repositoryRoot() + "/Tests/ClusterSessionTests/Golden"
  static let cases = files(in: folder, ending: ".cluster")

  @Test(arguments: cases)
  func transcriptMatches(_ name: String) throws {
    let text = try readFile(GoldenTests.folder + "/" + name)
    let recorder = Recorder()
    recorder.session.keepGoing = text.hasPrefix("# keep-going")
    if text.hasPrefix("# check") { recorder.session.mode = .check }
    if let width = GoldenTests.width(text) { recorder.session.screen = Screen(width: width) }
    recorder.run(text, name: name, path: GoldenTests.folder + "/" + name)
    let expectedPath = GoldenTests.folder + "/" + name.dropLast(".cluster".count) + ".out"
    if getenv("RECORD_GOLDEN") != nil {
      try FileSystem.writeAtomically(recorder.transcript, to: expectedPath)
      Issue.record("recorded \(expectedPath); unset RECORD_GOLDEN and review the diff")
      return
    }
    let expected = try readFile(expectedPath)
    #expect(recorder.transcript == expected, "\(name): run with RECORD_GOLDEN=1 to see the new output in git diff")
  }

  /// The `# width N` of the comment lines a golden file starts with.
  static func width(_ text: String) -> Int? {
    for line in text.split(separator: "\n") {
      guard line.hasPrefix("#") else { break }
      if line.hasPrefix("# width "), let n = Int(line.dropFirst("# width ".count)) { return n }
    }
    return nil
  }

  @Test func thereAreGoldenFiles() {
    #expect(GoldenTests.cases.count >= 8)
  }
}
