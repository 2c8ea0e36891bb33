// What people type: money as the paper writes it, thousands separators, units in capitals,
// hyphenated words, values that are expressions, a forgotten `}`, and what is left open.

import Testing

@testable import ClusterSyntax

private func parse(_ text: String) -> (Script, [Diagnostic]) {
  Parser.parse(SourceFile(name: "t.cluster", text: text))
}

/// The number of `set X.a = VALUE`, or the first error.
private func number(_ value: String) -> Result<NumberLiteral, Diagnostic> {
  let (script, errors) = parse("set X.a = \(value)")
  if let first = errors.first { return .failure(first) }
  guard case .set(_, _, .number(let n))? = script.statements.first?.kind else {
    return .failure(Diagnostic.error("not a number: \(value)", at: nil))
  }
  return .success(n)
}

private func error(_ text: String) throws -> Diagnostic {
  try #require(parse(text).1.first, "no error for \(text)")
}

@Suite struct WrittenFormsTests {
  /// Money that names its currency is read as the language's unit, and printed in it.
  @Test(arguments: [
    ("$100 million", "100", "musd"), ("$100M", "100", "musd"), ("$1.2 billion", "1.2", "busd"),
    ("$1.2bn", "1.2", "busd"), ("USD 2 million", "2", "musd"), ("US$ 4 million", "4", "musd"),
    ("2 million usd", "2", "musd"), ("2 million USD", "2", "musd"), ("500 dollars", "500", "usd"), ("$500", "500", "usd"),
    ("$5k", "5", "kusd"), ("100 MUSD", "100", "musd"), ("3 Years", "3", "years"), ("$2 musd", "2", "musd"),
    ("-$5 million", "-5", "musd"),
  ])
  func moneyWithItsCurrencyIsRead(_ written: String, _ digits: String, _ unit: String) throws {
    let n = try number(written).get()
    #expect(n.digits == digits)
    #expect(n.unit == .word(unit))
    #expect(Printer.number(n) == "\(digits) \(unit)")
    #expect(n.span.text == written)
  }

  /// Where the currency is not named, or the spelling is the language's in another sense, the
  /// error gives the spelling to use, over the whole amount.
  @Test(arguments: [
    ("100 million", "`million` is not a unit", "write `100 musd` (million US dollars); a count: `100_000_000`"),
    ("1.2 billion", "`billion` is not a unit", "write `1.2 busd` (billion US dollars); a count: `1_200_000_000`"),
    ("1.5M", "`M` is not a unit", "write `1.5 musd` (million US dollars); a count: `1_500_000`"),
    ("5k", "`k` is not a unit", "write `5 kusd` (thousand US dollars); a count: `5_000`"),
    ("100 musd/year", "money is written without `/year`",
      "write `100 musd`; exports, sales and budgets are per year already"),
    ("100 musd per year", "money is written without `per year`",
      "write `100 musd`; exports, sales and budgets are per year already"),
    ("2 musd/month", "money is written as an amount a year, not a month", "write `24 musd` (12 × 2 musd)"),
    ("2,500", "`2,500`: a comma separates values, not thousands", "write `2500` or `2_500`"),
    ("1,400,000", "`1,400,000`: a comma separates values, not thousands", "write `1400000` or `1_400_000`"),
    ("0,3", "`0,3`: a decimal is written with a point", "write `0.3`"),
    ("2e6", "`2e6`: numbers are written without an exponent", "write `2000000` or `2_000_000`"),
    ("1995-2005", "`1995-2005`: a span of years is written with `to`",
      "write `1995 to 2005` (or `1995 - 2005`, with spaces, to subtract)"),
    ("50000 per month", "a rate of output names what is made", "write `50000 garments/month` (or pieces, pairs, tonnes …)"),
    ("$3 years", "an amount with `$` or `usd` is money, not years", nil),
  ])
  func otherSpellingsAreRefusedWithTheOneToWrite(_ written: String, _ message: String, _ help: String?) throws {
    let e = try error("set X.a = \(written)")
    #expect(e.message == message)
    #expect(e.help == help)
    #expect(e.span?.location == "t.cluster:1:11")
  }

