// `--format json` through the real binary (issue 11): standard output a stream of JSON lines
// that a line-oriented reader takes one at a time, errors JSON lines on standard error, and
// `check` verdicts as JSON.

import Foundation
import Testing

/// Each non-empty line of `text` as a JSON object; a line that is not one is recorded.
func jsonLines(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
  #expect(text.isEmpty || text.hasSuffix("\n"), "the stream ends its last line", sourceLocation: sourceLocation)
  return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { line in
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
      Issue.record("not a JSON object: \(line.prefix(200))", sourceLocation: sourceLocation)
      return nil
    }
    return object
  }
}

@Suite struct JSONStreamCLITests {
  @Test func anExampleAndStatementsGiveOneJSONLineEach() throws {
    let result = try runTool([
      "--format", "json", "--echo", "examples/tirupur.cluster", "-e", "list firms", "-e", "show TEA", "-e", "print 1 + 1",
      "-e", "simulate 1990 to 1995", "-e", "plot exports", "-e", "help", "-e", "undo",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let records = jsonLines(result.stdout)
    #expect(records.allSatisfy { $0["command"] is String })
    let fromStatements = records.filter { ($0["file"] as? String)?.hasPrefix("<-e") == true && $0["echo"] == nil }
    #expect(fromStatements.map { $0["command"] as? String } == ["list", "show", "print", "simulate", "plot", "help", "undo"])
    #expect(records.contains { $0["file"] as? String == "examples/tirupur.cluster" && $0["echo"] is String })
  }

  @Test func aFailingStatementIsAJSONErrorOnStandardError() throws {
    let result = try runTool(["--format", "json", "-e", "cluster X", "-e", "firm A { role: produser }"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let errors = jsonLines(result.stderr)
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect(error["severity"] as? String == "error")
    #expect(error["file"] as? String == "<-e #2>")
    #expect(error["line"] as? Int == 1)
    #expect(error["column"] as? Int == 16)
    #expect((error["help"] as? String)?.hasPrefix("did you mean `producer`?") == true)
  }

  @Test func anUnreadableFileIsAJSONError() throws {
    let result = try runTool(["--format", "json", "no-such-file.cluster"])
    #expect(result.status == 1)
    let error = try #require(jsonLines(result.stderr).first)
    #expect(error["file"] as? String == "no-such-file.cluster")
    #expect((error["message"] as? String)?.hasPrefix("cannot read no-such-file.cluster") == true)
  }

  @Test func checkGivesAVerdictAFile() throws {
    let bad = try writeTemporary("bad.cluster", "cluster X\nfirm A { role: produser }\n")
    let result = try runTool(["check", "--format", "json", "examples/ludhiana.cluster", bad])
    #expect(result.status == 1)
    let verdicts = jsonLines(result.stdout)
    #expect(verdicts.map { $0["ok"] as? Bool } == [true, false])
    #expect(verdicts.first?["command"] as? String == "check")
    #expect((verdicts.first?["summary"] as? String)?.hasPrefix("cluster Ludhiana") == true)
    #expect(verdicts.last?["errors"] as? Int == 1)
    #expect(jsonLines(result.stderr).first?["line"] as? Int == 2)
  }

  /// `fmt` and `demo` are for people: `--format` is a usage error there, not ignored.
  @Test func fmtAndDemoRefuseFormat() throws {
    #expect(try runTool(["fmt", "--format", "json", "examples/tirupur.cluster"]).status == 2)
    #expect(try runTool(["demo", "--format", "json"]).status == 2)
  }

  /// A script on standard input streams as a file does.
  @Test func pipedScriptsStream() throws {
    let result = try runTool(["--format", "json"], stdin: "cluster X\nfirm A\nlist\nprint X.year\n")
    #expect(result.status == 0, "\(result.stderr)")
    let records = jsonLines(result.stdout)
    #expect(records.map { $0["file"] as? String } == ["<stdin>", "<stdin>"])
    #expect((records.last?["result"] as? [String: Any])?["value"] is NSNull)
  }
}
