// Protection from the outside: `--safe` for scripts from others, `--limit`, and the REPL's
// journal brought back by `--recover` after a kill -9 under a real pseudo-terminal.

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to completion; returns its exit status.
func runProcess(_ program: String, _ arguments: [String]) throws -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
  process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus
}

@Suite(.serialized) struct ProtectionTests {
  /// A folder with a script, a file beside it, and a file outside it reached by a symlink.
  func scriptFolder() throws -> (folder: String, outside: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-safe-\(UUID().uuidString)").path
    let folder = root + "/case"
    let outside = root + "/elsewhere"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try "firm Beside { role: producer }\n".write(toFile: folder + "/beside.cluster", atomically: true, encoding: .utf8)
    try "firm Secret { role: producer }\n".write(toFile: outside + "/secret.cluster", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.cluster", withDestinationPath: outside + "/secret.cluster")
    return (folder, outside)
  }

  @Test func safeModeRefusesWritesAndReadsOutsideTheScriptsFolder() throws {
    let (folder, outside) = try scriptFolder()
    try "cluster C\ninclude \"beside.cluster\"\nsave \"out.cluster\"\n".write(toFile: folder + "/save.cluster", atomically: true, encoding: .utf8)
    let saving = try runTool(["--safe", folder + "/save.cluster"])
    #expect(saving.status == 1)
    #expect(saving.stderr.contains("save.cluster:3:6: error: `--safe` writes no files"), "\(saving.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/out.cluster"))
    // Without --safe the same script saves.
    #expect(try runTool([folder + "/save.cluster"]).status == 0)
    #expect(FileManager.default.fileExists(atPath: folder + "/out.cluster"))

    for (name, target) in [("via-up", "../elsewhere/secret.cluster"), ("via-absolute", outside + "/secret.cluster"), ("via-link", "link.cluster")] {
      try "cluster C\ninclude \"\(target)\"\n".write(toFile: folder + "/\(name).cluster", atomically: true, encoding: .utf8)
      let r = try runTool(["--safe", folder + "/\(name).cluster"])
      #expect(r.status == 1, "\(name)")
      #expect(r.stderr.contains("\(name).cluster:2:9: error:") && r.stderr.contains("outside the script's folder"), "\(name): \(r.stderr)")
      #expect(!r.stdout.contains("Secret"))
    }
    // `check --safe` refuses the same include; plain `check` reads it.
    #expect(try runTool(["check", "--safe", folder + "/via-link.cluster"]).status == 1)
    #expect(try runTool(["check", folder + "/via-link.cluster"]).status == 0)
    // Inside the folder is fine.
    try "cluster C\ninclude \"beside.cluster\"\nprint count(firms)\n".write(toFile: folder + "/ok.cluster", atomically: true, encoding: .utf8)
    let inside = try runTool(["--safe", folder + "/ok.cluster"])
    #expect(inside.status == 0 && inside.stdout == "1\n", "\(inside.stderr)")
  }

  @Test func limitsAreSettableAndLowerUnderSafe() throws {
    let tight = try runTool(["--limit", "runs=5", "-e", "runs 10"])
    #expect(tight.status == 1)
    #expect(tight.stderr.contains("<-e>:1:6: error: `runs` takes a whole number from 1 to 5"), "\(tight.stderr)")
    #expect(tight.stderr.contains("--limit runs=N"))
    #expect(try runTool(["--safe", "-e", "runs 20000"]).status == 1)
    #expect(try runTool(["--safe", "--limit", "runs=20000", "-e", "runs 20000"]).status == 0)
    let years = try runTool(["-e", "cluster C { year: 1900 }", "-e", "simulate 1900 to 2150", "--safe"])
    #expect(years.status == 1)
    #expect(years.stderr.contains("250 years is more than the limit of 200"), "\(years.stderr)")
    #expect(try runTool(["-e", "cluster C { year: 1900 }", "-e", "simulate 1900 to 2150"]).status == 0)
    #expect(try runTool(["--limit", "years=100", "-e", "cluster C { year: 2000 }", "-e", "simulate 2000 to 2150"]).status == 1)
    let bad = try runTool(["--limit", "speed=3", "-e", "print 1"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("no limit named `speed`"), "\(bad.stderr)")
    #expect(try runTool(["--limit", "runs", "-e", "print 1"]).status == 2)
  }

  /// A save that cannot complete — a read-only folder, a full disk — leaves the old file whole
  /// and no temporary file behind.
  @Test func aFailingSaveLeavesTheOldFileIntact() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-save-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let old = "# the old case\ncluster Old\n"
    try old.write(toFile: folder + "/case.cluster", atomically: true, encoding: .utf8)
    let statements = ["-e", "load \"" + repositoryRootPath() + "/examples/tirupur.cluster\"", "-e", "save \"case.cluster\" replace"]

    // Read-only folder: chmod is no obstacle to root, so root makes the folder immutable.
    let root = getuid() == 0
    let lock = root ? ["chattr", "+i", folder] : ["chmod", "0555", folder]
    let unlock = root ? ["chattr", "-i", folder] : ["chmod", "0755", folder]
    let locked = try runProcess(lock[0], Array(lock.dropFirst())) == 0
    defer { _ = try? runProcess(unlock[0], Array(unlock.dropFirst())) }
    if locked {
      let r = try runTool(statements, directory: folder)
      #expect(r.status == 1)
      #expect(r.stderr.contains("<-e #2>:1:6: error: cannot save to `case.cluster`"), "\(r.stderr)")
      #expect(try String(contentsOfFile: folder + "/case.cluster", encoding: .utf8) == old)
      _ = try runProcess(unlock[0], Array(unlock.dropFirst()))
    } else {
      Issue.record("could not make \(folder) read-only with \(lock)")
    }

    // Full disk, simulated: a file-size limit of 1 KiB (SIGXFSZ ignored, so writes fail with EFBIG).
    let tool = toolPath()
    let script = "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""
    let full = try runTool(["-c", script, tool] + statements, directory: folder, executable: "/bin/bash")
    #expect(full.status == 1)
    #expect(full.stderr.contains("cannot save to `case.cluster`: File too large"), "\(full.stderr)")
    #expect(try String(contentsOfFile: folder + "/case.cluster", encoding: .utf8) == old)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(left == ["case.cluster"], "\(left)")
  }

  /// Past the CPU ceiling the process stops with status 1 and says why, not with a signal.
  @Test func theCPUCeilingStopsALongRunWithStatusOne() throws {
    let r = try runTool([
      "--limit", "cpu_seconds=1", "--limit", "run_years=100000000", "-e", "cluster C { year: 2000, exports: 5 musd }",
      "-e", "firms m: 10 { role: producer }", "-e", "runs 100000", "-e", "simulate 2000 to 2100",
    ])
    #expect(r.status == 1)
    #expect(r.stderr.contains("the CPU-time ceiling was reached"), "\(r.stderr)")
  }

  /// Ctrl-D with unsaved work warns once and stays; Ctrl-D again leaves and keeps the journal,
  /// so `--recover` brings the case back. Ctrl-D inside an open block drops the block.
  @Test func ctrlDWithUnsavedWorkWarnsThenLeavesAndRecoverBringsItBack() throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-ctrld-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    let pty = try PseudoTerminal.clusterlab(["-q"], state: state)
    try pty.expect("^clusterlab> $")
    pty.enter("cluster Z { type: manufacturing, year: 2000 }")
    try pty.expect("^clusterlab> $")
    pty.enter("firms makers: 40 { role: producer }")
    try pty.expect("^clusterlab> $")
    pty.enter("institution Assoc {")
    try pty.expect("^\\.{9}\\{> $")
    pty.sendKey(.ctrlD)
    try pty.expect("the unfinished entry is dropped")
    try pty.expect("^clusterlab> $")
    pty.sendKey(.ctrlD)
    try pty.expect("2 changes not saved: `save FILE`, or Ctrl-D")
    try pty.expect("^clusterlab> $")
    pty.sendKey(.ctrlD)
    #expect(try pty.waitForExit() == 0)
    let recovered = try runTool(
      ["--recover", "-e", "list firms", "-e", "list institutions"], directory: state,
      environment: ["XDG_STATE_HOME": state + "/state", "CLUSTERLAB_JOURNAL": state + "/state/clusterlab/journal"])
    #expect(recovered.status == 0, "\(recovered.stderr)")
    #expect(recovered.stdout.contains("makers"), "\(recovered.stdout)")
    #expect(!recovered.stdout.contains("Assoc"), "the dropped block is not journaled: \(recovered.stdout)")
  }

