// The real binary from the outside: exit codes, streams, piped input, check, fmt, demo.

import Foundation
import Testing

/// The built `clusterlab` next to the test bundle (SwiftPM builds it for this target).
func toolPath() -> String {
  let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clusterlab").path
  if FileManager.default.isExecutableFile(atPath: beside) { return beside }
  return repositoryRootPath() + "/.build/debug/clusterlab"
}

func repositoryRootPath() -> String {
  URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}

struct ToolResult {
  let status: Int32
  let stdout: String
  let stderr: String
}

/// Runs the tool with arguments and standard input, in `directory`.
func runTool(
  _ arguments: [String], stdin: String = "", directory: String? = nil, environment: [String: String] = [:],
  executable: String? = nil
) throws -> ToolResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable ?? toolPath())
  process.arguments = arguments
  process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repositoryRootPath())
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = "1"
  env["CLUSTERLAB_HISTORY"] = ""
  env["CLUSTERLAB_JOURNAL"] = ""
  for (k, v) in environment { env[k] = v }
  process.environment = env
  let input = Pipe()
  let output = Pipe()
  let error = Pipe()
  process.standardInput = input
  process.standardOutput = output
  process.standardError = error
  try process.run()
  // Standard error drains on its own thread: a child filling one pipe while we wait on the
  // other would never finish.
  let errorBox = DataBox()
  let errorRead = DispatchGroup()
  errorRead.enter()
  DispatchQueue.global().async {
    errorBox.data = error.fileHandleForReading.readDataToEndOfFile()
    errorRead.leave()
  }
  input.fileHandleForWriting.write(stdin.data(using: .utf8) ?? Data())
  try input.fileHandleForWriting.close()
  let out = output.fileHandleForReading.readDataToEndOfFile()
  errorRead.wait()
  let err = errorBox.data
  process.waitUntilExit()
  return ToolResult(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
}

/// A value handed from the thread that reads it to the one that waits for it (after `wait`).
final class DataBox: @unchecked Sendable {
  var data = Data()
}

