// `export` from the command line: piped output and NO_COLOR carry no escape sequence, not in what
// the tool prints nor in the files it writes; `--format json` reports the export as one line.

import Foundation
import Testing

@Suite struct ExportCLITests {
  @Test func exportsWriteNoEscapeSequences() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-export-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let example = repositoryRootPath() + "/Tests/ClusterSessionTests/Cases/knit.cluster"
    let formats = ["html": "r.html", "json": "r.json", "csv": "r.csv", "markdown": "r.md", "dot": "r.dot", "svg network": "n.svg"]
    var arguments = [example]
    for (format, file) in formats.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "export \(format) to \"\(folder)/\(file)\" replace"] }
    for environment in [["NO_COLOR": "1"], ["TERM": "xterm-256color"]] {
      // Each run a new session: the files of the last one need `replace`.
      let result = try runTool(arguments, environment: environment)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"))
      #expect(result.stdout.contains("exported html of Knit to"))
      for file in formats.values {
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        #expect(!text.contains("\u{1B}"), "\(file)")
      }
    }
    let stream = try runTool(["--format", "json", example, "-e", "export json to \"\(folder)/r.json\" replace"])
    let line = try #require(stream.stdout.split(separator: "\n").last)
    #expect(line.hasPrefix("{\"command\":\"export\""))
    #expect(line.contains("\"format\":\"json\"") && line.contains("\"clusters\":[\"Knit\"]"))
  }
}
