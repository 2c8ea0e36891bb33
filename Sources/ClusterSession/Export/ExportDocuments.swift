// The text forms `export` writes: JSON (the query shapes of docs/model.md gathered in one
// document, described by docs/export.schema.json), CSV (RFC 4180, tidy) and Markdown (the
// findings as a document). Rendering only: every figure comes from the bundle's results.

import ClusterModel
import ClusterWorkspace

enum ExportDocuments {
  /// The version of the JSON document's shape; it changes when a key is removed or changes meaning.
  static let jsonVersion = 1

  // MARK: - JSON

  static func json(_ b: ExportBundle) -> String {
    var entries: [(String, JSON)] = [
      ("version", .number(Double(jsonVersion))),
      ("generator", .string("clusterlab export")),
      ("years", .object([("from", .number(Double(b.years.lowerBound))), ("to", .number(Double(b.years.upperBound)))])),
      ("clusters", .array(b.cases.map(caseJSON))),
    ]
    if let rows = b.comparison {
      let names = b.cases.map(\.name)
      let years = Array(b.years)
      let exports = b.series("exports").map(\.values)
      entries.append((
        "comparison",
        .object([
          ("evaluations", Report.compareJSON(names, rows)),
          ("exports", SimulationReport.compareJSON(names, "exports", years, exports)),
        ])
      ))
    } else {
      entries.append(("comparison", .null))
    }
    return JSON.object(entries).text
  }

  private static func caseJSON(_ c: ExportCase) -> JSON {
    let e = c.evaluation
    var trajectory: [(String, JSON)] = [("source", .string(c.source.rawValue)), ("note", .string(c.sourceNote))]
    if case .object(let run) = SimulationReport.json(c.name, c.record) {
      trajectory += run.filter { $0.0 != "cluster" }
    }
    return .object([
      ("name", .string(c.name)),
      ("scenario_of", .string(c.scenarioOf)),
      ("evaluation", Report.evaluationJSON(e, c.parameters)),
      ("stage", Report.stageJSON(e)),
      ("gears", Report.gearsJSON(e)),
      ("diamond", Report.diamondJSON(e)),
      ("roles", Report.rolesJSON(e)),
      ("financing", Report.financingJSON(e)),
      ("value_chain", Report.valueChainJSON(e)),
      ("network", Report.networkJSON(e)),
      ("plan", Report.planJSON(e)),
      ("trajectory", .object(trajectory)),
    ])
  }

  // MARK: - CSV

