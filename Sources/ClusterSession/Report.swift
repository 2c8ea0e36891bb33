// The model's answers as text and as JSON: the dashboard, the insights, `why`, and each
// analysis. Rendering only: every figure comes from ClusterModel.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

enum Report {
  // MARK: - shared pieces

  static func money(_ x: Double) -> String { Value.format(x, .money) }
  static func number(_ x: Double?) -> String { x.map { Value.decimal($0) } ?? "—" }
  static func share(_ x: Double?) -> String { x.map { Value.decimal($0 * 100) + "%" } ?? "—" }

  static func mark(_ status: InsightStatus) -> String {
    switch status {
    case .strength: return "strength"
    case .warning: return "warning"
    case .risk: return "risk"
    case .notApplicable: return "n/a"
    }
  }

  static func trailJSON(_ t: Trail, _ parameters: ParameterSet) -> JSON {
    .object([
      ("inputs", .array(t.inputs.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })),
      ("rule", .string(t.rule)),
      ("parameters", .array(t.parameters.map { .object([("name", .string($0)), ("value", .number(parameters[$0]))]) })),
      ("passage", .string(t.passage)),
    ])
  }

  static func trailText(_ t: Trail, _ parameters: ParameterSet) -> String {
    var out = "  rule:       \(t.rule)\n"
    if !t.inputs.isEmpty {
      out += "  inputs:\n"
      for input in t.inputs { out += "    \(input.name): \(input.value)\n" }
    }
    if !t.parameters.isEmpty {
      out += "  parameters: " + t.parameters.map { "\($0) = \(Value.decimal(parameters[$0]))" + (parameters.isOverridden($0) ? " (set)" : "") }.joined(separator: ", ") + "\n"
    }
    out += "  passage:    \(t.passage)\n"
    return out
  }

  static func heading(_ e: Evaluation) -> String {
    var parts = [e.facts.type, e.facts.year.map(String.init)].compactMap { $0 }
    if parts.isEmpty { parts = ["type and year not declared"] }
    return "\(e.facts.name) (\(parts.joined(separator: ", ")))"
  }

  // MARK: - evaluate

  static func dashboard(_ e: Evaluation) -> String {
    var out = heading(e) + " — stage: \(e.stage.stage)\n\n"
    var table = TextTable(["#", "insight", "status", "evidence"])
    table.rightAligned = [0]
    for f in e.insights {
      let evidence = f.evidence.first ?? ""
      table.add([String(f.number), f.title, mark(f.status), evidence.count > 60 ? String(evidence.prefix(59)) + "…" : evidence])
    }
    out += table.render()
    let counts = InsightStatus.allCases.map { s in "\(e.insights.filter { $0.status == s }.count) \(mark(s))" }
    out += counts.joined(separator: " · ") + "\n\n"
    func line(_ label: String, _ text: String) { out += label.padding(14) + text + "\n" }
    line("prerequisites", e.indicator("prerequisites")?.text ?? "")
    line("gears", e.gears.map { "\($0.gear.replacingUnderscoreWithDash) \($0.projects.count + $0.planned.count)" }.joined(separator: " · "))
    line("roles", "catalyst \(list(e.roles.catalysts)) · leader \(list(e.roles.leaders)) · manager \(list(e.roles.managers)) · PPP \(e.indicator("ppp")?.text ?? "")")
    line("financing", "cost \(money(e.financing.totalCost)) · public \(share(e.financing.publicShare)) · leverage \(e.indicator("leverage")?.text ?? "")" + (e.financing.wtoIncompatible.isEmpty ? "" : " · WTO: " + list(e.financing.wtoIncompatible)))
    line("network", "\(e.network.nodes) nodes · \(e.network.edges) edges · density \(number(e.network.density)) · brokers \(list(e.network.brokers.prefix(3).map(\.name)))")
    line("trust", (e.indicator("trust")?.text ?? "") + " · social capital " + (e.indicator("social_capital")?.text ?? ""))
    line("value chain", (e.indicator("value_added")?.text ?? "") + " · retention " + (e.indicator("value_retention")?.text ?? ""))
    out += "\n`insights` gives the evidence and advice; `why insight N` or `why INDICATOR` the trail; `plan` the steps.\n"
    return out
  }

  static func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }

  static func evaluationJSON(_ e: Evaluation, _ p: ParameterSet) -> JSON {
    .object([
      ("cluster", .string(e.facts.name)),
      ("type", .string(e.facts.type)),
      ("year", .number(e.facts.year.map(Double.init))),
      ("stage", .string(e.stage.stage)),
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

  static func insights(_ e: Evaluation) -> String {
    var out = heading(e) + ": the ten insights\n"
    for f in e.insights {
      out += "\n\(f.number). \(f.title) — \(mark(f.status))\n"
      for line in f.evidence { out += "   - \(line)\n" }
      out += "   → \(f.recommendation)\n"
    }
    return out
  }

  static func insightsJSON(_ e: Evaluation, _ p: ParameterSet) -> JSON {
    .array(e.insights.map { f in
      .object([
        ("number", .number(Double(f.number))), ("title", .string(f.title)), ("status", .string(f.status.rawValue)),
        ("evidence", .strings(f.evidence)), ("recommendation", .string(f.recommendation)),
        ("indicators", .strings(f.indicators)), ("trail", trailJSON(f.trail, p)),
      ])
    })
  }

  // MARK: - why

  static func why(insight f: InsightFinding, _ e: Evaluation, _ p: ParameterSet) -> String {
    "insight \(f.number): \(f.title) — \(mark(f.status)) in \(e.facts.name)\n" + trailText(f.trail, p)
      + "  indicators: " + f.indicators.joined(separator: ", ") + " (`why NAME` for each)\n"
  }

  static func why(indicator i: Indicator, _ e: Evaluation, _ p: ParameterSet) -> String {
    "\(i.title) = \(i.text) in \(e.facts.name)\n" + trailText(i.trail, p)
  }

  // MARK: - analyses

  static func stage(_ e: Evaluation) -> String {
    var out = "\(e.facts.name): \(e.indicator("stage")?.text ?? e.stage.stage)\n\n"
    var table = TextTable(["sign", "holds"])
    for sign in e.stage.signs { table.add([sign.sign, sign.holds ? "yes" : "no"]) }
    out += table.render() + "\nmoves for this stage:\n"
    for move in e.stage.moves { out += "  - \(move)\n" }
    return out
  }

  static func stageJSON(_ e: Evaluation) -> JSON {
    .object([
      ("stage", .string(e.stage.stage)), ("declared", .string(e.stage.declared)),
      ("signs", .array(e.stage.signs.map { .object([("sign", .string($0.sign)), ("holds", .bool($0.holds))]) })),
      ("moves", .strings(e.stage.moves)),
    ])
  }

  static func gears(_ e: Evaluation) -> String {
    var table = TextTable(["gear", "projects", "planned", "budget", "led by", "public partner"])
    table.rightAligned = [3]
    for g in e.gears {
      table.add([
        g.gear.replacingUnderscoreWithDash, list(g.projects), g.planned.isEmpty ? "" : list(g.planned), money(g.budget),
        list(g.leads), g.publicPartner.map { $0 ? "yes" : "NO (needed)" } ?? "",
      ])
    }
    return "\(e.facts.name): the four gears of export strategy\n\n" + table.render()
  }

  static func gearsJSON(_ e: Evaluation) -> JSON {
    .array(e.gears.map { g in
      .object([
        ("gear", .string(g.gear)), ("projects", .strings(g.projects)), ("planned", .strings(g.planned)),
        ("budget_usd", .number(g.budget)), ("leads", .strings(g.leads)),
        ("public_partner", g.publicPartner.map { .bool($0) } ?? .null),
      ])
    })
  }

  static func diamond(_ e: Evaluation) -> String {
    var table = TextTable(["corner", "score", "", "from"])
    table.rightAligned = [1]
    for c in e.diamond {
      let filled = Int((c.score * 20).rounded())
      table.add([
        c.name, number(c.score), String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled),
        c.inputs.map { "\($0.name) \($0.value)" }.joined(separator: "; "),
      ])
    }
    return "\(e.facts.name): Porter's diamond (0 to 1)\n\n" + table.render()
  }

  static func diamondJSON(_ e: Evaluation) -> JSON {
    .array(e.diamond.map { c in
      .object([
        ("corner", .string(c.name)), ("score", .number(c.score)), ("note", .string(c.note)),
        ("inputs", .array(c.inputs.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })),
      ])
    })
  }

  static func roles(_ e: Evaluation) -> String {
    let r = e.roles
    var out = "\(e.facts.name): catalyst, leader and manager\n\n"
    out += "catalyst     \(list(r.catalysts))\nleader       \(list(r.leaders))\nmanager      \(list(r.managers))\n"
    out += "facilitator  \(list(r.facilitators))\nPPP          \(e.indicator("ppp")?.text ?? "")\n"
    if !r.unclearMandates.isEmpty { out += "unclear mandates: \(list(r.unclearMandates))\n" }
    for side in ["government", "private sector"] {
      out += "\n\(side) contributions (insight 3 table):\n"
      var table = TextTable(["", "contribution", "evidence"])
      for c in r.contributions where c.side == side { table.add([c.state.rawValue, c.text, c.evidence]) }
      out += table.render()
    }
    return out
  }

  static func rolesJSON(_ e: Evaluation) -> JSON {
    let r = e.roles
    return .object([
      ("catalysts", .strings(r.catalysts)), ("leaders", .strings(r.leaders)), ("managers", .strings(r.managers)),
      ("facilitators", .strings(r.facilitators)), ("public_private_partnership", .bool(r.publicPrivatePartnership)),
      ("private_led", .bool(r.privateLed)), ("unclear_mandates", .strings(r.unclearMandates)),
      ("contributions", .array(r.contributions.map { .object([("side", .string($0.side)), ("contribution", .string($0.text)), ("state", .string($0.state.rawValue)), ("evidence", .string($0.evidence))]) })),
    ])
  }

  static func financing(_ e: Evaluation) -> String {
    let f = e.financing
    var table = TextTable(["project", "cost", "public", "private", "form", "leverage"])
    table.rightAligned = [1, 2, 3, 5]
    for row in f.rows {
      table.add([row.project, money(row.cost), money(row.publicMoney), money(row.privateMoney), row.form ?? "", row.leverage.map { number($0) + "×" } ?? ""])
    }
    var out = "\(e.facts.name): financing\n\n" + (f.rows.isEmpty ? "no project declares funding or cost\n" : table.render())
    out += "\ntotal \(money(f.totalCost)) · public \(money(f.publicMoney)) (\(share(f.publicShare))) · leverage \(e.indicator("leverage")?.text ?? "")\n"
    if !f.sources.isEmpty {
      out += "by source: " + f.sources.map { "\($0.source) \(money($0.amount))\($0.isPublic ? " (public)" : "")" }.joined(separator: ", ") + "\n"
    }
    if !f.wtoIncompatible.isEmpty { out += "WTO: no longer acceptable under WTO rules: \(list(f.wtoIncompatible))\n" }
    return out
  }

  static func financingJSON(_ e: Evaluation) -> JSON {
    let f = e.financing
    return .object([
      ("rows", .array(f.rows.map { .object([("project", .string($0.project)), ("cost_usd", .number($0.cost)), ("public_usd", .number($0.publicMoney)), ("private_usd", .number($0.privateMoney)), ("form", .string($0.form)), ("leverage", .number($0.leverage))]) })),
      ("total_cost_usd", .number(f.totalCost)), ("public_usd", .number(f.publicMoney)), ("public_share", .number(f.publicShare)),
      ("leverage", .number(f.leverage)), ("wto_incompatible", .strings(f.wtoIncompatible)),
      ("sources", .array(f.sources.map { .object([("source", .string($0.source)), ("public", .bool($0.isPublic)), ("amount_usd", .number($0.amount))]) })),
    ])
  }

  static func valueChain(_ e: Evaluation) -> String {
    let v = e.valueChain
    var out = "\(e.facts.name): value chain\n\n"
    if v.present.isEmpty {
      out += "no firm declares its stages (`stages: [knitting, dyeing]`)\n"
    } else {
      var table = TextTable(["stage", "firms"])
      table.rightAligned = [1]
      for s in v.present { table.add([s.stage, String(s.firms)]) }
      out += table.render()
    }
    out += "\nvalue added: \(e.indicator("value_added")?.text ?? "")\nvalue retention: \(number(v.valueRetention)) (direct exporters \(share(v.directExportShare)))\n"
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

  static func network(_ e: Evaluation) -> String {
    let n = e.network
    var out = "\(e.facts.name): the network between the boxes (cohorts expanded into firms)\n\n"
    guard n.withinEdgeLimit else {
      // Nothing was measured: say so rather than print zeros that read as an empty network.
      out += "nodes \(n.nodes) · about \(number(n.expectedEdges)) ties expected: more than the \(number(Double(NetworkParameters().maximumEdges))) "
      out += "a graph may have, so it is not drawn and not measured\n"
      out += "lower the `density` of the largest cohort links, or split a cohort, to see the network\n"
      return out
    }
    out += "nodes \(n.nodes) · edges \(n.edges) · density \(number(n.density)) · mean degree \(number(n.meanDegree)) · max degree \(n.maxDegree)\n"
    out += "components \(n.components) (largest \(share(n.largestComponentShare))) · isolated \(n.isolated) · clustering \(number(n.clusteringCoefficient))\n"
    out += "linkages: " + (["vertical_links", "horizontal_links", "institution_reach"].compactMap { e.indicator($0).map { "\($0.title) \($0.text)" } }.joined(separator: " · ")) + "\n\n"
    var table = TextTable(["broker", "betweenness"])
    table.rightAligned = [1]
    for b in n.brokers { table.add([b.name, number(b.betweenness)]) }
    out += table.render()
    out += n.betweennessExact ? "betweenness is exact\n" : "betweenness sampled from \(n.betweennessSamples) sources: relative error about \(share(n.betweennessError))\n"
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

  static func plan(_ e: Evaluation) -> String {
    var out = "\(e.facts.name): a plan following Part 3\n"
    for step in e.plan {
      out += "\n\(step.number). \(step.title)\n"
      for a in step.actions { out += "   - \(a.action)\n     (\(a.because))\n" }
    }
    return out
  }

  static func planJSON(_ e: Evaluation) -> JSON {
    .array(e.plan.map { s in
      .object([
        ("step", .number(Double(s.number))), ("title", .string(s.title)),
        ("actions", .array(s.actions.map { .object([("action", .string($0.action)), ("because", .string($0.because))]) })),
      ])
    })
  }

  static func params(_ p: ParameterSet) -> String {
    var out = "the model's parameters (`set param NAME = VALUE`; * set in this session)\n"
    let width = (Parameters.all.map(\.name.count).max() ?? 0) + 2
    for spec in Parameters.all {
      let value = Value.decimal(p[spec.name]) + (p.isOverridden(spec.name) ? "*" : "")
      out += "\n" + spec.name.padding(width) + value + " " + spec.unit
        + (p.isOverridden(spec.name) ? " (default \(Value.decimal(spec.defaultValue)))" : "") + "\n"
      out += String(repeating: " ", count: width) + spec.meaning + "\n"
      out += String(repeating: " ", count: width) + "source: " + spec.source + "\n"
    }
    return out
  }

  static func paramsJSON(_ p: ParameterSet) -> JSON {
    .array(Parameters.all.map { spec in
      .object([
        ("name", .string(spec.name)), ("value", .number(p[spec.name])), ("default", .number(spec.defaultValue)),
        ("unit", .string(spec.unit)), ("meaning", .string(spec.meaning)), ("source", .string(spec.source)),
      ])
    })
  }

  static func compare(_ names: [String], _ rows: [ComparisonRow]) -> String {
    var table = TextTable([""] + names)
    for row in rows { table.add([row.label] + row.cells) }
    return table.render()
  }

  static func compareJSON(_ names: [String], _ rows: [ComparisonRow]) -> JSON {
    .object([
      ("clusters", .strings(names)),
      ("rows", .array(rows.map { .object([("row", .string($0.label)), ("values", .strings($0.cells)), ("rule", .string($0.rule))]) })),
    ])
  }
}

extension String {
  var replacingUnderscoreWithDash: String { split(separator: "_").joined(separator: "-") }
}
