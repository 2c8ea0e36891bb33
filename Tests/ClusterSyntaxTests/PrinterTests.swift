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
