// Parser: every statement form, located errors, recovery, and limits.

import Testing

@testable import ClusterSyntax

private func parse(_ text: String) -> (Script, [Diagnostic]) {
  Parser.parse(SourceFile(name: "t.cluster", text: text))
}

@Suite struct ParserTests {
  @Test func declarationsInBothForms() throws {
    let (script, errors) = parse("""
      cluster Tirupur { type: manufacturing, year: 1990 }
      institution TEA {
        kind: association
        roles: [catalyst, leader, manager]
      }
      firms makers: 2500 { capacity: 50000 garments/month, exports: 0.1 musd }
      """)
    #expect(errors.isEmpty)
    #expect(script.statements.count == 3)
    guard case .declaration(let cohort) = script.statements[2].kind else {
      Issue.record("expected a cohort")
      return
    }
    #expect(cohort.keyword == .firms)
    #expect(cohort.count?.digits == "2500")
    #expect(cohort.block?.attributes.map(\.name.text) == ["capacity", "exports"])
    guard case .number(let capacity) = try #require(cohort.block?.attributes.first?.value) else {
      Issue.record("expected a number")
      return
    }
    #expect(capacity.unit == .rate(item: "garments", per: "month"))
  }

  @Test func linkInlineAttributes() {
    let (script, errors) = parse("link makers -- makers : cooperation density 0.02 trust 30%")
    #expect(errors.isEmpty)
    guard case .link(let link) = script.statements[0].kind else {
      Issue.record("expected a link")
      return
    }
    #expect(!link.directed)
    #expect(link.kind.text == "cooperation")
    #expect(link.block?.attributes.map(\.name.text) == ["density", "trust"])
  }

  @Test func misspeltKeywordIsLocatedWithSuggestion() throws {
    let (_, errors) = parse("cluster X\n  fimr Alpha\n")
    let error = try #require(errors.first)
    #expect(error.span?.location == "t.cluster:2:3")
    #expect(error.message == "unknown statement `fimr`")
    #expect(error.help == "did you mean `firm`?")
  }

  @Test func recoveryReportsEveryBrokenStatement() {
    // An unclosed block ends where the next line starts a new declaration.
    let (script, errors) = parse("firm A {\nfrim B\nfirm C { role: }\nfirm D\n")
    #expect(errors.count == 2)
    #expect(script.statements.count == 1)  // firm D
  }

  @Test func unknownUnitSuggests() throws {
    let (_, errors) = parse("firm A { exports: 3 mus }")
    let error = try #require(errors.first)
    #expect(error.message == "unknown unit `mus`")
    #expect(error.help == "did you mean `usd`?" || error.help == "did you mean `musd`?")
  }

  @Test func keywordAsNameNeedsQuotes() throws {
    let (_, errors) = parse("firm show")
    #expect(try #require(errors.first).help == "quote it to use it as a name: \"show\"")
    #expect(parse("firm \"show\"").1.isEmpty)
  }

  @Test func expressionsParseWithPrecedence() {
    let (script, errors) = parse("assert count(firms where employees > 100 and not informal) * 2 + 1 >= 3")
    #expect(errors.isEmpty)
    guard case .assert(let e) = script.statements[0].kind else {
      Issue.record("expected assert")
      return
    }
    #expect(Printer.expression(e) == "count(firms where employees > 100 and not informal) * 2 + 1 >= 3")
  }

  @Test func pathsNeedNoQuotes() {
    let (script, errors) = parse("load examples/tirupur.cluster\nsave \"out file.cluster\"")
    #expect(errors.isEmpty)
    guard case .load(let path, _) = script.statements[0].kind, case .save(let out, _, _) = script.statements[1].kind else {
      Issue.record("expected load and save")
      return
    }
    #expect(path == "examples/tirupur.cluster")
    #expect(out == "out file.cluster")
  }

  @Test func deepNestingIsRefusedNotCrashed() {
    let deep = "print " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
    let (_, errors) = parse(deep)
    #expect(errors.first?.message.contains("nested more than") == true)
    let lists = "firm A { markets: " + String(repeating: "[", count: 5000) + "}"
    #expect(!parse(lists).1.isEmpty)
  }

  @Test func incompleteBlockIsFlagged() throws {
    let (_, errors) = parse("cluster X {\n  type: manufacturing\n")
    #expect(try #require(errors.first).isIncompleteInput)
  }

  @Test func everyTokenSequenceTerminates() {
    // A crude property test: random token soup must parse (with errors) without hanging.
    var generator = SplitMix(seed: 7)
    let pieces = ["firm", "A", "{", "}", "[", "]", ":", ",", "link", "->", "--", "\n", "1", "musd", "\"s", "where", "(", ")", "=", "count", "set", ".", "%", "#c\n"]
    for _ in 0..<300 {
      let text = (0..<40).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
      _ = parse(text)
    }
  }
}

/// A small deterministic generator for property tests.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
