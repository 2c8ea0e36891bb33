// The screen: every answer of every example fits the width it is given (60, 80 and 120
// columns), long cells wrap inside their column, a wide screen is used, charts follow the
// window, and colour paints statuses without moving a column.

import ClusterSyntax
import Foundation
import Testing

@testable import ClusterSession

@Suite struct ScreenTests {
  static let widths = [60, 80, 120]
  static let cases =
    files(in: repositoryRoot() + "/examples", ending: ".cluster").map { "examples/" + $0 }
    + ["Tests/ClusterSessionTests/Cases/knit.cluster"]

  /// A session whose answers (not its diagnostics) are collected.
  final class Answers {
    var text = ""
    var errors: [Diagnostic] = []
    lazy var session = Session(output: { [unowned self] in self.text += $0 }, report: { [unowned self] in self.errors.append($0) })

    func run(_ source: String, name: String = "<test>", path: String? = nil) {
      session.run(SourceFile(name: name, text: source, path: path))
    }
  }

  /// The lines of `text` wider than `width`, with their widths, for the failure message.
  static func overflowing(_ text: String, _ width: Int) -> [String] {
    text.split(separator: "\n").filter { $0.displayWidth > width }.map { "\($0.displayWidth): \($0)" }
  }

  /// The queries a person asks of the current cluster, and of every cluster (`compare`), with
  /// the year the simulation starts.
  static func queries(_ session: Session) -> [String] {
    let workspace = session.workspace
    let year = workspace.current?["year"].number.map { Int($0) } ?? 2000
    var queries = [
      "evaluate", "insights", "stage", "gears", "diamond", "roles", "financing", "valuechain", "network", "plan",
      "params", "list", "list firms", "list institutions", "list buyers", "list consortia", "list interventions",
      "list events", "list links", "list targets", "list clusters", "list variables",
    ]
    queries += (1...10).map { "why insight \($0)" }
    if let cluster = workspace.current {
      let evaluation = try? session.evaluation(at: SourceSpan(file: SourceFile(name: "<test>", text: ""), range: 0..<0))
      queries += (evaluation?.indicators ?? []).map { "why \($0.id)" }
      queries += cluster.entities.prefix(3).map { "why \(Printer.name($0.name))" }
    }
    queries += [
      "simulate \(year) to \(year + 14)", "plot exports", "plot firms", "plot trust", "why exports in \(year + 10)",
      "sensitivity on exports in \(year + 5)",
    ]
    let names = workspace.clusters.map { Printer.name($0.name) }
    if names.count > 1 {
      queries += ["compare " + names.joined(separator: ", "), "compare \(names[0]), \(names[1]) on exports in \(year + 8)"]
    }
    return queries
  }

  @Test(arguments: cases)
  func everyAnswerFitsTheWidth(_ file: String) throws {
    let path = repositoryRoot() + "/" + file
    let source = try readFile(path)
    for width in ScreenTests.widths {
      let answers = Answers()
      answers.session.screen = Screen(width: width)
      // What the example prints itself fits too.
      answers.run(source, name: file, path: path)
      #expect(answers.errors.isEmpty, "\(file): \(answers.errors.map(\.message))")
      for query in ScreenTests.queries(answers.session) {
        answers.text = ""
        answers.run(query)
        #expect(!answers.text.isEmpty, "\(file): `\(query)` printed nothing")
        let wide = ScreenTests.overflowing(answers.text, width)
        #expect(wide.isEmpty, "\(file) at \(width) columns: `\(query)` writes lines wider than the screen:\n\(wide.joined(separator: "\n"))")
      }
      // `show` writes a declaration as it is written (long strings stay whole, to be pasted
      // back); its comments on what refers to it fit.
      for entity in answers.session.workspace.current?.entities.prefix(6) ?? [] {
        answers.text = ""
        answers.run("show \(Printer.name(entity.name))")
        let comments = answers.text.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n")
        let wide = ScreenTests.overflowing(comments, width)
        #expect(wide.isEmpty, "\(file) at \(width) columns: `show \(entity.name)`:\n\(wide.joined(separator: "\n"))")
      }
      #expect(answers.errors.isEmpty, "\(file) at \(width): \(answers.errors.map(\.message))")
    }
  }

  /// The Monte Carlo band, and a plot of a span of years.
  @Test func aChartWithItsBandFitsTheWidth() throws {
    for width in [40, 60, 80, 120, 200] {
      let answers = Answers()
      answers.session.screen = Screen(width: width)
      answers.run("load \"\(repositoryRoot())/examples/tirupur.cluster\"\nruns 20\nseed 3\nsimulate 1990 to 2040")
      answers.text = ""
      answers.run("plot exports\nplot exports from 1995 to 2000")
      #expect(answers.errors.isEmpty, "\(answers.errors.map(\.message))")
      #expect(answers.text.contains(":"), "the band is drawn")
      #expect(ScreenTests.overflowing(answers.text, width).isEmpty, "\(answers.text)")
    }
  }