  /// One field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break,
  /// quotes doubled.
  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
    var out = "\""
    for c in s {
      if c == "\"" { out += "\"\"" } else { out.append(c) }
    }
    return out + "\""
  }

  /// A number in full (the shortest form that reads back the same), empty when unknown.
  static func number(_ x: Double?) -> String {
    guard let x, x.isFinite else { return "" }
    return JSON.numberText(x)
  }

  /// Records with CRLF line ends, as RFC 4180 writes them.
  static func csv(_ header: [String], _ rows: [[String]]) -> String {
    ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  static let trajectoryColumns = ["cluster", "scenario_of", "year", "metric", "value", "p10", "p50", "p90", "source"]
  static let indicatorColumns = ["cluster", "id", "title", "value", "unit", "text"]

  /// Tidy trajectories: a row per cluster or scenario, year and metric; the percentiles are
  /// empty without Monte Carlo runs.
  static func trajectoriesCSV(_ b: ExportBundle) -> String {
    var rows: [[String]] = []
    for c in b.cases {
      for state in c.record.trajectory.years {
        for metric in Trajectory.metrics {
          guard let value = Trajectory.value(metric, of: state) else { continue }
          let p = c.record.monteCarlo?.percentiles(metric, in: state.year)
          rows.append([
            c.name, c.scenarioOf ?? "", String(state.year), metric, number(value), number(p?.p10), number(p?.p50), number(p?.p90),
            c.source.rawValue,
          ])
        }
      }
    }
    return csv(trajectoryColumns, rows)
  }

  /// A row per indicator of each cluster or scenario.
  static func indicatorsCSV(_ b: ExportBundle) -> String {
    var rows: [[String]] = []
    for c in b.cases {
      for i in c.evaluation.indicators {
        rows.append([c.name, i.id, i.title, number(i.value), i.unit, i.text])
      }
    }
    return csv(indicatorColumns, rows)
  }

  // MARK: - Markdown

  /// Text in a Markdown table cell or line: pipes and backslashes escaped, line breaks folded.
  static func md(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "|": out += "\\|"
      case "\\": out += "\\\\"
      case "\n", "\r", "\r\n": out += " "
      default: out.append(c)
      }
    }
    return out
  }

  static func markdownTable(_ header: [String], _ rows: [[String]], right: Set<Int> = []) -> String {
    var out = "| " + header.map(md).joined(separator: " | ") + " |\n"
    out += "|" + header.indices.map { right.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
    for row in rows { out += "| " + row.map(md).joined(separator: " | ") + " |\n" }
    return out
  }

  static func markdown(_ b: ExportBundle) -> String {
    let c = b.main
    let e = c.evaluation
    var out = "# \(md(e.facts.name)): findings\n\n"
    out += "\(md(Report.heading(e))), evaluated by clusterlab against the ten insights of ITC's "
    out += "*Innovations in Export Strategy: Competitiveness through export clustering* (2005).\n\n"
    if b.cases.count > 1 {
      out += "The findings of \(md(c.name)) come first, then the trajectories and the comparison, then the findings of "
      out += b.cases.dropFirst().map { md($0.name) }.joined(separator: ", ") + ", each in its own section.\n\n"
    }
    out += findings(c, level: 2, first: nil)

    out += "## Trajectories\n\n"
    let exports = b.series("exports")
    out += "Exports by year (\(b.cases.map { md(HTMLReport.sourceText($0)) }.joined(separator: "; "))).\n\n"
    if let hint = HTMLReport.bandHint(b) { out += md(hint) + "\n\n" }
    // A case with Monte Carlo runs also gets its P10 and P90 columns beside its run.
    var headers = ["year"]
    for series in exports {
      headers.append(series.name)
      if series.band != nil { headers += ["\(series.name) P10", "\(series.name) P90"] }
    }
    out += markdownTable(
      headers,
      b.years.enumerated().map { i, year in
        [String(year)]
          + exports.flatMap { series in
            [SimulationReport.cell("exports", series.values[i])]
              + (series.band.map { band in [SimulationReport.cell("exports", band[i]?.p10), SimulationReport.cell("exports", band[i]?.p90)] } ?? [])
          }
      },
      right: Set(0..<headers.count)) + "\n"
    if let rows = b.comparison {
      out += "## Compared\n\n" + markdownTable([""] + b.cases.map(\.name), rows.map { [$0.label] + $0.cells }) + "\n"
    }
    out += plan(c, level: 2)

    for other in b.cases.dropFirst() {
      out += "## \(md(HTMLReport.caseTitle(other)))\n\n"
      if let (lead, script) = HTMLReport.changeText(other) {
        out += md(lead) + "\n\n"
        if let script {
          // Longer than any run of backquotes in a name it quotes, so the block ends where it should.
          var fence = "```"
          while script.contains(fence) { fence += "`" }
          out += "\(fence)\n\(script)\n\(fence)\n\n"
        }
      }
      out += findings(other, level: 3, first: c)
      out += plan(other, level: 3)
    }
    return out
  }

  /// A heading `level` deep (`##` for 2).
  private static func heading(_ level: Int, _ title: String) -> String {
    String(repeating: "#", count: min(6, level)) + " " + title + "\n\n"
  }

  /// A case's findings from its summary to its network, its sections at `level`. Another
  /// case than the first (`first`) marks the insights whose status differs.
  private static func findings(_ c: ExportCase, level: Int, first: ExportCase?) -> String {
    let e = c.evaluation
    var out = heading(level, "Case summary")
    out += markdownTable(["", ""], HTMLReport.summaryRows(c).map { [$0.0, $0.1] }) + "\n"
    let counts = InsightStatus.allCases.compactMap { s -> String? in
      let n = e.insights.filter { $0.status == s }.count
      return n == 0 ? nil : "\(n) \(Report.mark(s))"
    }
    out += "Insights: " + counts.joined(separator: " · ") + ".\n\n"

    out += heading(level, "The ten insights")
    let before = first.map { Dictionary($0.evaluation.insights.map { ($0.number, $0.status) }, uniquingKeysWith: { a, _ in a }) } ?? [:]
    if let first {
      let changed = e.insights.filter { f in before[f.number].map { $0 != f.status } ?? false }.map { "\($0.number)" }
      out += changed.isEmpty
        ? "Every insight has the status it has for \(md(first.name)).\n\n"
        : "Status not as for \(md(first.name)): insight " + changed.joined(separator: ", ") + " (marked ≠).\n\n"
    }
    for f in e.insights {
      out += heading(level + 1, "\(f.number). \(md(f.title)) — \(Report.statusText(f))")
      if let was = before[f.number], was != f.status, let first {
        out += "**≠ for \(md(first.name)): \(Report.mark(was))**\n\n"
      }
      for line in f.evidence { out += "- \(md(line))\n" }
      for bl in f.borderline { out += "- *borderline:* \(md(Report.borderlineText(bl)))\n" }
      if !f.evidence.isEmpty || !f.borderline.isEmpty { out += "\n" }
      if !f.advice.isEmpty {
        out += "**Advice**\n\n"
        for a in f.advice {
          out += "- \(md(a.text))"
          if !a.change.isEmpty { out += " Try: " + a.change.map { "`\(md($0))`" }.joined(separator: ", then ") + "." }
          if let trade = a.tradeOff { out += " Trade-off: \(md(trade))." }
          if let see = a.see { out += " See: \(md(see))." }
          out += "\n"
        }
        out += "\n"
      }
      if !f.toDeclare.isEmpty { out += "To assess it, declare " + md(f.toDeclare.joined(separator: "; ")) + ".\n\n" }
      out += "*Why:* \(md(f.trail.rule)) (\(md(f.trail.passage)))\n\n"
    }

    out += heading(level, "The four gears")
    out += markdownTable(HTMLReport.gearColumns, HTMLReport.gearRows(e), right: [3]) + "\n"

    out += heading(level, "Life-cycle stage: \(md(e.stage.text))")
    out += markdownTable(["sign", "holds"], HTMLReport.signRows(e))
    out += "\nMoves for this stage:\n\n" + e.stage.moves.map { "- \(md($0))\n" }.joined() + "\n"

    out += heading(level, "Porter's diamond")
    out += markdownTable(HTMLReport.diamondColumns, HTMLReport.diamondRows(e), right: [1]) + "\n"

    out += heading(level, "The network")
    out += markdownTable(["measure", "value"], HTMLReport.networkRows(e).map { [$0.0, $0.1] }, right: [1]) + "\n"
    return out
  }

  private static func plan(_ c: ExportCase, level: Int) -> String {
    var out = heading(level, "A plan following Part 3")
    for step in c.evaluation.plan {
      out += heading(level + 1, "\(step.number). \(md(step.title))" + (step.isCurrent ? " (now)" : ""))
      if step.advice.isEmpty { out += "- nothing the findings call for\n" }
      for a in step.advice { out += "- \(md(a.text)) *(\(md(a.because)))*\n" }
      out += "\n"
    }
    return out
  }
}
