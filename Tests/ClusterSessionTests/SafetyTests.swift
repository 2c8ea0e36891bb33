// The session's safety and limits: a sealed session reads and writes nothing, a statement that
// fails half-way through an included file leaves everything as before, loop limits count
// nested loops together, and the journal hears only accepted statements.

import ClusterSyntax
import Foundation
import Testing

@testable import ClusterSession

@Suite struct SafetyTests {
  @Test func aSealedSessionReadsAndWritesNothing() throws {
    let folder = temporaryFolder()
    try "cluster C\n".write(toFile: folder + "/c.cluster", atomically: true, encoding: .utf8)
    let r = Recorder()
    r.session.safety = .sealed
    #expect(r.run("include \"\(folder)/c.cluster\"").errors == 1)
    #expect(r.diagnostics.last?.message == "this session reads no files")
    #expect(r.run("cluster D\nsave \"\(folder)/d.cluster\"").errors == 1)
    #expect(!FileManager.default.fileExists(atPath: folder + "/d.cluster"))
    #expect(r.session.workspace.cluster(named: "D") != nil, "the declaration before the refused save stays")
  }

  /// Issue 5: "any failing statement, including one that fails half-way through an included
  /// file, leaves the workspace exactly as before" — and the session's settings too.
  @Test func aFailureHalfWayThroughAnIncludeLeavesEverythingAsBefore() throws {
    let folder = temporaryFolder()
    try """
      firm Early { role: producer }
      seed 99
      runs 50
      set param trust_low = 0.1
      firm Late { role: wizard }
      """.write(toFile: folder + "/half.cluster", atomically: true, encoding: .utf8)
    let r = Recorder()
    r.run("cluster C { year: 2000 }\nseed 3\nsimulate 2000 to 2002")
    let before = Session.savedText(of: r.session.workspace)
    let simulated = r.session.simulations.keys.sorted()
    #expect(r.run("include \"\(folder)/half.cluster\"").errors == 1)
    #expect(r.diagnostics.last?.message.contains("wizard") == true)
    #expect(Session.savedText(of: r.session.workspace) == before)
    #expect(r.session.seed == 3 && r.session.runs == 1)
    #expect(r.session.simulations.keys.sorted() == simulated)
    #expect(!r.session.parameterSet.isOverridden(.trustLow))
  }

  @Test func nestedLoopsCountTogetherAgainstTheLimit() throws {
    let r = Recorder()
    r.session.limits.loopIterations = 60  // 7 + 7 × 7 = 56 fits; 8 + 8 × 7 = 64 does not
    #expect(r.run("for a in [1, 2, 3, 4, 5, 6, 7] {\n  for b in [1, 2, 3, 4, 5, 6, 7] {\n    let x = a * b\n  }\n}").errors == 0)
    #expect(r.run("for a in [1, 2, 3, 4, 5, 6, 7, 8] {\n  for b in [1, 2, 3, 4, 5, 6, 7] {\n    let y = a * b\n  }\n}").errors == 1)
    let d = try #require(r.diagnostics.last)
    #expect(d.message == "more than 60 loop iterations in one statement")
    #expect(d.help?.contains("--limit loop_iterations=N") == true)
    #expect(r.session.workspace.variable("y") == nil)
  }

  @Test func runsAndYearsAreBoundedByTheSessionLimits() throws {
    let r = Recorder()
    r.session.limits.runs = 100
    r.session.limits.runYears = 1_000
    #expect(r.run("runs 101").errors == 1)
    #expect(r.run("cluster C { year: 2000, exports: 5 musd }\nfirms m: 10 { role: producer }\nruns 100\nsimulate 2000 to 2010").errors == 1)
    #expect(r.diagnostics.last?.message == "100 runs of 11 years is more than the limit of 1000 simulated years")
    #expect(r.run("simulate 2000 to 2008").errors == 0)
  }

  /// Declarations are undone by name (no copy of the workspace per line); undo and redo still
  /// give back exactly the workspace they should, cluster switches included.
  @Test func undoAndRedoOfDeclarationsRestoreTheWorkspaceExactly() throws {
    let r = Recorder()
    r.run("cluster A { year: 2000 }\nfirms m: 10 { role: producer }\ncluster B\nfirm X { role: exporter }")
    let afterB = Session.savedText(of: r.session.workspace)
    r.run("cluster A\nfirm Y { role: producer }")
    #expect(r.session.workspace.cluster(named: "A")?.firmCount == 11)
    r.run("undo")
    #expect(r.session.workspace.cluster(named: "A")?.entity(named: "Y") == nil)
    #expect(r.session.workspace.cluster(named: "A")?.firmCount == 10)
    #expect(r.session.workspace.currentName == "A")
    r.run("undo")
    #expect(Session.savedText(of: r.session.workspace) == afterB)
    r.run("redo\nredo")
    #expect(r.session.workspace.cluster(named: "A")?.entity(named: "Y") != nil)
    // A failed declaration changes nothing and leaves no undo step.
    let before = Session.savedText(of: r.session.workspace)
    #expect(r.run("firm Z { role: wizard }").errors == 1)
    #expect(Session.savedText(of: r.session.workspace) == before)
    r.transcript = ""
    r.run("undo")
    #expect(r.transcript == "undid: firm Y { role: producer }\n")
  }

