// The `event` declaration: parsed, in a scenario too, and printed back unchanged.

import Testing

@testable import ClusterSyntax

private func parse(_ text: String) -> (Script, [Diagnostic]) {
  Parser.parse(SourceFile(name: "t.cluster", text: text))
}

private func format(_ text: String) -> String {
  Printer.print(parse(text).0)
}

@Suite struct EventSyntaxTests {
  @Test func anEventIsADeclaration() throws {
    let (script, errors) = parse("event Crash { kind: demand_shock, year: 2001, size: -30%, duration: 1 }")
    #expect(errors.isEmpty)
    guard case .declaration(let d) = try #require(script.statements.first).kind else {
      Issue.record("expected a declaration")
      return
    }
    #expect(d.keyword == .event)
    #expect(d.name.text == "Crash")
    #expect(d.block?.attributes.map(\.name.text) == ["kind", "year", "size", "duration"])
    guard case .number(let size) = try #require(d.block?.attributes[2].value) else {
      Issue.record("expected a number")
      return
    }
    #expect(size.digits == "-30" && size.unit == .percent)
  }

  @Test func eventIsAKeyword() {
    #expect(Keyword(rawValue: "event") == .event)
    #expect(Keyword.statementStarters.contains(.event))
    let (_, errors) = parse("firm event")
    #expect(errors.first?.message == "`event` is a keyword and cannot be used as a name")
  }

  @Test func everyKindOfEventPrintsBackUnchanged() {
    let text = """
      event QuotaEnd { kind: quota_phase_out, year: 2005, size: -20%, markets: [EU, US] }
      event Crash { kind: demand_shock, year: 2001, size: -30%, duration: 1 }
      event Costs { kind: cost_shock, year: 2008, size: 20%, lasting: true }
      event Rupee { kind: currency_shock, year: 1991, size: -15% }

      event Alert {
        kind: import_alert
        year: 1998
        size: -40%
        duration: 2
        recovery: 3
        markets: [US]
      }

      event Ruling {
        kind: regulation
        year: 1996
        size: 10%
        hits: [dyers]
        notes: "court orders effluent treatment"
      }

      """
    #expect(format(text) == text)
  }

  @Test func aPlusSignIsDroppedAndAFractionKept() {
    #expect(format("event Up { kind: cost_shock, year: 1999, size: +10% }") == "event Up { kind: cost_shock, year: 1999, size: 10% }\n")
    #expect(format("event D { kind: demand_shock, year: 2001, size: -0.3 }") == "event D { kind: demand_shock, year: 2001, size: -0.3 }\n")
  }

  @Test func anEventMayBeAChangeOfAScenario() {
    let text = """
      scenario S from X {
        event Crash { kind: demand_shock, year: 2001, size: -30% }
        drop Alert
      }

      """
    let (_, errors) = parse(text)
    #expect(errors.isEmpty)
    #expect(format(text) == text)
  }
}