  /// The acceptance test of the journal: statements typed at a real terminal, the process
  /// killed with SIGKILL, then `--recover` brings every accepted statement back.
  @Test func killNineThenRecoverBringsBackEveryAcceptedStatement() throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-journal-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    let pty = try PseudoTerminal.clusterlab(["-q"], state: state)
    try pty.expect("^clusterlab> $")
    let accepted = [
      "cluster Knit { type: manufacturing, year: 2000, exports: 20 musd }",
      "firms makers: 300 { role: producer }",
      "institution Assoc { kind: association, roles: [catalyst] }",
      "link makers -> Assoc : member",
      "set makers.count = 320",
      "intervention Fair { kind: trade_fair, lead: Assoc, start: 2001 }",
      "set param trust_low = 0.25",
      "seed 7",
    ]
    for line in accepted {
      pty.enter(line)
      try pty.expect("^clusterlab> $")
    }
    // A failing statement is not journaled; a multi-line block is.
    pty.enter("firm Bad { role: wizard }")
    try pty.expect("^clusterlab> $")
    pty.enter("consortium Group {")
    try pty.expect("^\\.{9}\\{> $")
    pty.enter("  members: [makers]")
    pty.enter("}")
    try pty.expect("^clusterlab> $")
    kill(pty.pid, SIGKILL)
    _ = try? pty.waitForExit()

