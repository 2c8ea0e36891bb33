// The model's answers as text and as JSON: the dashboard, the insights, `why`, and each
// analysis. Rendering only: every figure comes from ClusterModel. Prose never names a parameter
// (`why` and JSON do); shares and scores print with two significant figures.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

enum Report {
  // MARK: - shared pieces

  static func money(_ x: Double) -> String { Value.format(x, .money) }
  static func approx(_ x: Double?) -> String { x.map { Figure.approx($0) } ?? "—" }
  static func share(_ x: Double?) -> String { x.map { Figure.share($0) } ?? "—" }

  static func mark(_ status: InsightStatus) -> String {
    switch status {
    case .strength: return "strength"
    case .warning: return "warning"
    case .risk: return "risk"
    case .notAssessed: return "not assessed"
    case .notApplicable: return "n/a"
    }
  }

  /// The status with "borderline" when its figure lies near the threshold.
  static func statusText(_ f: InsightFinding) -> String {
    mark(f.status) + (f.borderline.isEmpty ? "" : ", borderline")
  }

  static func trailJSON(_ t: Trail, _ parameters: ParameterSet) -> JSON {
    .object([
      ("inputs", .array(t.inputs.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })),
      ("rule", .string(t.rule)),
      ("parameters", .array(t.parameters.map { .object([("name", .string($0)), ("value", .number(parameters.value(named: $0)))]) })),
      ("passage", .string(t.passage)),
    ])
  }

  static func trailText(_ t: Trail, _ parameters: ParameterSet, _ screen: Screen) -> String {
    let w = screen.width
    var out = Layout.paragraph(t.rule, width: w, first: "  rule:       ")
    if !t.inputs.isEmpty {
      out += "  inputs:\n"
      for input in t.inputs { out += Layout.paragraph(input.value, width: w, first: "    \(input.name): ", rest: "      ") }
    }
    if !t.parameters.isEmpty {
      out += Layout.paragraph(t.parameters.map { name in
        let set = ParameterKey(rawValue: name).map(parameters.isOverridden) ?? false
        return "\(name) = " + (parameters.value(named: name).map { Value.decimal($0) } ?? "?") + (set ? " (set)" : "")
      }.joined(separator: ", "), width: w, first: "  parameters: ")
    }
    out += Layout.paragraph(t.passage, width: w, first: "  passage:    ")
    return out
  }

  /// "Tirupur knitwear (manufacturing, 1990)", and the year of the evaluation when it differs.
  static func heading(_ e: Evaluation) -> String {
    var parts = [e.facts.type?.rawValue, e.facts.caseYear.map(String.init)].compactMap { $0 }
    if parts.isEmpty { parts = ["type and year not declared"] }
    var out = "\(e.facts.name) (\(parts.joined(separator: ", ")))"
    if e.facts.simulated != nil, let year = e.facts.year {
      out += " as simulated in \(year)"
    } else if let year = e.facts.year, year != e.facts.caseYear {
      out += " as of \(year)"
    }
    return out
  }

  static func borderlineText(_ b: Borderline) -> String {
    "\(b.figure) \(Figure.approx(b.value)) is near \(b.meaning) (\(Figure.approx(b.threshold)))"
  }

  // MARK: - evaluate

  static func dashboard(_ e: Evaluation, _ screen: Screen) -> String {
    let w = screen.width
    var out = Layout.paragraph(heading(e) + " — stage: \(e.stage.text)", width: w) + "\n"
    var table = TextTable(["#", "insight", "status", "evidence"])
    table.rightAligned = [0]
    table.statusColumns = [2]
    for f in e.insights {
      table.add([String(f.number), f.title, statusText(f), f.evidence.first ?? ""])
    }
    out += table.render(on: screen)
    let counts = InsightStatus.allCases.compactMap { s -> String? in
      let n = e.insights.filter { $0.status == s }.count
      return n == 0 && (s == .notAssessed || s == .notApplicable) ? nil : "\(n) \(mark(s))"
    }
    out += screen.paintingStatuses(Layout.paragraph(counts.joined(separator: " · "), width: w), all: true)
    let c = e.completeness
    out += Layout.paragraph(
      "\(c.declared) of \(c.total) inputs declared"
        + (c.missing.isEmpty ? "" : "; declare next: " + c.missing.prefix(2).joined(separator: "; ")), width: w, first: "data: ")
      + "\n"
    func line(_ label: String, _ text: String) { out += Layout.paragraph(text, width: w, first: label.padding(14)) }
    line("prerequisites", e.indicator("prerequisites")?.text ?? "")
    line("gears", e.gears.map { "\($0.gear.title) \($0.projects.count)" + ($0.planned.isEmpty ? "" : " (+\($0.planned.count) planned)") }.joined(separator: " · "))
    line("roles", "catalyst \(list(e.roles.catalysts)) · leader \(list(e.roles.leaders)) · manager \(list(e.roles.managers)) · PPP \(e.roles.partnership.rawValue)")
    line("financing", (e.financing.totalCost > 0 ? "cost \(money(e.financing.totalCost)) · public \(share(e.financing.publicShare))" : "no cost declared") + (e.financing.wtoIncompatible.isEmpty ? "" : " · WTO: " + list(e.financing.wtoIncompatible)))
    line("network", "\(e.network.nodes) nodes · \(e.network.edges) edges · density \(approx(e.network.density)) · brokers \(list(e.network.brokers.prefix(3).map(\.name)))")
    line("trust", (e.indicator("trust")?.text ?? "") + " · social capital " + (e.indicator("social_capital")?.text ?? ""))
    line("value chain", (e.indicator("value_added")?.text ?? "") + " · retention " + (e.indicator("value_retention")?.text ?? ""))
    // Events as of the year: those that struck (still in force or not), and those to come.
    let asOf = e.facts.year ?? Int.max
    let struck = e.facts.eventsHappened(asOf: asOf)
    if !struck.isEmpty {
      line("events", list(struck.map { ev in
        "\(ev.name) (\(ev.year), \(ev.kind.rawValue) \(Figure.signedShare(ev.size))\(ev.strength(in: asOf) > 0 ? ", in force" : ""))"
      }))
    }
    let later = e.facts.later + e.facts.events.filter { $0.year > asOf }.map(\.dated)
    if !later.isEmpty { line("not yet", list(Array(later.prefix(6))) + (later.count > 6 ? " …" : "")) }
    out += "\n" + Layout.paragraph("`insights` gives the evidence and advice; `why insight N` or `why INDICATOR` the trail; `plan` the steps.", width: w)
    return out
  }

  static func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }

  static func evaluationJSON(_ e: Evaluation, _ p: ParameterSet) -> JSON {
    .object([
      ("cluster", .string(e.facts.name)),
      ("type", .string(e.facts.type?.rawValue)),
      ("year", .number(e.facts.caseYear.map(Double.init))),
      ("as_of", .number(e.facts.year.map(Double.init))),
      ("simulated", .bool(e.facts.simulated != nil)),
      ("events", .array(e.facts.eventsHappened(asOf: e.facts.year ?? Int.max).map { ev in
        .object([
          ("name", .string(ev.name)), ("kind", .string(ev.kind.rawValue)), ("year", .number(Double(ev.year))),
          ("size", .number(ev.size)), ("in_force", .bool(ev.strength(in: e.facts.year ?? ev.year) > 0)),
        ])
      })),
      ("stage", .string(e.stage.stage.rawValue)),
      ("stage_candidates", .strings(e.stage.candidates.map(\.rawValue))),
      ("later", .strings(e.facts.later + e.facts.events.filter { $0.year > (e.facts.year ?? Int.max) }.map(\.dated))),
      ("completeness", .object([
        ("declared", .number(Double(e.completeness.declared))), ("total", .number(Double(e.completeness.total))),
        ("to_declare", .strings(e.completeness.missing)),
      ])),
      ("insights", insightsJSON(e, p)),
      ("indicators", .array(e.indicators.map { indicatorJSON($0, p) })),
    ])
  }

  static func indicatorJSON(_ i: Indicator, _ p: ParameterSet) -> JSON {
    .object([
      ("id", .string(i.id)), ("title", .string(i.title)), ("value", .number(i.value)), ("text", .string(i.text)),
      ("unit", .string(i.unit)), ("trail", trailJSON(i.trail, p)),
    ])
  }

  // MARK: - insights

  static func adviceText(_ a: Advice, indent: String, _ screen: Screen) -> String {
    let w = screen.width
    var out = Layout.paragraph(a.text, width: w, first: indent + "→ ")
    if !a.change.isEmpty {
      out += Layout.paragraph(a.change.map { "`\($0)`" }.joined(separator: ", then "), width: w, first: indent + "  try: ")
    }
    if let trade = a.tradeOff { out += Layout.paragraph(trade, width: w, first: indent + "  trade-off: ") }
    if let see = a.see { out += Layout.paragraph(see, width: w, first: indent + "  see: ") }
    return out
  }

  static func insights(_ e: Evaluation, _ screen: Screen) -> String {
    let w = screen.width
    var out = Layout.paragraph(heading(e) + ": the ten insights", width: w)
    for f in e.insights {
      out += "\n" + screen.paintingStatuses(Layout.paragraph("\(f.title) — \(statusText(f))", width: w, first: "\(f.number). "))
      for line in f.evidence { out += Layout.paragraph(line, width: w, first: "   - ") }
      for b in f.borderline { out += Layout.paragraph(borderlineText(b), width: w, first: "   ~ borderline: ", rest: "     ") }
      for a in f.advice { out += adviceText(a, indent: "   ", screen) }
      if !f.toDeclare.isEmpty {
        out += Layout.paragraph("declare " + f.toDeclare.joined(separator: "; "), width: w, first: "   ? to assess: ", rest: "     ")
      }
      if f.totalInputs > 0, f.declaredInputs < f.totalInputs {
        out += "   inputs declared: \(f.declaredInputs) of \(f.totalInputs)\n"
      }
    }
    return out
  }

  static func adviceJSON(_ a: Advice) -> JSON {
    .object([
      ("text", .string(a.text)), ("plan_step", .number(Double(a.step.rawValue))), ("try", .strings(a.change)),
      ("see", .string(a.see)), ("trade_off", .string(a.tradeOff)), ("because", .string(a.because)),
    ])
  }

  static func insightsJSON(_ e: Evaluation, _ p: ParameterSet) -> JSON {
    .array(e.insights.map { f in
      .object([
        ("number", .number(Double(f.number))), ("title", .string(f.title)), ("status", .string(f.status.rawValue)),
        ("evidence", .strings(f.evidence)), ("recommendation", .string(f.recommendation)),
        ("advice", .array(f.advice.map(adviceJSON))), ("to_declare", .strings(f.toDeclare)),
        ("inputs_declared", .number(Double(f.declaredInputs))), ("inputs", .number(Double(f.totalInputs))),
        ("borderline", .array(f.borderline.map { b in
          .object([
            ("figure", .string(b.figure)), ("value", .number(b.value)), ("parameter", .string(b.parameter.rawValue)),
            ("threshold", .number(b.threshold)),
          ])
        })),
        ("indicators", .strings(f.indicators)), ("trail", trailJSON(f.trail, p)),
      ])
    })
  }

  // MARK: - why

  static func why(insight f: InsightFinding, _ e: Evaluation, _ p: ParameterSet, _ screen: Screen) -> String {
    let w = screen.width
    var out = screen.paintingStatuses(
      Layout.paragraph("insight \(f.number): \(f.title) — \(statusText(f)) in \(heading(e))", width: w, rest: "  "))
    out += trailText(f.trail, p, screen)
    for b in f.borderline {
      out += Layout.paragraph(
        "\(b.figure) \(Figure.approx(b.value)) within \(b.parameter == .borderlineBand ? "" : "borderline_band of ")\(b.parameter.rawValue) = \(Figure.approx(b.threshold))",
        width: w, first: "  borderline: ")
    }
    if f.totalInputs > 0 { out += "  declared:   \(f.declaredInputs) of \(f.totalInputs) inputs\n" }
    out += Layout.paragraph(f.indicators.joined(separator: ", ") + " (`why NAME` for each)", width: w, first: "  indicators: ")
    return out
  }

  static func why(indicator i: Indicator, _ e: Evaluation, _ p: ParameterSet, _ screen: Screen) -> String {
    Layout.paragraph("\(i.title) = \(i.text) in \(heading(e))", width: screen.width, rest: "  ") + trailText(i.trail, p, screen)
  }

  // MARK: - analyses

  static func stage(_ e: Evaluation, _ screen: Screen) -> String {
    let w = screen.width
    var out = Layout.paragraph("\(heading(e)): \(e.indicator("stage")?.text ?? e.stage.text)", width: w) + "\n"
    var table = TextTable(["sign", "holds"])
    for sign in e.stage.signs { table.add([sign.sign, sign.holds.map { $0 ? "yes" : "no" } ?? "not declared"]) }
    out += table.render(on: screen) + "\nmoves for this stage:\n"
    for move in e.stage.moves { out += Layout.paragraph(move, width: w, first: "  - ") }
    if !e.stage.toDeclare.isEmpty {
      out += Layout.paragraph("to settle the stage, declare " + e.stage.toDeclare.joined(separator: "; "), width: w)
    }
    return out
  }

  static func stageJSON(_ e: Evaluation) -> JSON {
    .object([
      ("stage", .string(e.stage.stage.rawValue)), ("candidates", .strings(e.stage.candidates.map(\.rawValue))),
      ("declared", .string(e.stage.declared?.rawValue)),
      ("signs", .array(e.stage.signs.map { .object([("sign", .string($0.sign)), ("holds", $0.holds.map { .bool($0) } ?? .null)]) })),
      ("moves", .strings(e.stage.moves)), ("to_declare", .strings(e.stage.toDeclare)),
      ("borderline", .string(e.stage.borderline)),
    ])
  }

  static func gears(_ e: Evaluation, _ screen: Screen) -> String {
    var table = TextTable(["gear", "under way", "not under way", "budget", "led by", "partnership"])
    table.rightAligned = [3]
    for g in e.gears {
      var planned = g.planned
      if !planned.isEmpty { planned = ["planned: " + planned.joined(separator: ", ")] }
      if !g.failed.isEmpty { planned.append("failed: " + list(g.failed)) }
      if !g.ended.isEmpty { planned.append("ended: " + list(g.ended)) }
      table.add([
        g.gear.title, list(g.projects), planned.isEmpty ? "" : planned.joined(separator: ", "), g.budget.map(money) ?? "—",
        list(g.leads), g.partnership.map { $0 ? "yes" : "NO (needed)" } ?? "",
      ])
    }
    return Layout.paragraph("\(heading(e)): the four gears of export strategy", width: screen.width) + "\n" + table.render(on: screen)
  }

  static func gearsJSON(_ e: Evaluation) -> JSON {
    .array(e.gears.map { g in
      .object([
        ("gear", .string(g.gear.rawValue)), ("projects", .strings(g.projects)), ("planned", .strings(g.planned)),
        ("failed", .strings(g.failed)), ("ended", .strings(g.ended)), ("budget_usd", .number(g.budget)), ("leads", .strings(g.leads)),
        ("partnership", g.partnership.map { .bool($0) } ?? .null),
      ])
    })
  }

  static func diamond(_ e: Evaluation, _ screen: Screen) -> String {
    var table = TextTable(["corner", "score", "", "from"])
    table.rightAligned = [1]
    table.unbroken = [2]
    for c in e.diamond {
      let filled = Int(((c.score ?? 0) * 20).rounded())
      table.add([
        c.name, c.score.map { Figure.score($0) } ?? "n/k",
        c.score == nil ? String(repeating: " ", count: 20) : String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled),
        c.inputs.map { "\($0.name) \($0.value)" }.joined(separator: "; "),
      ])
    }
    return Layout.paragraph("\(heading(e)): Porter's diamond (0 to 1; n/k: not assessed, no input declared)", width: screen.width)
      + "\n" + table.render(on: screen)
  }

  static func diamondJSON(_ e: Evaluation) -> JSON {
    .array(e.diamond.map { c in
      .object([
        ("corner", .string(c.name)), ("score", .number(c.score)), ("note", .string(c.note)),
        ("inputs", .array(c.inputs.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })),
      ])
    })
  }

  static func roles(_ e: Evaluation, _ screen: Screen) -> String {
    let r = e.roles
    let w = screen.width
    var out = Layout.paragraph("\(heading(e)): catalyst, leader and manager", width: w) + "\n"
    for (label, text) in [
      ("catalyst", list(r.catalysts)), ("leader", e.indicator("leader")?.text ?? list(r.leaders)), ("manager", list(r.managers)),
      ("facilitator", list(r.facilitators)), ("PPP", e.indicator("ppp")?.text ?? r.partnership.rawValue),
    ] {
      out += Layout.paragraph(text, width: w, first: label.padding(13))
    }
    if r.catalysts.isEmpty, !r.catalystCandidates.isEmpty { out += Layout.paragraph(list(r.catalystCandidates), width: w, first: "could catalyse: ") }
    if !r.unclearMandates.isEmpty { out += Layout.paragraph(list(r.unclearMandates), width: w, first: "unclear mandates: ") }
    for side in ["government", "private sector"] {
      out += "\n\(side) contributions (insight 3 table):\n"
      var table = TextTable(["", "contribution", "evidence"])
      for c in r.contributions where c.side == side { table.add([c.state.rawValue, c.text, c.evidence]) }
      out += table.render(on: screen)
    }
    return out
  }

  static func rolesJSON(_ e: Evaluation) -> JSON {
    let r = e.roles
    return .object([
      ("catalysts", .strings(r.catalysts)), ("leaders", .strings(r.leaders)), ("managers", .strings(r.managers)),
      ("facilitators", .strings(r.facilitators)), ("catalyst_candidates", .strings(r.catalystCandidates)),
      ("partnership", .string(r.partnership.rawValue)), ("public_private_partnership", .bool(r.publicPrivatePartnership)),
      ("government_partners", .strings(r.governmentPartners)), ("donors", .strings(r.donors)),
      ("private_led", .bool(r.privateLed)), ("unclear_mandates", .strings(r.unclearMandates)),
      ("contributions", .array(r.contributions.map { .object([("side", .string($0.side)), ("contribution", .string($0.text)), ("state", .string($0.state.rawValue)), ("evidence", .string($0.evidence))]) })),
    ])
  }

  static func financing(_ e: Evaluation, _ screen: Screen) -> String {
    let w = screen.width
    let f = e.financing
    var table = TextTable(["project", "status", "cost", "government", "donors", "other", "form", "leverage", "finding"])
    table.rightAligned = [2, 3, 4, 5, 7]
    for row in f.rows {
      table.add([
        row.project + (row.isInfrastructure ? " *" : ""), row.status.rawValue + (row.start.map { ", from \($0)" } ?? ""),
        row.cost > 0 ? money(row.cost) : "", row.governmentMoney > 0 ? money(row.governmentMoney) : "",
        row.donorMoney > 0 ? money(row.donorMoney) : "", row.cost > 0 ? money(row.privateMoney) : "",
        row.form ?? "", row.leverage.map { Figure.approx($0) + "×" } ?? "", row.problems.joined(separator: "; "),
      ])
    }
    var out = Layout.paragraph("\(heading(e)): financing (* infrastructure)", width: w) + "\n"
      + (f.rows.isEmpty ? "no project declares funding or cost\n" : table.render(on: screen))
    out += "\n" + Layout.paragraph(
      f.totalCost > 0 ? "cost \(money(f.totalCost)) · public \(money(f.publicMoney)) (\(share(f.publicShare)))" : "no cost declared",
      width: w, first: "under way: ")
    if !f.sources.isEmpty {
      out += Layout.paragraph(
        f.sources.map { "\($0.source) \(money($0.amount))\($0.isPublic ? " (public)" : "")" }.joined(separator: ", "), width: w,
        first: "by source: ")
    }
    if !f.wtoIncompatible.isEmpty {
      out += Layout.paragraph("no longer acceptable under WTO rules: \(list(f.wtoIncompatible))", width: w, first: "WTO: ")
    }
    if !f.wtoHistory.isEmpty { out += Layout.paragraph(list(f.wtoHistory), width: w, first: "history: ") }
    return out
  }

  static func financingJSON(_ e: Evaluation) -> JSON {
    let f = e.financing
    return .object([
      ("rows", .array(f.rows.map { row in
        .object([
          ("project", .string(row.project)), ("status", .string(row.status.rawValue)), ("infrastructure", .bool(row.isInfrastructure)),
          ("cost_usd", .number(row.costDeclared ? row.cost : nil)), ("government_usd", .number(row.costDeclared ? row.governmentMoney : nil)),
          ("donor_usd", .number(row.costDeclared ? row.donorMoney : nil)), ("public_usd", .number(row.costDeclared ? row.publicMoney : nil)),
          ("private_usd", .number(row.costDeclared ? row.privateMoney : nil)), ("form", .string(row.form)),
          ("leverage", .number(row.leverage)), ("revenue_usd", .number(row.revenue)), ("payback_years", .number(row.paybackYears)),
          ("problems", .strings(row.problems)),
        ])
      })),
      ("total_cost_usd", .number(f.totalCost)), ("public_usd", .number(f.publicMoney)), ("public_share", .number(f.publicShare)),
      ("leverage", .number(f.leverage)), ("wto_incompatible", .strings(f.wtoIncompatible)), ("wto_history", .strings(f.wtoHistory)),
      ("sources", .array(f.sources.map { .object([("source", .string($0.source)), ("public", .bool($0.isPublic)), ("amount_usd", .number($0.amount))]) })),
    ])
  }

  static func valueChain(_ e: Evaluation, _ screen: Screen) -> String {
    let v = e.valueChain
    let w = screen.width
    var out = Layout.paragraph("\(heading(e)): value chain", width: w) + "\n"
    if v.present.isEmpty {
      out += "no firm declares its stages (`stages: [knitting, dyeing]`)\n"
    } else {
      var table = TextTable(["stage", "firms"])
      table.rightAligned = [1]
      for s in v.present { table.add([s.stage, String(s.firms)]) }
      out += table.render(on: screen)
    }
    out += "\n" + Layout.paragraph(e.indicator("value_added")?.text ?? "", width: w, first: "value added: ")
    out += Layout.paragraph(
      (e.indicator("value_retention")?.text ?? "") + (v.directExportShare.map { " (direct exporters \(Figure.share($0)))" } ?? ""),
      width: w, first: "value retention: ")
    return out
  }

  static func valueChainJSON(_ e: Evaluation) -> JSON {
    let v = e.valueChain
    return .object([
      ("present", .array(v.present.map { .object([("stage", .string($0.stage)), ("firms", .number(Double($0.firms)))]) })),
      ("missing", .strings(v.missing)), ("value_added", .number(v.valueAdded)), ("value_retention", .number(v.valueRetention)),
      ("direct_export_share", .number(v.directExportShare)),
    ])
  }

  static func network(_ e: Evaluation, _ screen: Screen) -> String {
    let n = e.network
    let w = screen.width
    var out = Layout.paragraph("\(heading(e)): the network between the boxes (cohorts expanded into firms)", width: w) + "\n"
    guard n.withinEdgeLimit else {
      // Nothing was measured: say so rather than print zeros that read as an empty network.
      out += Layout.paragraph(
        "nodes \(n.nodes) · about \(Figure.approx(n.expectedEdges)) ties expected: more than the \(Value.decimal(Double(NetworkParameters().maximumEdges))) "
          + "a graph may have, so it is not drawn and not measured", width: w)
      out += Layout.paragraph("lower the `density` of the largest cohort links, or split a cohort, to see the network", width: w)
      return out
    }
    out += Layout.paragraph(
      "nodes \(n.nodes) · edges \(n.edges) · density \(approx(n.density)) · mean degree \(approx(n.meanDegree)) · max degree \(n.maxDegree)",
      width: w)
    out += Layout.paragraph(
      "components \(n.components) (largest \(share(n.largestComponentShare))) · isolated \(n.isolated) · clustering \(approx(n.clusteringCoefficient))",
      width: w)
    // One linkage a line: each is a phrase of its own.
    out += "linkages:\n"
    for indicator in ["vertical_links", "horizontal_links", "institution_reach"].compactMap({ e.indicator($0) }) {
      out += Layout.paragraph("\(indicator.title) \(indicator.text)", width: w, first: "  ")
    }
    out += "\n"
    var table = TextTable(["broker", "betweenness"])
    table.rightAligned = [1]
    for b in n.brokers { table.add([b.name, approx(b.betweenness)]) }
    out += table.render(on: screen)
    out += Layout.paragraph(
      n.betweennessExact
        ? "betweenness is exact (figures to two significant figures: the densities behind them are assumed)"
        : "betweenness sampled from \(n.betweennessSamples) sources: relative error about \(share(n.betweennessError))", width: w)
    return out
  }

  static func networkJSON(_ e: Evaluation) -> JSON {
    let n = e.network
    return .object([
      ("nodes", .number(Double(n.nodes))), ("edges", .number(Double(n.edges))), ("density", .number(n.density)),
      ("mean_degree", .number(n.meanDegree)), ("max_degree", .number(Double(n.maxDegree))), ("isolated", .number(Double(n.isolated))),
      ("components", .number(Double(n.components))), ("largest_component_share", .number(n.largestComponentShare)),
      ("clustering_coefficient", .number(n.clusteringCoefficient)),
      ("brokers", .array(n.brokers.map { .object([("name", .string($0.name)), ("betweenness", .number($0.betweenness))]) })),
      ("betweenness_exact", .bool(n.betweennessExact)), ("betweenness_samples", .number(Double(n.betweennessSamples))),
      ("betweenness_error", .number(n.betweennessError)),
      ("drawn", .bool(n.withinEdgeLimit)), ("expected_edges", .number(n.expectedEdges)),
    ])
  }

  static func plan(_ e: Evaluation, _ screen: Screen) -> String {
    let w = screen.width
    let current = e.plan.first(where: \.isCurrent)?.number
    var out = Layout.paragraph("\(heading(e)): a plan following Part 3" + (current.map { " (the cluster is at step \($0))" } ?? ""), width: w)
    for step in e.plan {
      out += "\n" + Layout.paragraph(
        step.title + (step.isCurrent ? "  ← now" : step.isBehind ? "  (behind: revisit as requirements change)" : ""), width: w,
        first: "\(step.number). ")
      if step.advice.isEmpty { out += "   - nothing the findings call for\n" }
      for a in step.advice {
        out += Layout.paragraph(a.text, width: w, first: "   - ")
        out += Layout.paragraph("(\(a.because))", width: w, first: "     ", rest: "      ")
        if !a.change.isEmpty {
          out += Layout.paragraph(a.change.map { "`\($0)`" }.joined(separator: ", then "), width: w, first: "     try: ")
        }
        if let see = a.see { out += Layout.paragraph(see, width: w, first: "     see: ") }
      }
    }
    return out
  }

  static func planJSON(_ e: Evaluation) -> JSON {
    .array(e.plan.map { s in
      .object([
        ("step", .number(Double(s.number))), ("title", .string(s.title)), ("current", .bool(s.isCurrent)), ("behind", .bool(s.isBehind)),
        ("actions", .array(s.advice.map { a in
          .object([
            ("action", .string(a.text)), ("because", .string(a.because)), ("try", .strings(a.change)), ("see", .string(a.see)),
          ])
        })),
      ])
    })
  }

  static func params(_ p: ParameterSet, _ screen: Screen, _ specs: [Parameter] = Parameters.all) -> String {
    let w = screen.width
    var out = Layout.paragraph("the model's parameters (`set param NAME = VALUE`; * set in this session)", width: w)
    let names = (Parameters.all.map(\.name.count).max() ?? 0) + 2
    // The text goes in a column beside the names when that leaves it room, else under them.
    let beside = w - names >= 40
    let indent = String(repeating: " ", count: beside ? names : 4)
    for spec in specs {
      let value = Value.decimal(p[spec.key]) + (p.isOverridden(spec.key) ? "*" : "")
      let figure = value + " " + spec.unit + (p.isOverridden(spec.key) ? " (default \(Value.decimal(spec.defaultValue)))" : "")
      out += "\n" + Layout.paragraph(figure, width: w, first: beside ? spec.name.padding(names) : spec.name + "  ", rest: indent)
      out += Layout.paragraph(spec.meaning, width: w, first: indent)
      out += Layout.paragraph(spec.source, width: w, first: indent + "source: ", rest: indent)
    }
    return out
  }

  static func paramsJSON(_ p: ParameterSet, _ specs: [Parameter] = Parameters.all) -> JSON {
    .array(specs.map { spec in
      .object([
        ("name", .string(spec.name)), ("value", .number(p[spec.key])), ("default", .number(spec.defaultValue)),
        ("unit", .string(spec.unit)), ("meaning", .string(spec.meaning)), ("source", .string(spec.source)),
      ])
    })
  }

  static func compare(_ names: [String], _ rows: [ComparisonRow], _ screen: Screen) -> String {
    var table = TextTable([""] + names)
    for row in rows { table.add([row.label] + row.cells) }
    table.statusRows = Set(rows.indices.filter { rows[$0].label.hasPrefix("insight ") })
    return table.render(on: screen)
  }

  static func compareJSON(_ names: [String], _ rows: [ComparisonRow]) -> JSON {
    .object([
      ("clusters", .strings(names)),
      ("rows", .array(rows.map { .object([("row", .string($0.label)), ("values", .strings($0.cells)), ("rule", .string($0.rule))]) })),
    ])
  }
}
