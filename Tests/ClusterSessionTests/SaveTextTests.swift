// `save` keeps the text of the files a workspace came from: comments, citations and layout stay
// where nothing changed, scenarios stay scenarios, and a reload makes the same workspace.

import ClusterSyntax
import ClusterWorkspace
import Testing

@testable import ClusterSession

/// The comments of a text, as a multiset of their lines' comment parts.
private func comments(_ text: String) -> [String] {
  text.split(separator: "\n").compactMap { line in line.firstIndex(of: "#").map { String(line[$0...]) } }.sorted()
}

/// Whether `b` holds every comment of `a` (as many times).
private func keepsComments(_ a: String, _ b: String) -> Bool {
  var left = comments(b)
  for c in comments(a) {
    guard let i = left.firstIndex(of: c) else { return false }
    left.remove(at: i)
  }
  return true
}

/// How many lines of `a` are not in `b` (as a multiset).
private func linesOnlyIn(_ a: String, _ b: String) -> Int {
  var left = b.split(separator: "\n", omittingEmptySubsequences: false)
  var count = 0
  for line in a.split(separator: "\n", omittingEmptySubsequences: false) {
    if let i = left.firstIndex(of: line) { left.remove(at: i) } else { count += 1 }
  }
  return count
}

/// Whether two sessions hold the same clusters, in order, the same current cluster and settings.
private func sameWorkspace(_ a: Session, _ b: Session) -> Bool {
  a.workspace.clusters.count == b.workspace.clusters.count
    && zip(a.workspace.clusters, b.workspace.clusters).allSatisfy { $0.hasSameContent(as: $1) }
    && a.workspace.currentName == b.workspace.currentName && a.seed == b.seed && a.runs == b.runs
}

@Suite struct SaveTextTests {
  let examples = repositoryRoot() + "/examples"

  /// Every example: loaded and saved unchanged, the file comes back byte for byte; with one
  /// attribute set, every comment is kept, the text differs in few lines, no warning is given,
  /// and loading the saved file makes the same workspace.
  @Test(arguments: files(in: repositoryRoot() + "/examples", ending: ".cluster"))
  func loadSetSaveKeepsTheFile(_ name: String) throws {
    // In a copy of the examples' folder, where their own `load`s find the files they name.
    let folder = temporaryFolder()
    for file in files(in: examples, ending: ".cluster") {
      try FileSystem.writeAtomically(try readFile(examples + "/" + file), to: folder + "/" + file)
    }
    let source = folder + "/" + name
    let original = try readFile(source)
    let r = Recorder()
    #expect(r.run("load \"\(source)\"\nsave \"\(folder)/same.cluster\"").errors == 0, "\(r.transcript)")
    #expect(try readFile(folder + "/same.cluster") == original)

    let cluster = try #require(r.session.workspace.currentName)
    r.transcript = ""
    #expect(r.run("set \(Printer.name(cluster)).trust = 0.42\nsave \"\(folder)/set.cluster\"").errors == 0, "\(r.transcript)")
    #expect(!r.transcript.contains("canonical form"), "\(r.transcript)")
    let saved = try readFile(folder + "/set.cluster")
    #expect(keepsComments(original, saved), "\(saved)")
    #expect(linesOnlyIn(saved, original) <= 3 && linesOnlyIn(original, saved) <= 1, "\(saved)")
    let again = Recorder()
    #expect(again.run("load \"\(folder)/set.cluster\"").errors == 0, "\(again.transcript)")
    #expect(sameWorkspace(r.session, again.session))
  }

  /// A value changed in an aligned block keeps the trailing comment in its column.
  @Test func aChangedValueKeepsItsCommentColumn() throws {
    let folder = temporaryFolder()
    let text = "cluster K {\n  year:  2000               # the case's year\n  trust: 0.3                # assumption\n}\n"
    try FileSystem.writeAtomically(text, to: folder + "/k.cluster")
    let r = Recorder()
    #expect(r.run("load \"\(folder)/k.cluster\"\nset K.trust = 0.35\nsave \"\(folder)/k.cluster\"").errors == 0, "\(r.transcript)")
    #expect(try readFile(folder + "/k.cluster") == text.replacingOccurrences(of: "0.3                #", with: "0.35               #"))
  }

  /// Dropped declarations go with the comment lines right above them; new ones come after the
  /// cluster's last statement; a new scenario is written as a scenario with its changes; the
  /// seed comes last. The comment of what stays is kept.
  @Test func dropsAddsAndScenarios() throws {
    let folder = temporaryFolder()
    let text = """
      # A case.
      cluster K { year: 2000, trust: 0.3 }  # assumption

      # the makers
      firms makers: 100 { employees: 20 }
      # the association, founded by the makers
      institution Assoc { kind: association }
      link makers -> Assoc : member  # they all joined

      print count(firms)

      """
    try FileSystem.writeAtomically(text, to: folder + "/k.cluster")
    let r = Recorder()
    let steps = """
      load "\(folder)/k.cluster"
      drop Assoc
      set makers.count = 120
      firm Lead { employees: 300 }
      scenario Trusting from K {
        set Trusting.trust = 0.6
      }
      seed 3
      save "\(folder)/k.cluster"
      """
    #expect(r.run(steps).errors == 0, "\(r.transcript)")
    let expected = """
      # A case.
      cluster K { year: 2000, trust: 0.3 }  # assumption

      # the makers
      firms makers: 120 { employees: 20 }
      firm Lead { employees: 300 }

      print count(firms)

      scenario Trusting from K {
        set Trusting.trust = 0.6
      }
      seed 3

      """
    #expect(try readFile(folder + "/k.cluster") == expected)
    let again = Recorder()
    #expect(again.run("load \"\(folder)/k.cluster\"").errors == 0, "\(again.transcript)")
    #expect(sameWorkspace(r.session, again.session))
  }

