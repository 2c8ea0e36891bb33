// Tab completion from the workspace and the schema.

import ClusterSyntax
import ClusterWorkspace
import Testing

@testable import ClusterSession

@Suite struct CompletionTests {
  let workspace: Workspace = {
    let r = Recorder()
    r.run("cluster Demo\nfirm Alpha\nfirm Alpine\ninstitution TEA { kind: association }")
    return r.session.workspace
  }()

  func words(_ before: String, _ word: String) -> [String] {
    if case .words(let w) = Completer.complete(before: before, word: word, workspace: workspace) { return w }
    return ["<filenames>"]
  }

  @Test func keywordsAtTheStart() {
    #expect(words("", "inst") == ["institution"])
    #expect(words("cluster X\n", "fi") == ["financing", "firm", "firms"])
  }

  @Test func declaredNames() {
    #expect(words("show ", "Al") == ["Alpha", "Alpine"])
    #expect(words("drop ", "TE") == ["TEA"])
  }

  @Test func attributesOfTheKindBeingWritten() {
    #expect(words("firm Beta { ", "emp") == ["employees:"])
    #expect(words("institution X {\n  kind: association\n  ", "ro") == ["roles:"])
    #expect(words("set TEA.", "") == [])
    #expect(words("set ", "TEA.fo") == ["TEA.formal", "TEA.founded"])
  }

  @Test func enumerationValues() {
    #expect(words("firm Beta { role: ", "pro") == ["producer"])
    #expect(words("institution X { roles: [catalyst, ", "le") == ["leader"])
    #expect(words("link Alpha -> TEA : ", "") == ["buys", "cooperation", "customer", "member", "partner", "service", "supplies"])
    #expect(words("intervention F { lead: ", "T") == ["TEA"])
    #expect(words("intervention F { funding: { ", "") == ["Alpha", "Alpine", "TEA"])
  }

  /// `as json`, `as text` after the statements that take a format.
  @Test func formatsAfterAs() {
    #expect(words("list firms as ", "") == ["json", "text"])
    #expect(words("show TEA as ", "j") == ["json"])
    #expect(words("print 1 + 1 as ", "t") == ["text"])
    #expect(words("evaluate in 2005 as ", "") == ["json", "text"])
    #expect(words("show TEA ", "a") == ["as"])
    #expect(words("list ", "a") == ["as"])
  }

  @Test func filePathsAfterLoadSaveInclude() {
    #expect(Completer.complete(before: "load ", word: "tir", workspace: workspace) == .filenames)
    #expect(Completer.complete(before: "include ", word: "", workspace: workspace) == .filenames)
  }

  @Test func completionIsFastOnALargeWorkspace() {
    // Not a timing test: it only checks that completion over 5,000 names still answers right.
    let r = Recorder()
    r.run("cluster Big\n" + (0..<5000).map { "firm f\($0)" }.joined(separator: "\n"))
    if case .words(let w) = Completer.complete(before: "show ", word: "f4999", workspace: r.session.workspace) {
      #expect(w == ["f4999"])
    }
  }
}
