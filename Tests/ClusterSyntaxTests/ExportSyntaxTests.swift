// `export FORMAT [WHAT] [for NAME, …] to FILE [replace]`: parsed into its parts and printed back
// in canonical form, which parses to the same statement.

import Testing

@testable import ClusterSyntax

@Suite struct ExportSyntaxTests {
  private func request(_ text: String) throws -> ExportRequest {
    let (script, errors) = Parser.parse(SourceFile(name: "t", text: text))
    #expect(errors.isEmpty, "\(errors.map(\.message))")
    guard case .export(let r)? = script.statements.first?.kind else {
      Issue.record("not an export: \(text)")
      throw ExportSyntaxFailure()
    }
    return r
  }

  private struct ExportSyntaxFailure: Error {}

  @Test func partsAreParsed() throws {
    let r = try request("export svg exports for Tirupur, \"No ICD\" to charts/x.svg replace")
    #expect(r.format == .svg)
    #expect(r.subject?.text == "exports")
    #expect(r.clusters.map(\.text) == ["Tirupur", "No ICD"])
    #expect(r.path == "charts/x.svg")
    #expect(r.replace)
    let plain = try request("export html to \"my report.html\"")
    #expect(plain.format == .html && plain.subject == nil && plain.clusters.isEmpty && !plain.replace)
    #expect(plain.path == "my report.html")
    // Keywords name pictures: `gears`, `diamond`, `network`.
    #expect(try request("export svg network to n.svg").subject?.text == "network")
  }

  @Test(arguments: [
    ("export html to report.html", "export html to \"report.html\""),
    ("export  csv   indicators to i.csv replace", "export csv indicators to \"i.csv\" replace"),
    ("export svg exports for Tirupur,NoICD to \"x.svg\"", "export svg exports for Tirupur, NoICD to \"x.svg\""),
    ("export json for \"No ICD\" to a.json", "export json for \"No ICD\" to \"a.json\""),
    ("export dot to \"a b.dot\" replace", "export dot to \"a b.dot\" replace"),
  ])
  func printsBackCanonically(_ source: String, _ canonical: String) throws {
    let (script, errors) = Parser.parse(SourceFile(name: "t", text: source))
    #expect(errors.isEmpty)
    #expect(Printer.print(script) == canonical + "\n")
    let again = Parser.parse(SourceFile(name: "t", text: canonical)).script
    #expect(Printer.print(again) == canonical + "\n")
  }

  @Test(arguments: ["export", "export pdf to a.pdf", "export html", "export html for to a.html", "export json for A, to a.json"])
  func mistakesAreSyntaxErrors(_ source: String) {
    #expect(!Parser.parse(SourceFile(name: "t", text: source)).diagnostics.isEmpty, "\(source)")
  }
}