func writeTemporary(_ name: String, _ text: String) throws -> String {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let path = folder.appendingPathComponent(name).path
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

@Suite struct CommandLineTests {
  @Test func versionAndHelp() throws {
    let version = try runTool(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "clusterlab 0.1.0\n")
    let help = try runTool(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("check"))
  }

  /// `clusterlab --help` lists every option of a run, each with its meaning on its line, and
  /// a usage error points there (not to a `run` command that help never mentions).
  @Test func helpListsEveryOption() throws {
    let help = try runTool(["--help"]).stdout
    let lines = help.split(separator: "\n")
    for option in ["-e, --eval <statement>", "-i ", "--keep-going", "--echo", "-q ", "--recover", "--color <color>",
      "--format <format>", "--safe", "--limit <NAME=VALUE>", "--version", "-h, --help"]
    {
      let line = lines.first { $0.hasPrefix("  " + option) }
      #expect(line.map { $0.count > 26 } == true, "\(option) is not listed with its meaning:\n\(help)")
    }
    #expect(!help.contains("clusterlab run"))
    for form in [["-h"], ["help"]] { #expect(try runTool(form).stdout == help) }
  }

  /// `fmt` takes many files; `--check` lists those not in canonical form and exits 1, prints
  /// nothing for canonical ones, and does not go with `--write`.
  @Test func fmtChecksManyFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fmt-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "cluster A {  year: 2000 }\n".write(toFile: folder + "/a.cluster", atomically: true, encoding: .utf8)
    try "cluster B { year: 2000 }\n".write(toFile: folder + "/b.cluster", atomically: true, encoding: .utf8)
    let checked = try runTool(["fmt", "--check", "a.cluster", "b.cluster"], directory: folder)
    #expect(checked.status == 1)
    #expect(checked.stdout == "a.cluster: not in canonical form (`clusterlab fmt -w a.cluster` rewrites it)\n")
    #expect(try runTool(["fmt", "-w", "a.cluster", "b.cluster"], directory: folder).status == 0)
    let again = try runTool(["fmt", "--check", "a.cluster", "b.cluster"], directory: folder)
    #expect(again.status == 0 && again.stdout.isEmpty, "\(again.stdout)")
    #expect(try runTool(["fmt", "-w", "--check", "a.cluster"], directory: folder).status == 2)
    #expect(try runTool(["fmt", "--format", "json", "a.cluster"], directory: folder).status == 2)
  }

  @Test func badUsageExitsTwo() throws {
    let result = try runTool(["--bogus"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--bogus"))
    #expect(result.stderr.contains("See `clusterlab --help` for every option."), "\(result.stderr)")
    #expect(!result.stderr.contains("clusterlab run"), "\(result.stderr)")
  }

  @Test func evalErrorsAreLocated() throws {
    let result = try runTool(["-e", "frim A"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("<-e>:1:1: error: unknown statement `frim`"))
    #expect(result.stderr.contains("did you mean `firm`?"))
  }

  @Test func evalStatementsRunInOrder() throws {
    let result = try runTool(["-e", "cluster X", "-e", "firm A", "-e", "undo", "-e", "list"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("nothing declared in cluster X"))
  }

  /// The acceptance: a misspelt enumeration value on line 3 exits 1 with
  /// `NAME.cluster:3:COL: error:`, a caret and the right suggestion.
  @Test func misspeltEnumerationOnLineThree() throws {
    let path = try writeTemporary("case.cluster", "cluster Demo\ninstitution TEA { kind: association }\nlink TEA -> TEA : partnr\n")
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let result = try runTool(["case.cluster"], directory: folder)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("case.cluster:3:19: error: unknown link kind `partnr`\n"))
    #expect(result.stderr.contains("3 | link TEA -> TEA : partnr\n  |                   ^^^^^^"))
    #expect(result.stderr.contains("help: did you mean `partner`?"))
  }

  @Test func pipedInputPrintsNoPromptAndNoEscapes() throws {
    let result = try runTool([], stdin: "cluster X\nfirm A\nlist clusters\n")
    #expect(result.status == 0)
    #expect(!result.stdout.contains("clusterlab>"))
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(result.stdout.contains("X"))
  }

  @Test func pipedScriptErrorsExitOneWithLocation() throws {
    let result = try runTool([], stdin: "cluster X\nfirm A { role: produser }\n")
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("<stdin>:2:16: error:"))
  }

  @Test func keepGoingRunsPastErrors() throws {
    let path = try writeTemporary("k.cluster", "cluster X\nfirm A\nfirm A\nprint \"after\"\n")
    let stop = try runTool([path])
    #expect(stop.status == 1)
    #expect(!stop.stdout.contains("after"))
    let go = try runTool(["--keep-going", path])
    #expect(go.status == 1)
    #expect(go.stdout.contains("after"))
  }

  @Test func missingFileIsAnInputError() throws {
    let result = try runTool(["no-such-file.cluster"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot read no-such-file.cluster"))
  }

  @Test func examplesRunAndCheck() throws {
    for name in ["tirupur", "ludhiana", "bangalore-machine-tools"] {
      let run = try runTool(["examples/\(name).cluster"])
      #expect(run.status == 0, "\(name): \(run.stderr)")
      let check = try runTool(["check", "examples/\(name).cluster"])
      #expect(check.status == 0, "\(name): \(check.stderr)")
      #expect(check.stdout.hasPrefix("examples/\(name).cluster: ok"))
    }
  }

  @Test func checkReportsEveryError() throws {
    let path = try writeTemporary("bad.cluster", "cluster X\nfirm A { role: produser }\nfirm B { size: hueg }\n")
    let result = try runTool(["check", path])
    #expect(result.status == 1)
    #expect(result.stderr.components(separatedBy: ": error: ").count == 3)
  }

  @Test func fmtIsIdempotentThroughTheBinary() throws {
    for name in ["tirupur", "ludhiana", "bangalore-machine-tools"] {
      let once = try runTool(["fmt", "examples/\(name).cluster"])
      #expect(once.status == 0)
      let twice = try runTool(["fmt", "-"], stdin: once.stdout)
      #expect(twice.stdout == once.stdout)
    }
  }

  @Test func demoRuns() throws {
    let result = try runTool(["demo"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("clusterlab> show TEA"))
    #expect(result.stdout.contains("catalyst"))
  }

  @Test func shebangScriptsRun() throws {
    let path = try writeTemporary("s.cluster", "#!/usr/bin/env clusterlab\ncluster X\nprint 1 + 1\n")
    let result = try runTool([path])
    #expect(result.status == 0)
    #expect(result.stdout == "2\n")
  }
}

/// The README's tour, typed as it stands, from an empty folder: it needs no checkout, and its
/// only error is the one it shows on purpose.
@Suite struct ReadmeTourTests {
  @Test func theTourRunsFromAnEmptyFolder() throws {
    let readme = try String(contentsOfFile: repositoryRootPath() + "/README.md", encoding: .utf8)
    var lines: [String] = []
    for block in readme.components(separatedBy: "```text\n").dropFirst() {
      for line in (block.components(separatedBy: "```").first ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
        for prompt in ["clusterlab> ", ".........{> "] where line.hasPrefix(prompt) { lines.append(String(line.dropFirst(prompt.count))) }
      }
    }
    #expect(lines.count > 30)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tour-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let result = try runTool(["--keep-going"], stdin: lines.joined(separator: "\n") + "\n", directory: folder)
    let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 1 && errors.first?.hasSuffix("error: unknown firm role `produser`") == true, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder + "/report.html"))
    #expect(FileManager.default.fileExists(atPath: folder + "/tirupur-sketch.cluster"))
  }
}
