// Session behaviour: atomic statements and loads, undo/redo, include rules, help topics.

import ClusterSyntax
import ClusterWorkspace
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import ClusterSession

@Suite struct SessionTests {
  @Test func undoRevertsOneStatementAndRedoReapplies() {
    let r = Recorder()
    r.run("cluster X\nfirm A\nundo\nlist")
    #expect(r.transcript.contains("undid: firm A"))
    #expect(r.session.workspace.current?.entities.isEmpty == true)
    r.run("redo")
    #expect(r.session.workspace.current?.entity(named: "A") != nil)
    r.run("undo\nundo\nundo")
    #expect(r.transcript.contains("nothing to undo"))
  }

  @Test func aFailingLoadChangesNothingAndUndoRevertsAWholeLoad() throws {
    let folder = temporaryFolder()
    try FileSystem.writeAtomically("cluster Good\nfirm A\nfirm B\n", to: folder + "/good.cluster")
    try FileSystem.writeAtomically("cluster Bad\nfirm A\nfirm A\n", to: folder + "/bad.cluster")
    let r = Recorder()
    let driver = folder + "/driver.cluster"
    #expect(r.run("load bad.cluster", path: driver).errors == 1)
    #expect(r.session.workspace.clusters.isEmpty)
    #expect(r.diagnostics.first?.span?.location == "\(folder)/bad.cluster:3:6")
    #expect(r.run("load good.cluster", path: driver).errors == 0)
    #expect(r.session.workspace.current?.entities.count == 2)
    r.run("undo")
    #expect(r.session.workspace.clusters.isEmpty)
  }

  @Test func loadIsQuietAndFindsTheClusterSuffix() throws {
    let folder = temporaryFolder()
    try FileSystem.writeAtomically("cluster Q\nfirm A\nprint \"from the file\"\n", to: folder + "/quiet.cluster")
    let r = Recorder()
    #expect(r.run("load quiet", path: folder + "/driver.cluster").errors == 0)
    #expect(!r.transcript.contains("from the file"))
    #expect(r.transcript == "loaded quiet: cluster Q: 1 actor (1 firm), 0 links, 0 interventions\n")
  }

  @Test func includeCyclesAndDepthAreErrors() throws {
    let folder = temporaryFolder()
    try FileSystem.writeAtomically("include \"b.cluster\"\n", to: folder + "/a.cluster")
    try FileSystem.writeAtomically("include \"a.cluster\"\n", to: folder + "/b.cluster")
    let r = Recorder()
    #expect(r.run("include \"a.cluster\"", path: folder + "/main.cluster").errors == 1)
    #expect(r.diagnostics.first?.message.contains("includes itself") == true)
  }

  @Test func includeResolvesAgainstTheIncludingFile() throws {
    let folder = temporaryFolder()
    try FileSystem.writeAtomically("cluster X\ninclude \"parts/actors.cluster\"\n", to: folder + "/case.cluster")
    _ = mkdir(folder + "/parts", 0o755)
    try FileSystem.writeAtomically("firm A\n", to: folder + "/parts/actors.cluster")
    let r = Recorder()
    #expect(r.run("load \"\(folder)/case.cluster\"").errors == 0, "\(r.transcript)")
    #expect(r.session.workspace.current?.entity(named: "A") != nil)
  }

  @Test func scriptsStopAtTheFirstErrorUnlessKeepGoing() {
    let r = Recorder()
    let outcome = r.run("cluster X\nfirm A\nfirm A\nprint \"after\"")
    #expect(outcome.errors == 1)
    #expect(!r.transcript.contains("after"))
    let k = Recorder()
    k.session.keepGoing = true
    #expect(k.run("cluster X\nfirm A\nfirm A\nprint \"after\"").errors == 1)
    #expect(k.transcript.contains("after"))
  }

  @Test func quitStopsTheRun() {
    let r = Recorder()
    #expect(r.run("cluster X\nquit\nprint 1").quit)
    #expect(!r.transcript.contains("1\n"))
  }

  @Test func failedSaveLeavesTheOldFile() throws {
    let folder = temporaryFolder()
    let target = folder + "/case.cluster"
    try FileSystem.writeAtomically("cluster Old\n", to: target)
    let r = Recorder()
    r.run("cluster New\nsave \"\(folder)/missing/sub/case.cluster\"")
    #expect(r.diagnostics.first?.message.contains("cannot save") == true)
    #expect(try readFile(target) == "cluster Old\n")
  }
}