  /// A scenario of the file changed in the session gets its changes in its own body; one whose
  /// base changed after it was made keeps what it had (the copy was taken before).
  @Test func scenarioChangesGoInItsBody() throws {
    let folder = temporaryFolder()
    let text = """
      cluster K { year: 2000, trust: 0.3 }
      firms makers: 100 { employees: 20 }

      # what if trust were higher
      scenario High from K {
        set High.trust = 0.5   # the workshop's guess
      }

      """
    try FileSystem.writeAtomically(text, to: folder + "/k.cluster")
    let r = Recorder()
    #expect(r.run("load \"\(folder)/k.cluster\"\nuse High\nfirm Lead\nuse K\nset K.year = 2001\nsave \"\(folder)/k.cluster\"").errors == 0, "\(r.transcript)")
    let expected = """
      cluster K { year: 2001, trust: 0.3 }
      firms makers: 100 { employees: 20 }

      # what if trust were higher
      scenario High from K {
        set High.trust = 0.5   # the workshop's guess
        firm Lead
        set High.year = 2000
      }

      """
    #expect(try readFile(folder + "/k.cluster") == expected)
    let again = Recorder()
    #expect(again.run("load \"\(folder)/k.cluster\"").errors == 0, "\(again.transcript)")
    #expect(sameWorkspace(r.session, again.session))
  }

  /// Saved elsewhere, a file's relative `load` still names the same file.
  @Test func loadPathsFollowTheFile() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    #expect(r.run("load \"\(examples)/trainer-exercise.cluster\"\nsave \"\(folder)/copy.cluster\"").errors == 0, "\(r.transcript)")
    let saved = try readFile(folder + "/copy.cluster")
    #expect(!saved.contains("load \"tirupur.cluster\""), "\(saved)")
    let again = Recorder()
    #expect(again.run("load \"\(folder)/copy.cluster\"").errors == 0, "\(again.transcript)")
    #expect(sameWorkspace(r.session, again.session))
  }

  /// A built-in case saves with its comments, and its `load "tirupur.cluster"` (the built-in
  /// one) becomes `load example tirupur`, so the saved file loads from any folder.
  @Test func aBuiltinCaseSavesAndItsLoadsNameBuiltinCases() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    #expect(r.run("load example trainer-exercise\nset Tirupur.trust = 0.4\nsave \"\(folder)/t.cluster\"").errors == 0, "\(r.transcript)")
    #expect(!r.transcript.contains("canonical form"), "\(r.transcript)")
    let saved = try readFile(folder + "/t.cluster")
    #expect(saved.contains("\nload example tirupur\n"), "\(saved)")
    #expect(keepsComments(try #require(BuiltinCases.text(named: "trainer-exercise")), saved))
    let again = Recorder()
    #expect(again.run("load \"\(folder)/t.cluster\"").errors == 0, "\(again.transcript)")
    #expect(sameWorkspace(r.session, again.session))
  }

  /// A change no statement can write (an attribute only a new declaration could remove) is
  /// saved in canonical form, and `save` says so.
  @Test func whatCannotBeKeptIsSaid() throws {
    let folder = temporaryFolder()
    try FileSystem.writeAtomically("cluster K { year: 2000 }\nfirm a\n", to: folder + "/k.cluster")
    let r = Recorder()
    // The workspace changed behind the session's back: no file makes it.
    #expect(r.run("load \"\(folder)/k.cluster\"").errors == 0)
    r.session.workspace.updateCluster(named: "K") { $0.attributes["year"] = nil }
    #expect(r.run("save \"\(folder)/k.cluster\"").errors == 0, "\(r.transcript)")
    #expect(r.diagnostics.last?.severity == .warning)
    #expect(r.diagnostics.last?.message.hasPrefix("saved in canonical form") == true)
    #expect(try readFile(folder + "/k.cluster").hasPrefix("# clusterlab workspace (canonical form"))
  }

  /// Typed, not loaded: the canonical form, with scenarios as scenarios; it saves again to the
  /// same text.
  @Test func aTypedScenarioIsSavedAsAScenario() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    let steps = """
      cluster A { year: 2000, trust: 0.3 }
      firm f { employees: 10 }
      scenario B from A {
        firm g { employees: 3 }
        set B.trust = 0.5
      }
      set param trust_low = 0.2 in B
      runs 20
      save "\(folder)/a.cluster"
      """
    #expect(r.run(steps).errors == 0, "\(r.transcript)")
    let saved = try readFile(folder + "/a.cluster")
    #expect(saved.contains("scenario B from A {\n  firm g { employees: 3 }\n  set B.trust = 0.5\n  set param trust_low = 0.2\n}"), "\(saved)")
    let again = Recorder()
    #expect(again.run("load \"\(folder)/a.cluster\"\nsave \"\(folder)/b.cluster\"").errors == 0, "\(again.transcript)")
    #expect(try readFile(folder + "/b.cluster") == saved)
    #expect(sameWorkspace(r.session, again.session))
  }
}
