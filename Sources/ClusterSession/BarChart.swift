// `plot gears` and `plot diamond`: the evaluation's bars in the terminal, a group per gear or
// corner and a bar per cluster or scenario, so that options can be compared at a glance.

import ClusterModel
import ClusterWorkspace

/// Horizontal bars drawn in text: rows of a label, a bar and the figure it shows.
enum BarChart {
  /// A bar's cells: `solid` filled, then `hollow` (a second part, such as projects planned),
  /// then `rest` blank (or, for a scale with a known end such as 0 to 1, the track to it).
  struct Glyphs {
    let solid: Character
    let hollow: Character
    let track: Character

    static func of(_ screen: Screen) -> Glyphs {
      screen.unicode ? Glyphs(solid: "█", hollow: "░", track: "·") : Glyphs(solid: "#", hollow: "-", track: ".")
    }
  }

  /// A bar of `length` cells: `solid` cells filled and `hollow` more outlined, the rest blank
  /// or, with `track`, drawn faintly so that bars on a 0-to-1 scale show how far they reach.
  static func bar(solid: Int, hollow: Int = 0, length: Int, glyphs: Glyphs, track: Bool = false) -> String {
    let s = max(0, min(solid, length))
    let h = max(0, min(hollow, length - s))
    return String(repeating: glyphs.solid, count: s) + String(repeating: glyphs.hollow, count: h)
      + String(repeating: track ? glyphs.track : " ", count: length - s - h)
  }

  /// Cells for `value` on a scale whose end `most` takes `length` cells; a positive value gets
  /// at least one cell, so that it never reads as none.
  static func cells(_ value: Double, most: Double, length: Int) -> Int {
    guard value > 0, most > 0 else { return 0 }
    return max(1, Int((value / most * Double(length)).rounded()))
  }

  /// The room a bar gets on `screen` when the rest of its row takes `fixed` columns and `bars`
  /// bars share the row: at least 8 cells, at most 40.
  static func room(_ screen: Screen, fixed: Int, bars: Int = 1) -> Int {
    min(40, max(8, (screen.width - fixed) / max(bars, 1)))
  }

  /// The four gears of each case (insight 4): the projects under way and planned, and the
  /// budget of those under way (when any declares a cost), a row per gear and case.
  static func gears(_ cases: [(name: String, evaluation: Evaluation)], screen: Screen) -> String {
    let glyphs = Glyphs.of(screen)
    let many = cases.count > 1
    let nameWidth = many ? (cases.map(\.name.displayWidth).max() ?? 0) : 0
    let gearWidth = Gear.allCases.map(\.title.displayWidth).max() ?? 0
    let all = cases.flatMap(\.evaluation.gears)
    let mostProjects = all.map { $0.projects.count + $0.planned.count }.max() ?? 0
    let budgets = all.compactMap(\.budget)
    let mostBudget = budgets.max() ?? 0
    let (divisor, unit) = SeriesChart.moneyUnit(mostBudget)
    let countWidth = all.map { "\($0.projects.count) + \($0.planned.count)".count }.max() ?? 5
    let budgetWidth = all.map { $0.budget.map { Value.decimal($0 / divisor) } ?? "—" }.map(\.displayWidth).max() ?? 1
    // gear, name, projects bar, count, and with budgets a bar and a figure: two spaces apart.
    let fixed = gearWidth + (many ? nameWidth + 2 : 0) + 2 + 2 + countWidth + (budgets.isEmpty ? 0 : 2 + 2 + budgetWidth)
    let length = room(screen, fixed: fixed, bars: budgets.isEmpty ? 1 : 2)
    // Up to three cells a project while they fit, so that a count reads as its cells; else
    // the bars are scaled to the room.
    let perProject = mostProjects > 0 ? min(3, length / mostProjects) : 1
    let projectLength = perProject > 0 ? max(mostProjects * perProject, 1) : length
    func projectCells(_ n: Int) -> Int {
      perProject > 0 ? n * perProject : cells(Double(n), most: Double(mostProjects), length: projectLength)
    }
    var out = Layout.paragraph("\(headings(cases)): the four gears of export strategy (insight 4)", width: screen.width)
    out += Layout.paragraph(
      "projects by gear: \(glyphs.solid) under way, \(glyphs.hollow) planned (counted under way + planned, as of the case's year)"
        + (budgets.isEmpty ? "; no project under way declares a cost" : "; the budget of those under way in \(unit)"),
      width: screen.width)
    out += "\n"
    var table = TextTable(["gear"] + (many ? [""] : []) + ["projects", "count"] + (budgets.isEmpty ? [] : ["budget (\(unit))", ""]))
    let firstBar = many ? 2 : 1
    table.rightAligned = Set([firstBar + 1] + (budgets.isEmpty ? [] : [firstBar + 3]))
    table.unbroken = Set(firstBar..<(firstBar + (budgets.isEmpty ? 2 : 4)))
    for gear in Gear.allCases {
      for (i, c) in cases.enumerated() {
        guard let g = c.evaluation.gears.first(where: { $0.gear == gear }) else { continue }
        let underWay = projectCells(g.projects.count)
        var row = [i == 0 ? gear.title : ""] + (many ? [c.name] : [])
        row += [
          bar(solid: underWay, hollow: projectCells(g.projects.count + g.planned.count) - underWay, length: projectLength, glyphs: glyphs),
          "\(g.projects.count) + \(g.planned.count)",
        ]
        if !budgets.isEmpty {
          row += [
            bar(solid: g.budget.map { cells($0, most: mostBudget, length: length) } ?? 0, length: length, glyphs: glyphs),
            g.budget.map { Value.decimal($0 / divisor) } ?? "—",
          ]
        }
        table.add(row)
      }
    }
    out += table.render(on: screen)
    return out
  }