  // MARK: - wrapping

  @Test func wordsWrapAtSpacesAndALongWordBreaksWhereItMust() {
    #expect(Layout.lines("the ten insights of the paper", width: 12) == ["the ten", "insights of", "the paper"])
    #expect(Layout.lines("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
    // A number stays with its unit when the two fit a line.
    #expect(Layout.lines("exports 2 musd", width: 9) == ["exports", "2 musd"])
    #expect(Layout.lines("", width: 10) == [""])
  }

  @Test func wrappingCountsColumnsNotCharacters() {
    // Each of these takes two columns.
    let lines = Layout.lines("東京 大阪 名古屋 福岡", width: 9)
    #expect(lines == ["東京 大阪", "名古屋", "福岡"])
    #expect(lines.allSatisfy { $0.displayWidth <= 9 })
    // A word of wide characters breaks between characters, never inside one.
    #expect(Layout.lines("名古屋名古屋", width: 5) == ["名古", "屋名", "古屋"])
  }

  @Test func aParagraphHangsUnderItsText() {
    let text = Layout.paragraph("one two three four five six seven eight", width: 22, first: "   - ")
    #expect(text == "   - one two three\n     four five six\n     seven eight\n")
    // A label that leaves the text no room wraps with it.
    let label = Layout.paragraph("value", width: 20, first: "    a very long label name: ")
    #expect(label == "    a very long\n      label name:\n      value\n")
  }

  @Test func aTableWrapsItsWidestColumnsAndKeepsItsFigures() throws {
    var table = TextTable(["name", "amount", "evidence"])
    table.rightAligned = [1]
    table.add(["Alpha", "12345", "a long piece of evidence that goes on and on and on and on and on"])
    table.add(["Beta", "7", "short"])
    let text = table.render(on: Screen(width: 40))
    #expect(ScreenTests.overflowing(text, 40).isEmpty, "\(text)")
    #expect(text.contains("12345"))
    #expect(text.contains("Alpha"))
    // The long cell continues in its own column.
    let lines = text.split(separator: "\n").map(String.init)
    let column = try #require(lines[0].range(of: "evidence")).lowerBound.utf16Offset(in: lines[0])
    #expect(lines[3].prefix(column).allSatisfy { $0 == " " }, "\(text)")
    #expect(text.split(separator: "\n").count > 4)
  }

  @Test func aNarrowTableBreaksHeadersBeforeItsFiguresAndWords() {
    var table = TextTable(["year", "exports", "exporters", "employment", "stage"])
    table.rightAligned = [1, 2, 3]
    table.add(["1990", "100 musd", "50", "50520", "established"])
    let text = table.render(on: Screen(width: 40))
    #expect(ScreenTests.overflowing(text, 40).isEmpty, "\(text)")
    #expect(text.contains("100 musd") && text.contains("established") && text.contains("50520"), "\(text)")
  }

  @Test func aLongNameBreaksAfterItsUnderscores() {
    #expect(Layout.lines("advantage_gain_infrastructure", width: 16) == ["advantage_gain_", "infrastructure"])
    #expect(Layout.lines("see a-very-long-hyphenated-word", width: 12) == ["see", "a-very-long-", "hyphenated-", "word"])
  }

  @Test func aWideScreenIsUsed() {
    var table = TextTable(["#", "evidence"])
    let evidence = String(repeating: "evidence ", count: 15).trimmingTrailingSpaces()
    table.add(["1", evidence])
    let text = table.render(on: Screen(width: 200))
    #expect(text.contains(evidence), "nothing is cut when there is room")
    #expect(text.split(separator: "\n").count == 3)
  }

  @Test func theDashboardShowsTheWholeEvidenceOnAWideScreen() throws {
    let answers = Answers()
    answers.session.screen = Screen(width: 300)
    answers.run("load \"\(repositoryRoot())/examples/tirupur.cluster\"")
    answers.text = ""
    answers.run("evaluate")
    #expect(!answers.text.contains("…"), "\(answers.text)")
    #expect(answers.text.contains("50 fully (exporting directly or selling to a buyer of global reach)"), "\(answers.text)")
  }

  // MARK: - diagnostics

