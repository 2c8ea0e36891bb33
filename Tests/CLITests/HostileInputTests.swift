// Hostile files against the real binary: each generated at test time into a temporary folder
// (nothing big is committed), run with a 30-second deadline: a guard against hangs, not a
// timing (a loaded 2-core machine runs the suites in parallel). None may crash, hang or print a raw
// escape; errors must be located (`NAME.cluster:LINE:COL: error:`). docs/robustness.md,
// "Hostile files", lists the cases and their times.

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// How a run of the tool under a deadline ended.
struct HostileRun {
  var status: Int32
  /// Whether the process ended by a signal (a crash) rather than exiting.
  var signalled: Bool
  var timedOut: Bool
  var seconds: Double
  var stdout: Data
  var stderr: Data
}

/// Runs the tool with its output in files (a 10 MB answer cannot fill a pipe and block it), and
/// kills it when `deadline` seconds have passed.
func runWithDeadline(_ arguments: [String], in folder: String, deadline: Double = 30) throws -> HostileRun {
  let outPath = folder + "/.stdout-\(UUID().uuidString)"
  let errPath = folder + "/.stderr-\(UUID().uuidString)"
  _ = FileManager.default.createFile(atPath: outPath, contents: nil)
  _ = FileManager.default.createFile(atPath: errPath, contents: nil)
  defer {
    try? FileManager.default.removeItem(atPath: outPath)
    try? FileManager.default.removeItem(atPath: errPath)
  }
  let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
  let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
  let process = Process()
  process.executableURL = URL(fileURLWithPath: toolPath())
  process.arguments = arguments
  process.currentDirectoryURL = URL(fileURLWithPath: folder)
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = "1"
  env["CLUSTERLAB_HISTORY"] = ""
  env["SWIFT_BACKTRACE"] = "enable=no"
  process.environment = env
  process.standardInput = FileHandle.nullDevice
  process.standardOutput = out
  process.standardError = err
  let start = Date()
  try process.run()
  var timedOut = false
  while process.isRunning {
    if Date().timeIntervalSince(start) > deadline {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
      break
    }
    usleep(10_000)
  }
  process.waitUntilExit()
  let seconds = Date().timeIntervalSince(start)
  try out.close()
  try err.close()
  return HostileRun(
    status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
    seconds: seconds, stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
    stderr: FileManager.default.contents(atPath: errPath) ?? Data())
}

/// One hostile case: the files to write (the first is the one run) and how to run it.
struct HostileCase: CustomTestStringConvertible, Sendable {
  let name: String
  let files: @Sendable () -> [(String, [UInt8])]
  /// Also run `clusterlab check FILE`.
  var check = false
  /// Options before the file (`--keep-going` runs every statement of a file of errors).
  var options: [String] = []
  /// The exit status the case must end with, when it is known.
  var expected: Int32? = nil

  var testDescription: String { name }
}

private func text(_ s: String) -> [UInt8] { Array(s.utf8) }

private let clusterLine = "cluster C { year: 2000, type: manufacturing }\n"