@Suite struct HelpTests {
  @Test func everyKeywordHasATopic() {
    for keyword in Keyword.allCases {
      #expect(HelpTopics.topic(named: keyword.rawValue) != nil, "no help topic for `\(keyword.rawValue)`")
    }
  }

  /// `help` is true: every command it lists without "(coming)" runs, and only those marked
  /// "(coming)" answer "not available yet".
  @Test func everyCommandHelpListsAsAvailableRuns() throws {
    let r = Recorder()
    r.run("help")
    let overview = r.transcript
    #expect(!overview.contains("not available yet"), "\(overview)")
    let knit = repositoryRoot() + "/Tests/ClusterSessionTests/Cases/knit.cluster"
    for group in HelpTopics.overviewNames where group.title.hasSuffix("commands") {
      for name in group.names {
        let line = try #require(overview.split(separator: "\n").first { $0.hasPrefix("  " + name + " ") })
        let topic = try #require(HelpTopics.topic(named: name))
        let s = Recorder()
        s.run("load \"\(knit)\"")
        let outcome = s.run(topic.example, name: "<help \(name)>")
        if line.contains("(coming)") {
          #expect(s.diagnostics.contains { $0.message.contains("not available yet") }, "\(name)")
        } else {
          #expect(outcome.errors == 0 && !s.transcript.contains("not available yet"), "\(name): \(s.transcript)")
        }
      }
    }
  }

  @Test func seeAlsoPointsToTopics() {
    for topic in HelpTopics.all {
      for other in topic.seeAlso {
        #expect(HelpTopics.topic(named: other) != nil, "\(topic.name) → \(other)")
      }
    }
  }

  /// Every example in every topic runs in a fresh session (a command marked "(coming)" would
  /// fail with "not available yet", as its topic says).
  @Test(arguments: HelpTopics.all.map(\.name))
  func exampleRuns(_ name: String) throws {
    let topic = try #require(HelpTopics.topic(named: name))
    let r = Recorder()
    let outcome = r.run(topic.example, name: "<help \(name)>")
    if topic.exampleRuns {
      #expect(outcome.errors == 0, "help \(name): \(r.transcript)")
    } else {
      #expect(r.diagnostics.allSatisfy { $0.message.contains("not available yet") }, "help \(name): \(r.transcript)")
    }
  }

  @Test func kindTopicsListTheirAttributesFromTheSchema() {
    let r = Recorder()
    r.run("help intervention")
    for spec in Schema.attributes(of: .intervention) {
      #expect(r.transcript.contains(spec.name))
    }
  }
}

@Suite struct ReadableValueTests {
  /// A failed comparison shows each side with enough digits to tell them apart.
  @Test func numbersThatDisplayAlikeAreShownApart() {
    let r = Recorder()
    #expect(r.run("let x = 0.1 + 0.2\nassert x == 0.3").errors == 1)
    #expect(r.diagnostics.last?.message == "assertion failed: x == 0.3 (0.30000000000000004 == 0.3 is false)")
    // Values that display differently keep their usual form.
    #expect(r.run("assert 2 musd < 1 musd").errors == 1)
    #expect(r.diagnostics.last?.message == "assertion failed: 2 musd < 1 musd (2 musd < 1 musd is false)")
  }
}

@Suite struct RewriteKeepsTheFileTests {
  /// `fmt -w` and `save` rewrite a file atomically and keep what it was: its mode (a 755
  /// script stays executable, a 600 file private) and, through a symbolic link, the link.
  @Test func aRewriteKeepsModeAndLinks() throws {
    let folder = temporaryFolder()
    for mode in [0o755, 0o600] as [mode_t] {
      let path = folder + "/mode-\(String(mode, radix: 8)).cluster"
      try FileSystem.writeAtomically("cluster A\n", to: path)
      #expect(chmod(path, mode) == 0)
      try FileSystem.writeAtomically("cluster B\n", to: path)
      var info = stat()
      #expect(stat(path, &info) == 0)
      #expect(info.st_mode & 0o7777 == mode, "mode \(String(info.st_mode & 0o7777, radix: 8)), wanted \(String(mode, radix: 8))")
      #expect(try readFile(path) == "cluster B\n")
    }
    let target = folder + "/target.cluster"
    let link = folder + "/link.cluster"
    try FileSystem.writeAtomically("cluster A\n", to: target)
    #expect(symlink(target, link) == 0)
    try FileSystem.writeAtomically("cluster C\n", to: link)
    var info = stat()
    #expect(lstat(link, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "the link is still a link")
    #expect(try readFile(target) == "cluster C\n")
  }
}