    let recovered = try runTool(
      ["--recover", "-e", "show makers", "-e", "show Assoc", "-e", "show Fair", "-e", "show Group", "-e", "list links", "-e", "params",
       "-e", "print count(firms)"],
      environment: ["XDG_STATE_HOME": state + "/state", "CLUSTERLAB_JOURNAL": state + "/state/clusterlab/journal"])
    #expect(recovered.status == 0, "\(recovered.stderr)")
    #expect(recovered.stdout.contains("recovered 9 statements from"), "\(recovered.stdout)")
    #expect(recovered.stdout.contains("firms makers: 320"))
    #expect(recovered.stdout.contains("institution Assoc"))
    #expect(recovered.stdout.contains("makers  ->  Assoc  member"), "\(recovered.stdout)")
    #expect(recovered.stdout.contains("intervention Fair"))
    #expect(recovered.stdout.contains("consortium Group"))
    #expect(recovered.stdout.contains("0.25* share"), "\(recovered.stdout)")
    #expect(!recovered.stdout.contains("Bad"))
    #expect(recovered.stdout.hasSuffix("320\n"), "\(recovered.stdout)")

    // A REPL started afterwards recovers it; once the work is saved, leaving removes the journal.
    let again = try PseudoTerminal.clusterlab(["-q", "--recover"], state: state)
    try again.expect("recovered 9 statements")
    try again.expect("^clusterlab> $")
    again.enter("print count(firms)")
    try again.expect("^320$")
    again.enter("save \"\(state)/recovered.cluster\"")
    try again.expect("^clusterlab> $")
    again.enter("quit")
    #expect(try again.waitForExit() == 0)
    let journals = (try? FileManager.default.contentsOfDirectory(atPath: state + "/state/clusterlab/journal")) ?? []
    #expect(journals.isEmpty, "\(journals)")
    let nothing = try runTool(["--recover", "-e", "print 1"], environment: ["CLUSTERLAB_JOURNAL": state + "/state/clusterlab/journal"])
    #expect(nothing.status == 0)
    #expect(nothing.stderr.contains("no interrupted session to recover"))
  }
}