  @Test func ratesPerMonthInWords() throws {
    let n = try number("50000 garments per month").get()
    #expect(n.unit == .rate(item: "garments", per: "month"))
    #expect(Printer.number(n) == "50000 garments/month")
    let (script, errors) = parse("firms makers: 2500 { capacity: 50000 garments per month }")
    #expect(errors.isEmpty)
    #expect(Printer.print(script) == "firms makers: 2500 { capacity: 50000 garments/month }\n")
  }

  /// Inside a list or a call a comma separates values, as everywhere in expressions.
  @Test func commasInListsStaySeparators() {
    #expect(parse("for t in [1,000] { print t }").1.isEmpty)
    #expect(parse("print p50(exports,2004)").1.isEmpty)
    #expect(parse("firm A { employees: 20,founded: 1999 }").1.isEmpty)
  }

  /// The cohort's count and a target's value read the same spellings.
  @Test func countsAndTargets() throws {
    #expect(try error("firms makers: 2,500 { role: producer }").help == "write `2500` or `2_500`")
    let (script, errors) = parse("target exports $2.5 billion by 2007")
    #expect(errors.isEmpty)
    #expect(Printer.print(script) == "target exports 2.5 busd by 2007\n")
  }

  /// `border-in`, `high-tech`: words joined by `-` are one word, printed as written.
  @Test func hyphenatedWords() throws {
    let (script, errors) = parse("intervention P { gear: border-in, notes: well-known }\nset P.gear = border-out")
    #expect(errors.isEmpty)
    guard case .declaration(let d) = script.statements[0].kind, case .word(let w)? = d.block?.attributes.first?.value else {
      Issue.record("expected a word")
      return
    }
    #expect(w.text == "border-in")
    #expect(w.span.text == "border-in")
    #expect(Printer.print(script) == "intervention P { gear: border-in, notes: well-known }\nset P.gear = border-out\n")
    // With spaces it is a subtraction, an expression.
    guard case .set(_, _, .expression)? = parse("set P.trust = a - b").0.statements.first?.kind else {
      Issue.record("expected an expression")
      return
    }
  }

