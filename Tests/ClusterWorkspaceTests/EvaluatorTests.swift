// Expressions: counting with cohorts, sums, filters, units and enumeration checks.

import ClusterSyntax
import Testing

@testable import ClusterWorkspace

func value(_ expression: String, in text: String = base) throws -> Value {
  let (workspace, error, _) = applying(text)
  if let error { throw error }
  let (script, errors) = Parser.parse(SourceFile(name: "e", text: "print " + expression))
  if let first = errors.first { throw first }
  guard case .print(let values, _) = script.statements[0].kind, let e = values.first else {
    throw Diagnostic.error("not print", at: nil)
  }
  return try Evaluator(workspace: workspace).evaluate(e)
}

@Suite struct EvaluatorTests {
  @Test func countWeighsCohorts() throws {
    #expect(try value("count(firms)").display == "2551")
    #expect(try value("count(firms where role == exporter)").display == "50")
    #expect(try value("count(firms where employees > 40 and role == producer)").display == "2500")
    #expect(try value("count(links where kind == cooperation)").display == "1")
  }

  @Test func sumMultipliesByCohortSize() throws {
    #expect(try value("sum(firms.employees)").display == "\(2500 * 50 + 50 * 150 + 20)")
  }

  @Test func arithmeticKeepsUnits() throws {
    #expect(try value("Tirupur.exports * 12").display == "1.2 busd")
    #expect(try value("Tirupur.exports / 100 musd").display == "1")
    #expect(try value("30% + 0.1").display == "0.4")
    #expect(throws: Diagnostic.self) { try value("Tirupur.exports + 3") }
    #expect(throws: Diagnostic.self) { try value("1 / 0") }
  }

  @Test func listAttributesCompareByMembership() throws {
    #expect(try value("count(institutions where roles == catalyst)").display == "1")
  }

  @Test func misspeltEnumerationInAFilterSuggests() throws {
    do {
      _ = try value("count(firms where role == produser)")
      Issue.record("expected an error")
    } catch {
      #expect((error as? Diagnostic)?.help?.hasPrefix("did you mean `producer`?") == true)
    }
  }

  @Test func enumerationWordsWinOverVariables() throws {
    #expect(try value("count(firms where role == exporter)", in: base + "\nlet exporter = 3").display == "50")
  }

  @Test func unsetAttributesAreFalseNotErrors() throws {
    #expect(try value("count(firms where exports > 1 musd)").display == "0")
  }
}
