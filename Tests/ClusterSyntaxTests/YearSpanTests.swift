// Spans of years (`arrive: 1995 to 2005`): parsed, located errors, printed back unchanged.

import Testing

@testable import ClusterSyntax

private func parse(_ text: String) -> (Script, [Diagnostic]) {
  Parser.parse(SourceFile(name: "t.cluster", text: text))
}

private func format(_ text: String) -> String {
  Printer.print(parse(text).0)
}

@Suite struct YearSpanTests {
  @Test func aSpanOfYearsParsesAndPrints() throws {
    let text = "firms newcomers: 300 { role: producer, arrive: 1995 to 2005 }\n"
    let (script, errors) = parse(text)
    #expect(errors.isEmpty)
    guard case .declaration(let d) = try #require(script.statements.first).kind,
      case .span(let first, let last, let span) = try #require(d.block?.attributes.last?.value)
    else {
      Issue.record("expected a span of years")
      return
    }
    #expect(first.digits == "1995" && last.digits == "2005")
    #expect(span.location == "t.cluster:1:48")
    #expect(format(text) == text)
    #expect(format("set newcomers.arrive = 1998 to 2000") == "set newcomers.arrive = 1998 to 2000\n")
  }

  @Test func aSpanNeedsItsLastYear() throws {
    let (_, errors) = parse("firms late: 10 { arrive: 2005 to }")
    let e = try #require(errors.first)
    #expect(e.message == "expected the last year after `to`, found `}`")
    #expect(e.span?.location == "t.cluster:1:34")
    #expect(e.help == "a span of years is written with its first and last year, such as `1995 to 2005`")
  }
}