  /// A value may be an expression; a literal stays a literal, and printing gives back what
  /// was written.
  @Test func valuesMayBeExpressions() throws {
    let cases: [(String, Bool)] = [
      ("t", false), ("0.3", false), ("-0.3", false), ("-30%", false), ("producer", false), ("[a, b]", false),
      ("t * 2", true), ("-x", true), ("(t + 0.1) / 2", true), ("Demo.trust + 0.1", true), ("exports(2004)", true),
      ("count(firms) * 20", true), ("not formal", true), ("x > 3 and y < 2", true), ("$1 million * 2", true),
    ]
    for (written, isExpression) in cases {
      let (script, errors) = parse("set X.a = \(written)")
      #expect(errors.isEmpty, "\(written): \(errors.map(\.message))")
      guard case .set(_, _, let value)? = script.statements.first?.kind else {
        Issue.record("not a set: \(written)")
        continue
      }
      if case .expression = value { #expect(isExpression, "\(written)") } else { #expect(!isExpression, "\(written)") }
      let printed = Printer.print(script)
      #expect(Printer.print(parse(printed).0) == printed, "\(written) does not print back: \(printed)")
    }
    let (script, errors) = parse("firms makers: 10 { employees: n * 2 + 1, capacity: 50000 garments/month }")
    #expect(errors.isEmpty)
    #expect(Printer.print(script) == "firms makers: 10 { employees: n * 2 + 1, capacity: 50000 garments/month }\n")
  }

  /// A forgotten `}` is reported where the next statement begins, with a note at the `{`.
  @Test func aForgottenBraceIsReportedWhereItWasOpened() throws {
    let (script, errors) = parse("cluster Tirupur { type: manufacturing\ninstitution TEA { kind: association }\n")
    let e = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(e.message == "`{` opened at 1:17 is not closed")
    #expect(e.span?.location == "t.cluster:2:1")
    #expect(e.label == "a new statement begins here")
    #expect(e.help == "close the cluster's attributes with `}` at the end of line 1, before `institution`")
    #expect(e.notes.map { "\($0.span.location) \($0.label)" } == ["t.cluster:1:17 this `{` opens the cluster's attributes"])
    #expect(!e.isIncompleteInput)
    // The next statement is read as itself, and the cluster is kept by name for `check`.
    #expect(script.statements.count == 1)
    #expect(script.recovered.map { Printer.print($0) } == ["cluster Tirupur"])
    // An attribute that is a keyword (`stage:`) is not a new statement, even with its `:`
    // forgotten: that is the one error reported.
    #expect(parse("cluster T {\n  stage: mature\n}").1.isEmpty)
    for (text, message) in [
      ("cluster T {\n  stage mature\n}", "expected `:` after `stage`, found `mature`"),
      ("firm A {\n  roles [leader]\n}", "expected `:` after `roles`, found `[`"),
      ("consortium C {\n  firms 6\n}", "expected `:` after `firms`, found the number `6`"),
    ] {
      #expect(parse(text).1.map(\.message) == [message], "\(text)")
    }
    #expect(try error("cluster T { type: services\nstage\n").message == "`{` opened at 1:11 is not closed")
    #expect(try error("cluster T { type: services\nfirms makers: 20\n").message == "`{` opened at 1:11 is not closed")
    // At the end of the input the entry is only incomplete, and the error points after it.
    let end = try error("firm A { role: producer")
    #expect(end.isIncompleteInput)
    #expect(end.span?.location == "t.cluster:1:24")
    #expect(try error("cluster T { budget: { TEA: 3 musd\nfirm A").message == "`{` opened at 1:21 is not closed")
    // The `}` typed at the end, meant for the `{` left open, is no second error; one more is.
    #expect(parse("cluster T { type: services\nfirm A\n}").1.count == 1)
    #expect(parse("cluster T { type: services\nfirm A\n}\n}").1.map(\.message).last == "expected a statement, found `}`")
  }

  @Test func theNoteIsShownUnderItsLine() throws {
    let rendered = DiagnosticRenderer().render(try error("cluster T {\n  type: services\n\n\nfirm A\n"))
    #expect(rendered == """
      t.cluster:5:1: error: `{` opened at 1:11 is not closed
        |
      1 | cluster T {
        |           - this `{` opens the cluster's attributes
      ...
      5 | firm A
        | ^^^^ a new statement begins here
        = help: close the cluster's attributes with `}` at the end of line 2, before `firm`

      """)
  }

  /// Declarations that failed to parse are kept by keyword and name for `check`.
  @Test func failedDeclarationsAreKeptByName() {
    let (script, errors) = parse("""
      firm Alpha { role: producer employees: 20 }
      firms makers: 2500 { role: producer, ] }
      for x in [1] { firm Inner { a: 1 b } }
      link A => B : member
      """)
    #expect(errors.count == 4)
    #expect(script.recovered.map { Printer.print($0) } == ["firm Alpha", "firms makers: 1"])
  }

  /// What an entry leaves open, innermost last, for the REPL's prompt.
  @Test func whatIsLeftOpen() {
    #expect(Lexer.open("cluster X {\n  markets: [EU, \"Uni").map(\.opener) == ["{", "[", "\""])
    #expect(Lexer.innermostOpen("cluster X {\n  notes: \"a")?.offset == 21)
    #expect(Lexer.innermostOpen("let x = (1 +")?.opener == "(")
    #expect(Lexer.innermostOpen("cluster X { }") == nil)
    #expect(Lexer.innermostOpen("}") == nil)
  }
}