  /// Porter's diamond of each case: a row per corner and case, a bar on the scale 0 to 1.
  static func diamond(_ cases: [(name: String, evaluation: Evaluation)], screen: Screen) -> String {
    let glyphs = Glyphs.of(screen)
    let many = cases.count > 1
    let nameWidth = many ? (cases.map(\.name.displayWidth).max() ?? 0) : 0
    let corners = cases.first?.evaluation.diamond.map(\.name) ?? []
    let cornerWidth = min(corners.map(\.displayWidth).max() ?? 0, 40)
    let length = room(screen, fixed: cornerWidth + 2 + (many ? nameWidth + 2 : 0) + 2 + 5)
    var out = Layout.paragraph(
      "\(headings(cases)): Porter's diamond, each corner scored from 0 to 1 (n/k: not assessed, no input declared)",
      width: screen.width)
    out += "\n"
    var table = TextTable(["corner"] + (many ? [""] : []) + ["0 to 1", "score"])
    table.rightAligned = [many ? 3 : 2]
    table.unbroken = many ? [2, 3] : [1, 2]
    for (k, name) in corners.enumerated() {
      for (i, c) in cases.enumerated() {
        guard k < c.evaluation.diamond.count else { continue }
        let score = c.evaluation.diamond[k].score
        let drawn = score.map { bar(solid: Int(($0 * Double(length)).rounded()), length: length, glyphs: glyphs, track: true) }
          ?? String(repeating: " ", count: length)
        table.add([i == 0 ? name : ""] + (many ? [c.name] : []) + [drawn, score.map { Figure.score($0) } ?? "n/k"])
      }
    }
    out += table.render(on: screen)
    return out
  }

  /// Who the bars are of, with the year they are read as of: "Tirupur (manufacturing, 1990)"
  /// for one case, "Tirupur, NoICD (1990)" for several of one year, else each with its year.
  static func headings(_ cases: [(name: String, evaluation: Evaluation)]) -> String {
    guard cases.count > 1 else { return cases.first.map { Report.heading($0.evaluation) } ?? "" }
    let years = Set(cases.map { $0.evaluation.facts.year })
    if years.count == 1, let year = years.first ?? nil { return cases.map(\.name).joined(separator: ", ") + " (\(year))" }
    return cases.map { c in c.name + (c.evaluation.facts.year.map { " (\($0))" } ?? "") }.joined(separator: ", ")
  }
}
