// `plot METRIC for A, B, …`: the drawn marks against the simulated numbers.

import ClusterModel
import ClusterSyntax
import Foundation
import Testing

@testable import ClusterSession

@Suite struct ChartTests {
  /// A session with Tirupur and a scenario without its depot and water scheme.
  func tirupur(width: Int = 80, height: Int? = 24, unicode: Bool = false) -> Recorder {
    let r = Recorder()
    r.session.screen = Screen(width: width, height: height, unicode: unicode)
    r.run("load example tirupur\nscenario NoICD from Tirupur { drop ICD }\nscenario NoDepot from Tirupur { drop ICD; drop Water }")
    return r
  }

  /// The series `plot … as json` gives, which the chart draws: each one's values and band, by
  /// hand from the JSON (both shapes: one metric of the last simulation, and `series`).
  func series(_ r: Recorder, _ command: String) throws -> (years: [Int], values: [[Double?]], p10: [[Double?]?], p90: [[Double?]?]) {
    r.transcript = ""
    #expect(r.run(command + " as json").errors == 0, "\(r.transcript)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.transcript.utf8)) as? [String: Any])
    let years = (json["years"] as? [Double] ?? []).map { Int($0) }
    func numbers(_ any: Any?) -> [Double?]? { (any as? [Any]).map { $0.map { ($0 as? NSNumber)?.doubleValue } } }
    let series = json["series"] as? [[String: Any]] ?? [json]
    return (years, series.map { numbers($0["values"]) ?? [] }, series.map { numbers($0["p10"]) }, series.map { numbers($0["p90"]) })
  }

  /// The chart the session draws for `command` (a `plot` of simulated metrics).
  func chart(_ r: Recorder, _ command: String) throws -> SeriesChart {
    let (script, errors) = Parser.parse(SourceFile(name: "t", text: command))
    #expect(errors.isEmpty)
    guard case .plot(let metrics, let clusters, let period, _)? = script.statements.first?.kind else { throw Failure.notAPlot }
    return try r.session.plotted(metrics, for: clusters, period: period, at: script.statements[0].span).chart(on: r.session.screen)
  }

  enum Failure: Error { case notAPlot }