  /// Numbers that overflow are located errors, never infinity, NaN or a trap.
  @Test func overflowingNumbersAreLocatedErrors() throws {
    let huge = String(repeating: "9", count: 400)
    let big = String(repeating: "9", count: 300)
    let r = Recorder()
    r.run("cluster C { year: 2000 }\nfirms m: 3 { role: producer }")
    for (text, column, message) in [
      ("print \(huge)", 7, "too large a number"),
      ("print \(big) * \(big)", 7, "the result is too large to compute (beyond about 1.8 × 10^308)"),
      ("assert \(big) * \(big) - \(big) * \(big) == 0", 8, "the result is too large to compute (beyond about 1.8 × 10^308)"),
      ("simulate 2000 to \(huge)", 18, "`\(huge)` is not a year from 1800 to 2200"),
    ] {
      #expect(r.run(text).errors == 1, "\(text.prefix(30))")
      let d = try #require(r.diagnostics.last)
      #expect(d.message == message)
      #expect(d.span?.column == column, "\(text.prefix(30))")
    }
    // A value quoted in a message is cut short: a 100,000-character string is not repeated.
    #expect(r.run("print \"\(String(repeating: "a", count: 100_000))\" + 1").errors == 1)
    #expect((r.diagnostics.last?.message.count ?? 0) < 200)
    r.run("simulate 2000 to 2001")
    #expect(r.run("print exports(\(big))").errors == 1)
    #expect(r.diagnostics.last?.message == "`exports` needs a year, such as `exports(2004)`")
  }

  /// A killed session whose parent has not reaped it yet (a zombie) no longer runs: its journal
  /// is offered for recovery at once.
  @Test func aZombieSessionCountsAsEnded() throws {
    var pid: pid_t = 0
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
    defer { for p in argv { free(p) } }
    #expect(posix_spawn(&pid, "/bin/true", nil, nil, argv, nil) == 0)
    usleep(200_000)  // it has exited; not reaped, it stays a zombie
    #expect(!Journal.isRunning(pid))
    #expect(Journal.isRunning(getpid()))
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    #expect(!Journal.isRunning(pid))
  }

  /// Journals never write over one another, and an ended session's journal is found with the
  /// number of statements it holds.
  @Test func journalsAreFoundAndNeverOverwritten() throws {
    let folder = temporaryFolder() + "/journal"
    let first = try Journal(folder: folder)
    let second = try Journal(folder: folder)
    #expect(first.path != second.path)
    try first.append("cluster A")
    #expect(Journal.interrupted(in: folder).isEmpty, "this process still runs")
    // A journal left by a process that no longer exists (no system gives out pid 2147483646: pid_max is at most 4194304).
    try "# a journal\ncluster Old\nfirm X { role: producer }\n".write(
      toFile: folder + "/journal-2147483646-1700000000.cluster", atomically: true, encoding: .utf8)
    let found = Journal.interrupted(in: folder)
    #expect(found.map(\.statements) == [2])
    #expect(found.first?.path.hasSuffix("journal-2147483646-1700000000.cluster") == true)
    first.close(removing: true)
    second.close(removing: true)
    #expect(!FileManager.default.fileExists(atPath: first.path))
  }

  /// A network too big to draw says so, instead of zeros that read as an empty network.
  @Test func aNetworkTooBigToDrawSaysSo() throws {
    let r = Recorder()
    r.run("cluster C { year: 2000 }\nfirms a: 203000 { role: producer }\nlink a -- a : cooperation { density: 0.9 }")
    r.transcript = ""
    #expect(r.run("network").errors == 0)
    #expect(r.transcript.contains("so it is not drawn and not measured"), "\(r.transcript)")
    #expect(!r.transcript.contains("betweenness is exact"))
    r.transcript = ""
    r.run("network as json")
    #expect(r.transcript.contains("\"drawn\": false"), "\(r.transcript)")
  }

  @Test func theJournalHearsOnlyAcceptedStatementsThatAReplayNeeds() throws {
    let r = Recorder()
    var journal: [String] = []
    r.session.journal = { journal.append($0) }
    r.run("cluster C { year: 2000 }\nfirm A { role: producer }\nprint count(firms)\nlist firms\nseed 4\nsimulate 2000 to 2001")
    r.run("firm B { role: wizard }")
    r.run("undo")
    #expect(journal == ["cluster C { year: 2000 }", "firm A { role: producer }", "seed 4", "simulate 2000 to 2001", "undo"])
    // Replaying the journal gives the same workspace.
    let replay = Recorder()
    #expect(replay.run(journal.joined(separator: "\n")).errors == 0)
    #expect(Session.savedText(of: replay.session.workspace) == Session.savedText(of: r.session.workspace))
  }
}