@Suite struct DisplayWidthTests {
  /// Tables pad by display width: CJK and emoji take two columns, combining marks none.
  @Test func tablesAlignWideCharacters() {
    #expect("東京".displayWidth == 4)
    #expect("👍".displayWidth == 2)
    #expect("e\u{301}".displayWidth == 1)
    #expect("Plain".displayWidth == 5)
    let r = Recorder()
    #expect(r.run("cluster T { year: 1990 }\nfirm \"東京精密\" { role: producer }\nfirm \"Cafe\u{301}👍\" { role: producer }\nfirm Plain { role: producer }").errors == 0)
    r.transcript = ""
    r.run("list firms")
    let rows = r.transcript.split(separator: "\n").map(String.init).filter { $0.contains("producer") }
    #expect(rows.count == 3)
    let columns = rows.map { row -> Int in
      let prefix = row[..<(row.range(of: "producer")?.lowerBound ?? row.endIndex)]
      return String(prefix).displayWidth
    }
    #expect(Set(columns).count == 1, "\(rows)")
  }
}

@Suite struct SaveOverWorkTests {
  /// `save` over a file this session did not load or save is refused with the way to force
  /// it; a file it loaded or saved may be saved again.
  @Test func saveDoesNotReplaceSomeoneElsesFile() throws {
    let folder = temporaryFolder()
    let path = folder + "/keep.cluster"
    let original = try readFile(repositoryRoot() + "/examples/tirupur.cluster")
    try FileSystem.writeAtomically(original, to: path)
    let r = Recorder()
    #expect(r.run("cluster Tiny\nsave \"\(path)\"").errors == 1)
    #expect(r.diagnostics.last?.message == "`\(path)` already exists, and this session did not load or save it")
    #expect(r.diagnostics.last?.help == "write `save \"\(path)\" replace` to overwrite it, or save under another name")
    #expect(try readFile(path) == original)
    #expect(r.run("save \"\(path)\" replace").errors == 0)
    #expect(try readFile(path).contains("cluster Tiny"))
    // Saved once, it may be saved again; a file loaded may be saved over too.
    #expect(r.run("set Tiny.year = 2000\nsave \"\(path)\"").errors == 0)
    let other = Recorder()
    #expect(other.run("load \"\(path)\"\nset Tiny.year = 2001\nsave \"\(path)\"").errors == 0, "\(other.transcript)")
    // The unquoted form reads `replace` too.
    let third = Recorder()
    #expect(third.run("cluster Z\nsave \(path) replace").errors == 0)
    #expect(try readFile(path).contains("cluster Z"))
  }
}

@Suite struct LinkInPlaceTests {
  /// A link is declared in place (no copy of the workspace) and `undo` takes exactly it back;
  /// a duplicate, either way round for an undirected link, is still refused.
  @Test func linksUndoAndRefuseDuplicates() {
    let r = Recorder()
    #expect(r.run("cluster T\nfirm a\nfirm b\nlink a -- b : cooperation\nlink a -> b : supplies").errors == 0)
    #expect(r.run("link b -- a : cooperation").errors == 1)
    #expect(r.diagnostics.last?.message == "the link b -- a : cooperation is already declared")
    r.run("undo")
    #expect(r.session.workspace.current?.links.map(\.description) == ["a -- b : cooperation"])
    r.run("redo")
    #expect(r.session.workspace.current?.links.count == 2)
    r.run("undo")
    r.run("undo")
    #expect(r.session.workspace.current?.links.isEmpty == true)
    #expect(r.run("link b -- a : cooperation").errors == 0)
  }
}

@Suite struct SaveSettingsTests {
  /// `seed` and `runs` change results: `save` writes them, and a reload simulates the same.
  @Test func seedAndRunsAreSavedAndReloadToTheSameResults() throws {
    let folder = temporaryFolder()
    let path = folder + "/with-settings.cluster"
    let r = Recorder()
    let knit = repositoryRoot() + "/Tests/ClusterSessionTests/Cases/knit.cluster"
    #expect(r.run("load \"\(knit)\"\nseed 42\nruns 50\nsave \"\(path)\"").errors == 0, "\(r.transcript)")
    let saved = try readFile(path)
    #expect(saved.hasSuffix("seed 42\nruns 50\n"), "\(saved)")
    r.transcript = ""
    r.run("simulate 1995 to 2000\nprint p50(exports, 2000)")
    let first = r.transcript.split(separator: "\n").last
    let again = Recorder()
    #expect(again.run("load \"\(path)\"\nsimulate 1995 to 2000\nprint p50(exports, 2000)").errors == 0, "\(again.transcript)")
    #expect(again.transcript.split(separator: "\n").last == first)
  }
}