  @Test(arguments: [
    "plot exports for Tirupur, NoICD", "plot exports for Tirupur, NoDepot from 1990 to 2004",
    "plot firms for Tirupur, NoICD, NoDepot from 1990 to 2030", "plot trust for NoICD",
    "runs 40\nplot exports for Tirupur, NoICD from 1990 to 2004", "runs 40\nplot exports, firms for Tirupur from 1990 to 2010",
    "runs 40\nsimulate 1990 to 2004 quiet\nplot exports", "simulate 1990 to 2010 quiet\nplot exports, demand, capacity",
    "simulate 1990 to 2010 quiet\nplot exports, firms from 1995 to 2005", "plot trust, social_capital for Tirupur, NoICD from 1990 to 2000",
  ], [false, true])
  func marksAndBandsSitWhereTheValuesAre(_ script: String, unicode: Bool) throws {
    let r = tirupur(unicode: unicode)
    let lines = script.split(separator: "\n").map(String.init)
    let command = try #require(lines.last)
    for setup in lines.dropLast() { #expect(r.run(setup).errors == 0) }
    let data = try series(r, command)
    let chart = try chart(r, command)
    #expect(!data.years.isEmpty && chart.series.count == data.values.count)
    r.transcript = ""
    #expect(r.run(command).errors == 0)
    #expect(r.transcript == chart.render(width: 80))
    let drawn = r.transcript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Fits an 80×24 terminal with a line for the prompt.
    #expect(drawn.count - 1 <= 23, "\(r.transcript)")
    #expect(drawn.allSatisfy { $0.displayWidth <= 80 }, "\(r.transcript)")
    // The legend names every series with its mark, and its band's glyph when it has one.
    // The title may take more than one line.
    let titleLines = Layout.paragraph(chart.title, width: 80).split(separator: "\n").count
    let legend = drawn[titleLines..<(titleLines + chart.legend.count)].joined(separator: "  ")
    #expect(chart.legend.isEmpty == (chart.names.count == 1 && data.p10[0] == nil))
    for (i, name) in chart.names.enumerated() where !chart.legend.isEmpty {
      #expect(legend.contains("\(SeriesChart.mark(i, unicode: unicode)) \(name)"), "\(legend)")
      #expect(legend.contains("(\(SeriesChart.bandGlyph(i, unicode: unicode)) P10") == (data.p10[i] != nil), "\(legend)")
    }
    // On an index, each series over its first positive value, by hand.
    let indexed = chart.unit == "index"
    #expect(indexed == (command.contains("exports, firms")), "\(chart.unit)")
    func shown(_ s: Int, _ v: Double) -> Double {
      guard indexed, let base = data.values[s].compactMap({ $0 }).first(where: { $0 > 0 }) else { return v }
      return v / base * 100
    }
    // The grid as drawn: `height` lines after the title and legend, the marks after the axis.
    let gridLines = Array(drawn[(titleLines + chart.legend.count)..<(titleLines + chart.legend.count + chart.height)])
    let prefix = chart.labelWidth + 2
    func cell(row: Int, column: Int) -> Character? {
      let line = Array(gridLines[chart.height - 1 - row])
      return prefix + column < line.count ? line[prefix + column] : nil
    }
    func row(_ v: Double) -> Int { Int(((v - chart.bottom) / (chart.top - chart.bottom) * Double(chart.height - 1)).rounded()) }
    // The tick labels are the scale's round values, in the unit of the title.
    let bottomLabel = gridLines[chart.height - 1].prefix(chart.labelWidth).trimmingCharacters(in: .whitespaces)
    #expect(abs(try #require(Double(bottomLabel)) - chart.bottom / chart.divisor) < 1e-9)
    let topLabel = gridLines[0].prefix(chart.labelWidth).trimmingCharacters(in: .whitespaces)
    #expect(abs(try #require(Double(topLabel)) - chart.top / chart.divisor) < 1e-9)
    let marks = unicode ? SeriesChart.unicodeMarks : SeriesChart.marks
    let glyphs = unicode ? SeriesChart.unicodeBandGlyphs : SeriesChart.bandGlyphs
    var checked = 0
    var bandCells = 0
    for (c, i) in chart.picked.enumerated() {
      for s in data.values.indices {
        let column = c * chart.step + chart.offsets[s]
        // An earlier series drawn in the same cell hides this one's mark or band.
        func hiddenBy(_ t: Int, row r: Int) -> Bool {
          t < s && chart.offsets[t] == chart.offsets[s] && data.values[t][i].map { row(shown(t, $0)) == r } == true
        }
        if let low = data.p10[s]?[i], let high = data.p90[s]?[i] {
          for bandRow in row(shown(s, low))...row(shown(s, high)) {
            let drawn = cell(row: bandRow, column: column)
            let shared = chart.offsets[s] == 0 && data.p10.indices.contains { $0 != s && data.p10[$0] != nil }
            #expect(
              drawn == SeriesChart.bandGlyph(s, unicode: unicode) || drawn.map(marks.contains) == true
                || (shared && drawn.map(glyphs.contains) == true),
              "\(chart.names[s]) in \(data.years[i]): band at row \(bandRow)\n\(r.transcript)")
            bandCells += 1
          }
        }
        guard let raw = data.values[s][i] else { continue }
        let v = shown(s, raw)
        #expect(v >= chart.bottom && v <= chart.top)
        let mark = cell(row: row(v), column: column)
        let hidden = (0..<s).contains { hiddenBy($0, row: row(v)) }
        #expect(mark == SeriesChart.mark(s, unicode: unicode) || (hidden && mark.map(marks.contains) == true),
          "\(chart.names[s]) in \(data.years[i]): \(v) should be on row \(row(v))\n\(r.transcript)")
        checked += 1
      }
    }
    #expect(checked >= chart.picked.count * data.values.count - data.values.count)
    #expect((bandCells > 0) == script.contains("runs 40"), "\(bandCells)")
    // ASCII unless the screen is a UTF-8 terminal.
    #expect(r.transcript.unicodeScalars.allSatisfy(\.isASCII) != unicode, "\(r.transcript)")
  }

  /// Several series stand side by side, each in its own column beside the year's, with a blank
  /// column between years: when the years do not all fit, every second (or d-th) year is drawn,
  /// the first and the last included, and the chart still spreads over the width.
  @Test func seriesStandSideBySideOverRegularYears() throws {
    let r = tirupur()
    #expect(r.run("runs 30").errors == 0)
    let two = try chart(r, "plot exports for Tirupur, NoICD from 1990 to 2004")
    #expect(two.offsets == [0, 1] && two.step > 2 && two.picked == Array(0..<15))
    let one = try chart(r, "plot exports for Tirupur from 1990 to 2004")
    #expect(one.offsets == [0])
    let four = try chart(r, "plot exports, firms for Tirupur, NoICD from 1990 to 2010")
    #expect(four.offsets == [0, 1, 2, 3] && four.picked == Array(stride(from: 0, through: 20, by: 2)) && four.step >= 5)
    // Forty-one years of one series: every second year, not one crammed column a year.
    let long = try chart(r, "plot exports for Tirupur from 1990 to 2030")
    #expect(long.picked == Array(stride(from: 0, through: 40, by: 2)) && long.step >= 2)
    for chart in [two, one, four, long] {
      let width = (chart.grid.first?.count ?? 0) + chart.labelWidth + 2
      #expect(width <= 80 && width >= 60, "\(width)")
    }
    // Sixty-one years of two series: a span with no divisor that fits gives evenly spaced years.
    let crowded = try chart(r, "plot exports for Tirupur, NoICD from 1990 to 2050")
    #expect(crowded.offsets == [0, 1] && crowded.picked.first == 0 && crowded.picked.last == 60 && crowded.step >= 3)
  }

  /// The y axis ends near the data: of the round ticks, the one that wastes least room.
  @Test func theAxisEndsNearTheData() throws {
    let r = tirupur()
    #expect(r.run("simulate 1990 to 2010 quiet").errors == 0)
    let chart = try chart(r, "plot exports")
    let high = r.session.simulations["Tirupur"]?.trajectory.years.map(\.exports).max() ?? 0
    #expect(chart.top >= high && (chart.top - high) / chart.top < 0.25, "top \(chart.top) for \(high)")
  }

  /// The bars of `plot gears` and `plot diamond` are as long as their figures: a project a cell
  /// (or three) and the budget on one scale, the diamond's scores on 0 to 1.
  @Test(arguments: [false, true]) func barsAreAsLongAsTheirFigures(unicode: Bool) throws {
    let r = Recorder()
    r.session.screen = Screen(width: 80, height: 24, unicode: unicode)
    #expect(r.run("load example tirupur-2005\nscenario Less from Tirupur2005 { intervention Fund { kind: training_institute, lead: TEA, cost: 40 musd, start: 2000, status: running }; drop LabourStandards }").errors == 0)
    let solid: Character = unicode ? "█" : "#"
    let hollow: Character = unicode ? "░" : "-"
    let track: Character = unicode ? "·" : "."
    for command in ["plot gears", "plot gears for Tirupur2005, Less"] {
      r.transcript = ""
      #expect(r.run(command).errors == 0)
      let text = r.transcript
      #expect(text.split(separator: "\n").allSatisfy { $0.displayWidth <= 80 }, "\(text)")
      r.transcript = ""
      #expect(r.run(command + " as json").errors == 0)
      let json = try #require(try JSONSerialization.jsonObject(with: Data(r.transcript.utf8)) as? [String: Any])
      let clusters = json["clusters"] as? [[String: Any]] ?? []
      let rows = text.split(separator: "\n").map(String.init).filter { $0.contains(/\d+ \+ \d+/) && !$0.contains("counted") }
      #expect(rows.count == 4 * clusters.count, "\(text)")
      var k = 0
      var perProject: Set<Int> = []
      var budgetBars: [(cells: Int, budget: Double)] = []
      for gear in 0..<4 {
        for c in clusters {
          let g = (c["gears"] as? [[String: Any]] ?? [])[gear]
          let underWay = (g["projects"] as? [Any])?.count ?? 0
          let planned = (g["planned"] as? [Any])?.count ?? 0
          let row = rows[k]
          k += 1
          // The projects' bar before the count, the budget's after it.
          let parts = row.components(separatedBy: "  \(underWay) + \(planned)  ")
          #expect(parts.count == 2 || (parts.count == 1 && row.hasSuffix("\(underWay) + \(planned)")), "\(row)")
          // The bar is the last word before the count made of bar glyphs only (none: no bar).
          let last = parts[0].split(separator: " ").last.map(String.init) ?? ""
          let projects = last.allSatisfy { $0 == solid || $0 == hollow } ? last : ""
          let filled = projects.filter { $0 == solid }.count
          let outlined = projects.filter { $0 == hollow }.count
          #expect((filled == 0) == (underWay == 0) && (outlined == 0) == (planned == 0), "\(row)")
          if underWay > 0 { perProject.insert(filled / underWay); #expect(filled % underWay == 0, "\(row)") }
          if planned > 0 { perProject.insert(outlined / planned); #expect(outlined % planned == 0, "\(row)") }
          if let budget = (g["budget_usd"] as? NSNumber)?.doubleValue, parts.count == 2 {
            budgetBars.append((parts[1].filter { $0 == solid }.count, budget))
          } else if parts.count == 2 {
            #expect(!parts[1].contains(solid), "\(row)")
          }
        }
      }
      // The same cells a project everywhere, and budgets on one scale (the largest the longest).
      #expect(perProject.count == 1 && (1...3).contains(perProject.first ?? 0), "\(perProject)\n\(text)")
      if let longest = budgetBars.max(by: { $0.budget < $1.budget }) {
        for bar in budgetBars {
          #expect(abs(Double(bar.cells) - bar.budget / longest.budget * Double(longest.cells)) <= 1, "\(bar)\n\(text)")
        }
      }
      #expect(budgetBars.isEmpty == text.contains("no project under way declares a cost"), "\(text)")
    }
    for command in ["plot diamond", "plot diamond for Tirupur2005, Less"] {
      r.transcript = ""
      #expect(r.run(command + " as json").errors == 0)
      let json = try #require(try JSONSerialization.jsonObject(with: Data(r.transcript.utf8)) as? [String: Any])
      let scores = (json["clusters"] as? [[String: Any]] ?? []).map { ($0["diamond"] as? [[String: Any]] ?? []).map { ($0["score"] as? NSNumber)?.doubleValue } }
      r.transcript = ""
      #expect(r.run(command).errors == 0)
      let rows = r.transcript.split(separator: "\n").map(String.init).filter { $0.contains(track) || $0.contains(solid) || $0.hasSuffix("n/k") }
      #expect(rows.count == scores.count * (scores.first?.count ?? 0), "\(r.transcript)")
      for (k, row) in rows.enumerated() {
        let score = scores[k % scores.count][k / scores.count]
        let bar = row.split(separator: " ").first { $0.allSatisfy { $0 == solid || $0 == track } } ?? ""
        let filled = bar.filter { $0 == solid }.count
        let length = bar.count
        if let score {
          #expect(length > 0 && abs(Double(filled) - score * Double(length)) <= 0.5 + 1e-9, "\(row): \(score)")
        } else {
          #expect(length == 0 && row.hasSuffix("n/k"), "\(row)")
        }
      }
    }
  }

  @Test func plotRefusesWhatItCannotDraw() {
    let r = tirupur()
    for (command, message) in [
      ("plot gears, exports", "`plot gears` draws one picture"), ("plot exports, gears", "`gears` is a picture of its own"),
      ("plot exports, exports", "`exports` is named twice"), ("plot diamond from 1990 to 2000", "has no years"),
      ("plot exports, firms, trust for Tirupur, NoICD, NoDepot", "9 series are more than one chart tells apart"),
      ("plot exports, wealth for Tirupur", "unknown metric `wealth`"),
    ] {
      r.transcript = ""
      #expect(r.run(command).errors == 1, "\(command)")
      #expect(r.transcript.contains(message), "\(r.transcript)")
    }
  }

  @Test func theScaleHasRoundTicks() {
    #expect(SeriesChart.niceStep(1000, parts: 4) == 250)
    #expect(SeriesChart.niceStep(1.4e9, parts: 4) == 5e8)
    #expect(SeriesChart.niceStep(0.8, parts: 4) == 0.2)
    #expect(SeriesChart.niceStep(7, parts: 4) == 2)
  }

  @Test func plotForNeedsKnownClusters() {
    let r = tirupur()
    #expect(r.run("plot exports for Tirupur, Nowhere").errors == 1)
    #expect(r.run("plot exports for Tirupur in 2000").errors == 1)
    #expect(r.transcript.contains("plot exports for Tirupur from 1990 to 2000") && r.transcript.contains("print exports(2000)"), "\(r.transcript)")
  }

  @Test func compareTablesEndWithSparklines() {
    // One scale for all: the lowest value is the lowest level, the highest the highest.
    #expect(SimulationReport.sparklines([[0, 6, 14], [6, nil, 14]], unicode: true) == ["▁▄█", "▄ █"])
    #expect(SimulationReport.sparklines([[0, 6, 14], [6, nil, 14]], unicode: false) == ["_~#", "~ #"])
    #expect(SimulationReport.sparklines([Array(repeating: 1, count: 50)], unicode: true) == [String(repeating: "▁", count: 20)])
    let r = tirupur()
    r.transcript = ""
    #expect(r.run("compare Tirupur, NoICD on exports from 1990 to 2000").errors == 0)
    let trend = r.transcript.split(separator: "\n").last { $0.hasPrefix("trend") }
    #expect(trend?.contains("_") == true && trend?.contains("#") == true, "\(r.transcript)")
    // One year has no trend.
    r.transcript = ""
    #expect(r.run("compare Tirupur, NoICD on exports in 2000").errors == 0)
    #expect(!r.transcript.contains("trend"))
  }
}