/// A deterministic generator (SplitMix64) for the random-bytes case.
private struct Seeded {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

let hostileCases: [HostileCase] = [
  HostileCase(name: "parens-100000", files: { [("parens.cluster", text("let x = " + String(repeating: "(", count: 100_000) + "1\n"))] }, check: true, expected: 1),
  HostileCase(name: "brackets-100000", files: { [("brackets.cluster", text("let x = " + String(repeating: "[", count: 100_000) + "\n"))] }, check: true, expected: 1),
  HostileCase(name: "for-bodies-10000", files: {
    [("fors.cluster", text(clusterLine + String(repeating: "for i in [1] {\n", count: 10_000) + String(repeating: "}\n", count: 10_000)))]
  }, check: true, expected: 1),
  HostileCase(name: "scenario-braces-10000", files: {
    [("braces.cluster", text(clusterLine + "scenario S from C {" + String(repeating: "{", count: 10_000) + "\n"))]
  }, check: true, expected: 1),
  HostileCase(name: "line-10MB-string", files: {
    [("line.cluster", text("print \"" + String(repeating: "abcdefghij", count: 1_000_000) + "\"\n"))]
  }, check: true, expected: 1),
  HostileCase(name: "line-10MB-identifier", files: { [("ident.cluster", text(String(repeating: "a", count: 10_000_000) + "\n"))] }, expected: 1),
  // Token-dense: 2 MB of `1 + ` (a debug build lexes about 1 MB of tokens a second; 10 MB took 9 s).
  HostileCase(name: "line-2MB-operator-chain", files: {
    [("chain.cluster", text("let x = " + String(repeating: "1 + ", count: 500_000) + "1\n"))]
  }, check: true, expected: 1),
  HostileCase(name: "cohort-10M-evaluate-simulate", files: {
    [("big.cluster", text(clusterLine + "firms a: 10000000\nevaluate\nnetwork\nsimulate 2000 to 2005\n"))]
  }, expected: 0),
  HostileCase(name: "cohort-99999999999", files: { [("huge.cluster", text(clusterLine + "firms b: 99999999999\n"))] }, check: true, expected: 1),
  HostileCase(name: "cohorts-summing-past-limit", files: {
    [("sum.cluster", text(clusterLine + (0..<12).map { "firms c\($0): 1000000\n" }.joined()))]
  }, check: true, expected: 1),
  HostileCase(name: "declarations-100000", files: {
    [("decls.cluster", text(clusterLine + (0..<100_000).map { "firm F\($0)\n" }.joined()))]
  }, expected: 0),
  HostileCase(name: "include-cycle", files: {
    [("a.cluster", text("include \"b.cluster\"\n")), ("b.cluster", text("include \"a.cluster\"\n"))]
  }, check: true, expected: 1),
  HostileCase(name: "include-self", files: { [("self.cluster", text("include \"self.cluster\"\n"))] }, check: true, expected: 1),
  HostileCase(name: "include-depth-50", files: {
    (0..<50).map { ("d\($0).cluster", text("include \"d\($0 + 1).cluster\"\n")) } + [("d50.cluster", text("let x = 1\n"))]
  }, check: true, expected: 1),
  HostileCase(name: "random-1MB", files: {
    var g = Seeded(state: 2005)
    return [("random.cluster", (0..<(1 << 20)).map { _ in UInt8(truncatingIfNeeded: g.next()) })]
  }, check: true, expected: 1),
  HostileCase(name: "invalid-utf8", files: { [("utf8.cluster", [0x63, 0x6C, 0x75, 0x73, 0x74, 0x65, 0x72, 0x20, 0xFF, 0xFE, 0x0A, 0x66, 0x69, 0x72, 0x6D, 0x20, 0xC3, 0x28, 0x0A])] }, check: true, expected: 1),
  HostileCase(name: "nul-bytes", files: { [("nul.cluster", text("cluster C\u{0} { year: 2000 }\nfirm A\u{0}B\nprint \"a\u{0}b\"\n"))] }, check: true, expected: 1),
  HostileCase(name: "ansi-escapes", files: {
    [("ansi.cluster", text(
      "cluster \"\u{1B}[31mRed\u{1B}[0m\" { year: 2000 }\nfirm \"\u{1B}]0;title\u{07}\"\nprint \"\u{1B}[2J\"\nprint \"\u{9B}31m\"\nfirm \u{1B}[1mX\nlet \u{1B}x = 1\n"))]
  }, check: true, expected: 1),
  HostileCase(name: "bom-crlf-tabs", files: {
    [("bom.cluster", text("\u{FEFF}cluster C {\r\n\tyear: 2000\r\n\ttype: manufacturing\r\n}\r\nfirm\tA\r\nevaluate\r\n"))]
  }, check: true, expected: 0),
  HostileCase(name: "simulate-1800-to-2200", files: { [("sim.cluster", text(clusterLine + "simulate 1800 to 2200\n"))] }),
  HostileCase(name: "simulate-2000-to-1", files: { [("back.cluster", text(clusterLine + "simulate 2000 to 1\n"))] }, check: true, expected: 1),
  HostileCase(name: "runs-1000000", files: { [("runs.cluster", text(clusterLine + "runs 1000000\nsimulate 2000 to 2010\n"))] }, expected: 1),
  HostileCase(name: "numbers-overflow", files: {
    let digits = String(repeating: "9", count: 400)
    return [("big.cluster", text(clusterLine + "let x = \(digits)\nprint x * x\nprint 1e400\nfirms a: \(digits)\nset C.year = \(digits)\nsimulate 2000 to 2005\n"))]
  }, check: true, options: ["--keep-going"], expected: 1),
  HostileCase(name: "nan-and-infinity", files: {
    let huge = "1" + String(repeating: "0", count: 300)
    return [("nan.cluster", text(
      clusterLine + "firms a: 100\nlet x = 1/0\nlet y = 0/0\nlet z = \(huge) * \(huge)\nprint x\nprint y\nprint z\nprint -z\nset param trust_low = \(huge)\nset param exit_rate = 0/0\nset C.exports = \(huge) busd\nset C.trust = \(huge)\nevaluate\nsimulate 2000 to 2005\nsensitivity on exports in 2004\n"))]
  }, options: ["--keep-going"], expected: 1),
  HostileCase(name: "for-8-deep-10-each", files: {
    var s = "let s = 0\n"
    for i in 0..<8 { s += String(repeating: "  ", count: i) + "for v\(i) in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] {\n" }
    s += String(repeating: "  ", count: 8) + "let s = s + 1\n"
    for i in (0..<8).reversed() { s += String(repeating: "  ", count: i) + "}\n" }
    return [("for8.cluster", text(s))]
  }, check: true, expected: 1),
  HostileCase(name: "sensitivity-big-cohorts", files: {
    [("sens.cluster", text(clusterLine + "firms a: 5000000\nfirms b: 4000000 { role: supplier }\nsensitivity on exports in 2010\n"))]
  }),
  HostileCase(name: "monte-carlo-past-run-years", files: {
    [("mc.cluster", text(clusterLine + "firms a: 1000\nseed 1\nruns 100000\nsimulate 1800 to 2200\n"))]
  }, expected: 1),
]

@Suite(.serialized) struct HostileInputTests {
  @Test(arguments: hostileCases) func hostileFile(_ c: HostileCase) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-hostile-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let files = c.files()
    for (name, bytes) in files {
      #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes)))
    }
    guard let main = files.first?.0 else { return }
    var runs: [[String]] = [c.options + [main]]
    if c.check { runs.append(["check", main]) }
    for arguments in runs {
      let run = try runWithDeadline(arguments, in: folder)
      let what = "\(c.name): clusterlab \(arguments.joined(separator: " "))"
      print(String(format: "hostile %@: %.2f s, exit %d", what, run.seconds, run.status))
      #expect(!run.timedOut, "\(what) took more than 30 s")
      #expect(!run.signalled, "\(what) ended by signal \(run.status)")
      #expect(run.status == 0 || run.status == 1, "\(what) exited \(run.status)")
      if let expected = c.expected, !run.timedOut { #expect(run.status == expected, "\(what)") }
      #expect(!run.stdout.contains(0x1B) && !run.stderr.contains(0x1B), "\(what) printed a raw escape")
      if run.status == 1 {
        let stderr = String(decoding: run.stderr.prefix(1 << 20), as: UTF8.self)
        let located = stderr.range(of: #"[A-Za-z0-9_.-]+\.cluster:[0-9]+:[0-9]+: error:"#, options: .regularExpression)
        #expect(located != nil, "\(what) failed without a located error: \(stderr.prefix(300))")
      }
      // Diagnostics show a window of a long line, never all of it.
      #expect(run.stderr.count < 1 << 20, "\(what) wrote \(run.stderr.count) bytes of diagnostics")
    }
  }
}