  /// A diagnostic wraps its help between words, its heading, source line and caret kept.
  @Test func diagnosticsWrapBetweenWordsAndKeepTheirCarets() {
    let r = Recorder()
    r.run("load example tirupur\nexport svg exprots to x.svg")
    guard let diagnostic = r.diagnostics.last else { Issue.record("no diagnostic"); return }
    let rendered = DiagnosticRenderer().render(diagnostic)
    let fitted = Screen(width: 60).fitDiagnostic(rendered)
    let lines = fitted.split(separator: "\n").map(String.init)
    #expect(rendered.split(separator: "\n").contains { $0.count > 60 }, "\(rendered)")
    #expect(lines.allSatisfy { $0.displayWidth <= 60 || $0.hasPrefix("2 |") || $0.hasPrefix("t.cluster:2:") }, "\(fitted)")
    #expect(lines.first?.hasPrefix("t.cluster:2:12: error: ") == true, "the heading stays one line for tools")
    // Every word is kept, in order.
    #expect(fitted.split(whereSeparator: \.isWhitespace) == rendered.split(whereSeparator: \.isWhitespace))
    // The caret is still under the word it marks.
    let source = Array(lines.first { $0.hasPrefix("2 |") } ?? "")
    let caret = lines.first { $0.contains("^") } ?? ""
    let column = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) } ?? 0
    #expect(column > 0 && column < source.count && source[column...].starts(with: "exprots"), "\(fitted)")
    // Help continues under its own text.
    #expect(lines.contains { $0.hasPrefix("  = help: ") } && lines.contains { $0.hasPrefix("          ") && !$0.contains("|") }, "\(fitted)")
  }

  // MARK: - charts

  @Test func aChartIsAsTallAsTheWindowAllows() {
    #expect(Chart.height(Screen()) == 16)
    #expect(Chart.height(Screen(height: 50)) == 16)
    #expect(Chart.height(Screen(height: 20)) == 14)
    #expect(Chart.height(Screen(height: 8)) == 6)
    let answers = Answers()
    answers.session.screen = Screen(width: 100, height: 18)
    answers.run("load \"\(repositoryRoot())/examples/tirupur.cluster\"\nsimulate 1990 to 2004")
    answers.text = ""
    answers.run("plot exports")
    // A title, a legend, up to 12 rows (a whole number of rows between ticks), the axis and the
    // years: the window's 18 rows less one for the prompt at most.
    let lines = answers.text.split(separator: "\n").count
    #expect(lines <= 17 && lines >= 12, "\(answers.text)")
    #expect(answers.text.split(separator: "\n").contains { $0.displayWidth > 80 }, "a wide window gets a wide chart")
  }

  // MARK: - colour

  static func withoutEscapes(_ text: String) -> String {
    var out = ""
    var escape = false
    for scalar in text.unicodeScalars {
      if escape {
        if scalar == "m" { escape = false }
      } else if scalar == "\u{1B}" {
        escape = true
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  @Test func statusesAreColouredWithoutMovingAColumn() throws {
    let path = repositoryRoot() + "/Tests/ClusterSessionTests/Cases/knit.cluster"
    var plain = ""
    var coloured = ""
    for colour in [false, true] {
      let answers = Answers()
      answers.session.screen = Screen(width: 80, colour: colour)
      answers.run(try readFile(path), path: path)
      answers.text = ""
      answers.run("evaluate\ninsights\nwhy insight 9")
      if colour { coloured = answers.text } else { plain = answers.text }
      // JSON is for programs: never painted.
      answers.text = ""
      answers.run("evaluate as json\ninsights as json")
      #expect(!answers.text.contains("\u{1B}"))
    }
    #expect(!plain.contains("\u{1B}"), "no colour, no escapes")
    #expect(coloured.contains("\u{1B}[32mstrength\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[33mwarning\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1;31mrisk\u{1B}[0m"))
    #expect(ScreenTests.withoutEscapes(coloured) == plain)
    // The insights' rows of `compare`.
    let unido = repositoryRoot() + "/examples/unido-comparison.cluster"
    var compared: [String] = []
    for colour in [false, true] {
      let answers = Answers()
      answers.session.screen = Screen(width: 80, colour: colour)
      answers.run(try readFile(unido), path: unido)
      answers.text = ""
      answers.run("compare SinosShoes, KoreanChaebols")
      compared.append(answers.text)
    }
    #expect(compared[1].contains("\u{1B}[32mstrength\u{1B}[0m"))
    #expect(ScreenTests.withoutEscapes(compared[1]) == compared[0])
    // A count of none is not painted.
    #expect(Screen(colour: true).paintingStatuses("4 strength · 6 warning · 0 risk", all: true)
      == "4 \u{1B}[32mstrength\u{1B}[0m · 6 \u{1B}[33mwarning\u{1B}[0m · 0 risk")
  }
}
