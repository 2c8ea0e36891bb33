// The canonical printer: comments kept, idempotent, and the grammar kept true.

import Testing

@testable import ClusterSyntax

private func format(_ text: String) -> String {
  Printer.print(Parser.parse(SourceFile(name: "t", text: text)).script)
}

@Suite struct PrinterTests {
  @Test func shortBlocksStayOnOneLine() {
    #expect(format("firm   A{role:producer,employees:20}") == "firm A { role: producer, employees: 20 }\n")
  }

  @Test func commentsAreKept() {
    let text = """
      # The case
      cluster X {  # the cluster
        type: manufacturing   # paper, Part 1
        # the year
        year: 1990
      }
      firm A  # trailing
      # the end
      """
    let once = format(text)
    #expect(once.contains("# The case"))
    #expect(once.contains("# paper, Part 1"))
    #expect(once.contains("# the year"))
    #expect(once.contains("firm A  # trailing"))
    #expect(once.contains("# the end"))
    #expect(format(once) == once)
  }

  @Test func namesNeedingQuotesAreQuoted() {
    #expect(Printer.name("Prime Tex") == "\"Prime Tex\"")
    #expect(Printer.name("show") == "\"show\"")
    #expect(Printer.name("TEA") == "TEA")
    #expect(Printer.name("León") == "León")
    #expect(Printer.name("9lives") == "\"9lives\"")
  }

  @Test func expressionsKeepNeededParentheses() {
    let text = "print (1 + 2) * 3 - (4 - 5)\nprint not (a or b) and c\nprint -(2 * 3)"
    #expect(format(text) == "print (1 + 2) * 3 - (4 - 5)\nprint not (a or b) and c\nprint -(2 * 3)\n")
  }

  @Test func formattingIsIdempotentOnRandomDeclarations() {
    var generator = SplitMix(seed: 11)
    let attributes = ["role: producer", "employees: 20", "exports: 1.5 musd", "markets: [EU, \"US\"]", "trust: 30%",
      "capacity: 5 pieces/month", "funding: { TEA: 3 musd }", "notes: \"a \\\"b\\\"\""]
    for _ in 0..<100 {
      let n = Int(generator.next() % 7)
      let body = (0..<n).map { _ in attributes[Int(generator.next() % UInt64(attributes.count))] }
      let text = "firm A {\n" + body.joined(separator: "\n") + "\n}\nlink A -> B : supplies trust 0.5\n"
      let once = format(text)
      #expect(format(once) == once)
    }
  }
}

@Suite struct MapKeyTests {
  /// A map key that is a keyword (`firms`) prints bare, one that is not an identifier prints
  /// quoted, and both read back: `fmt` and `save` never write what the parser refuses.
  @Test func mapKeysRoundTrip() {
    let text = """
      intervention X { effects: { firms: 100 }, funding: { "Tamil Nadu": 1 musd, event: 2 musd, TEA: 3 musd } }

      """
    let (script, errors) = Parser.parse(SourceFile(name: "t", text: text))
    #expect(errors.isEmpty, "\(errors.map(\.message))")
    let printed = Printer.print(script)
    #expect(printed.contains("effects: { firms: 100 }"), "\(printed)")
    #expect(printed.contains("\"Tamil Nadu\": 1 musd, event: 2 musd"), "\(printed)")
    #expect(Parser.parse(SourceFile(name: "t", text: printed)).diagnostics.isEmpty)
    #expect(format(printed) == printed)
  }
}

/// `as json` and `as text` after `list`, `show`, `print` and `plot` (issue 11): parsed into the
/// statement, and printed back by the canonical printer unchanged.
@Suite struct OutputFormatSyntaxTests {
  func statement(_ text: String) throws -> Statement {
    let (script, errors) = Parser.parse(SourceFile(name: "t", text: text))
    #expect(errors.isEmpty, "\(text): \(errors.map(\.message))")
    return try #require(script.statements.first)
  }

  @Test(arguments: [
    "list firms as json", "list as json", "list as text", "list where employees > 100 as json",
    "list links where kind == buys as text", "list firms",
    "show TEA as json", "show \"Prime Tex\" as text", "show TEA",
    "print x as json", "print 1 + 2 * 3 as text", "print count(firms where role == producer) as json", "print x",
    "plot exports as json", "plot exports from 1990 to 2000 as text", "plot exports",
    "plot exports for Tirupur, \"No ICD\" from 1990 to 2000 as json", "plot firms for A", "plot exports, demand for A, B from 1990 to 2000",
    "plot gears for A, B", "plot diamond",
  ])
  func roundTripsThroughTheCanonicalPrinter(_ text: String) throws {
    #expect(format(text) == text + "\n")
    #expect(Printer.print(try statement(text)) == text)
  }

  @Test func theFormatIsPartOfTheStatement() throws {
    guard case .list(let kind, nil, .json) = try statement("list firms as json").kind else {
      Issue.record("list firms as json")
      return
    }
    #expect(kind?.text == "firms")
    guard case .list(nil, nil, .text) = try statement("list as text").kind else {
      Issue.record("`as` before json/text is the format, not a kind to list")
      return
    }
    guard case .list(_, .some, .json) = try statement("list firms where employees > 10 as json").kind,
      case .show(let name, .json) = try statement("show TEA as json").kind,
      case .print(let sum, .json) = try statement("print x + 1 as json").kind, case .binary(.add, _, _, _)? = sum.first,
      case .plot(_, let none, .range?, .text) = try statement("plot exports from 1990 to 2000 as text").kind,
      case .print(_, .standard) = try statement("print x").kind
    else {
      Issue.record("formats after list, show, print and plot")
      return
    }
    #expect(none.isEmpty)
    #expect(name.text == "TEA")
  }

  /// `as` stays an ordinary name where it is one: a variable `as`, an actor called `as`.
  @Test func asIsStillAName() throws {
    guard case .print(let first, .standard) = try statement("print as").kind, case .name(let v)? = first.first,
      case .print(let second, .json) = try statement("print as as json").kind, case .name(let w)? = second.first,
      case .show(let n, .standard) = try statement("show as").kind
    else {
      Issue.record("`as` as a name")
      return
    }
    #expect([v.text, w.text, n.text] == ["as", "as", "as"])
  }

  @Test func aWrongFormatIsLocated() {
    let (_, errors) = Parser.parse(SourceFile(name: "t", text: "list firms as xml"))
    #expect(errors.first?.message == "expected `json` or `text` after `as`, found `xml`")
    #expect(errors.first?.span?.column == 15)
  }
}
