// `plot METRIC for A, B, …`: the drawn marks against the simulated numbers.

import ClusterModel
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

  /// The series `plot … as json` gives, which the chart draws.
  func series(_ r: Recorder, _ command: String) throws -> (years: [Int], names: [String], values: [[Double?]]) {
    r.transcript = ""
    #expect(r.run(command + " as json").errors == 0, "\(r.transcript)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.transcript.utf8)) as? [String: Any])
    let years = (json["years"] as? [Double] ?? []).map { Int($0) }
    let series = json["series"] as? [[String: Any]] ?? []
    return (
      years, series.compactMap { $0["cluster"] as? String },
      series.map { s in (s["values"] as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue } }
    )
  }

  @Test(arguments: [
    "plot exports for Tirupur, NoICD", "plot exports for Tirupur, NoDepot from 1990 to 2004",
    "plot firms for Tirupur, NoICD, NoDepot from 1990 to 2030", "plot trust for NoICD",
  ], [false, true])
  func marksSitWhereTheValuesAre(_ command: String, unicode: Bool) throws {
    let r = tirupur(unicode: unicode)
    let data = try series(r, command)
    #expect(!data.years.isEmpty && data.names.count == data.values.count)
    let chart = SeriesChart(metric: String(command.split(separator: " ")[1]), names: data.names, years: data.years, series: data.values, screen: r.session.screen)
    r.transcript = ""
    #expect(r.run(command).errors == 0)
    let lines = r.transcript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Fits an 80×24 terminal with a line for the prompt.
    #expect(lines.count - 1 <= 23, "\(r.transcript)")
    #expect(lines.allSatisfy { $0.displayWidth <= 80 }, "\(r.transcript)")
    // The legend names every series with its mark.
    let legend = lines[1]
    for (i, name) in data.names.enumerated() { #expect(legend.contains("\(SeriesChart.mark(i, unicode: unicode)) \(name)"), "\(legend)") }
    // The grid as drawn: `height` lines after the title and legend, the marks after ` |` or ` +`.
    let gridLines = Array(lines[2..<(2 + chart.height)])
    let prefix = chart.labelWidth + 2
    func drawn(row: Int, column: Int) -> Character? {
      let line = Array(gridLines[chart.height - 1 - row])
      return prefix + column < line.count ? line[prefix + column] : nil
    }
    // The tick labels are the scale's round values, in the unit of the title.
    let bottomLabel = gridLines[chart.height - 1].prefix(chart.labelWidth).trimmingCharacters(in: .whitespaces)
    #expect(abs(try #require(Double(bottomLabel)) - chart.bottom / chart.divisor) < 1e-9)
    let topLabel = gridLines[0].prefix(chart.labelWidth).trimmingCharacters(in: .whitespaces)
    #expect(abs(try #require(Double(topLabel)) - chart.top / chart.divisor) < 1e-9)
    var checked = 0
    for (c, i) in chart.picked.enumerated() {
      for (s, values) in data.values.enumerated() {
        guard let v = values[i] else { continue }
        // The expected row from the chart's own scale, by hand.
        let expected = Int(((v - chart.bottom) / (chart.top - chart.bottom) * Double(chart.height - 1)).rounded())
        #expect(v >= chart.bottom && v <= chart.top)
        let mark = drawn(row: expected, column: c * chart.step)
        // An earlier series drawn on the same cell hides this one's mark.
        let hidden = (0..<s).contains { t in
          data.values[t][i].map { Int((($0 - chart.bottom) / (chart.top - chart.bottom) * Double(chart.height - 1)).rounded()) } == expected
        }
        let marks = unicode ? SeriesChart.unicodeMarks : SeriesChart.marks
        #expect(mark == SeriesChart.mark(s, unicode: unicode) || (hidden && mark.map(marks.contains) == true),
          "\(data.names[s]) in \(data.years[i]): \(v) should be on row \(expected)\n\(r.transcript)")
        checked += 1
      }
    }
    #expect(checked >= data.years.count)
    // ASCII unless the screen is a UTF-8 terminal.
    #expect(r.transcript.unicodeScalars.allSatisfy(\.isASCII) != unicode, "\(r.transcript)")
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
    #expect(r.transcript.contains("plot exports for Tirupur from 1990 to 2010"), "\(r.transcript)")
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
