// "Did you mean": must-suggest and must-not-suggest pairs from our own vocabulary.

import Testing

@testable import ClusterSyntax

@Suite struct SuggestionTests {
  @Test(arguments: [
    ("instituton", ["institution", "intervention", "firm"], "institution"),
    ("frim", ["firm", "firms", "link"], "firm"),
    ("vertcal", ["vertical", "horizontal"], "vertical"),
    ("Firm", ["firm", "link"], "firm"),
    ("manufacturng", ["manufacturing", "high_tech", "agricultural"], "manufacturing"),
    ("tools_machine", ["machine_tools", "tirupur"], "machine_tools"),
    ("coperation", ["supplies", "cooperation", "member"], "cooperation"),
  ])
  func suggests(_ typed: String, _ candidates: [String], _ expected: String) {
    #expect(Suggestions.best(for: typed, among: candidates) == expected)
  }

  @Test(arguments: [
    ("sqrt", ["assert", "list"]),
    ("xy", ["by", "or"]),
    ("banana", ["firm", "link", "cluster"]),
  ])
  func staysQuiet(_ typed: String, _ candidates: [String]) {
    #expect(Suggestions.best(for: typed, among: candidates) == nil)
  }

  @Test func transpositionCostsOneEdit() {
    #expect(Suggestions.distance("frim", "firm") == 2)
    #expect(Suggestions.distance("firm", "Firm") == 1)
  }

  @Test func helpListsFewAllowedValues() {
    #expect(Suggestions.help(for: "vertcal", among: ["vertical", "horizontal"]) == "did you mean `vertical`? (allowed: vertical, horizontal)")
  }
}
