// Tab completion from the workspace and the schema.

import ClusterModel
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

/// What the model's commands take: indicators and metrics after `why`, metrics after `plot` and
/// `sensitivity on`, parameters after `set param`, clusters after `compare A, `.
@Suite struct ModelCommandCompletionTests {
  let session: Session = {
    let r = Recorder()
    r.run("cluster Demo { year: 2000, trust: 0.3 }\nfirm Alpha\ninstitution TEA { kind: association }\nscenario Other from Demo {\n  set Other.trust = 0.5\n}")
    return r.session
  }()

  func words(_ before: String, _ word: String) -> [String] {
    let answer = Completer.complete(before: before, word: word, workspace: session.workspace, indicators: { self.session.indicatorIDs() })
    if case .words(let w) = answer { return w }
    return ["<filenames>"]
  }

  @Test func why() {
    #expect(words("why ", "ins") == ["insight", "institution_reach"])
    #expect(words("why insight ", "1").contains("10"))
    #expect(words("why ", "tru").contains("trust"))
    #expect(words("why ", "expo") == ["exports", "exporters"].sorted())
    #expect(words("why ", "lev").contains("leverage"))
    #expect(words("why exports ", "") == ["as", "in"])
  }

  @Test func plotAndSensitivity() {
    #expect(words("plot ", "ex") == ["exporters", "exports"])
    #expect(words("plot exports ", "") == ["as", "for", "from"])
    #expect(words("plot exports for ", "") == ["Demo", "Other"])
    #expect(words("plot exports for Demo, ", "O") == ["Other"])
    #expect(words("plot exports for Demo, Other ", "") == ["as", "from"])
    // Several metrics, then the clusters; the pictures take only clusters.
    #expect(words("plot ", "g") == ["gears"])
    #expect(words("plot ", "d") == ["demand", "diamond"])
    #expect(words("plot exports, ", "fi") == ["firms"])
    #expect(words("plot exports, firms ", "") == ["as", "for", "from"])
    #expect(words("plot gears ", "") == ["as", "for"])
    #expect(words("plot gears for ", "") == ["Demo", "Other"])
    #expect(words("plot diamond for Demo ", "") == ["as"])
    #expect(words("plot exports from 1990 ", "") == ["to"])
    #expect(words("plot exports from 1990 to ", "").isEmpty)
    #expect(words("plot exports from 1990 to 2000 ", "") == ["as"])
    #expect(words("sensitivity ", "") == ["on"])
    #expect(words("sensitivity on ", "fi") == ["firms"])
    #expect(words("sensitivity on exports ", "") == ["in"])
  }

  @Test func setParamAndCompare() {
    #expect(words("set param ", "trust_lo") == ["trust_loss_failure", "trust_low"])
    #expect(words("set param trust_low = 0.2 ", "") == ["in"])
    #expect(words("set param trust_low = 0.2 in ", "O") == ["Other"])
    #expect(words("compare ", "") == ["Demo", "Other"])
    #expect(words("compare Demo, ", "O") == ["Other"])
    #expect(words("compare Demo, Other ", "") == ["as", "on"])
    #expect(words("compare Demo, Other on ", "tr") == ["trust"])
    #expect(words("compare Demo, Other on trust ", "") == ["as", "from", "in"])
    #expect(words("evaluate ", "") == ["as", "in"])
  }

  /// `export svg employment for Demo, Other to employment.svg replace`, word by word.
  @Test func export() {
    #expect(words("export ", "") == ["csv", "dot", "html", "json", "markdown", "svg"])
    #expect(words("export ", "m") == ["markdown"])
    #expect(words("export svg ", "") == (["diamond", "for", "gears", "network", "to"] + Trajectory.metrics).sorted())
    #expect(words("export svg ", "emp") == ["employment"])
    #expect(words("export svg ", "ne") == ["network"])
    #expect(words("export csv ", "") == ["for", "indicators", "to", "trajectories"])
    #expect(words("export html ", "") == ["for", "to"])
    #expect(words("export svg trust ", "") == ["for", "to"])
    #expect(words("export html for ", "") == ["Demo", "Other"])
    #expect(words("export svg exports for Demo, ", "O") == ["Other"])
    #expect(words("export html for Demo, Other ", "") == ["to"])
    #expect(words("export html to ", "rep") == ["<filenames>"])
    #expect(words("export html for Demo to ", "") == ["<filenames>"])
    #expect(words("export html to \"", "my") == ["<filenames>"])
    #expect(words("export html to report.html ", "") == ["replace"])
    #expect(words("export html to out/report.html ", "re") == ["replace"])
    #expect(words("export html to report.html replace ", "") == [])
  }
}
