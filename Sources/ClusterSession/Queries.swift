// The model's queries in a session: evaluate the current cluster with the session's
// parameters, and answer `evaluate`, `insights`, `why`, `compare`, `params` and the analyses.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

extension Session {
  /// The parameters in force: the defaults and this session's `set param`.
  public var parameterSet: ParameterSet {
    parameters(for: nil)
  }

  /// The parameters a cluster runs with: the session's, then the cluster's own (a scenario's).
  func parameters(for cluster: Cluster?) -> ParameterSet {
    var set = ParameterSet()
    for overrides in [workspace.parameters, cluster?.parameters ?? [:]] {
      for (name, value) in overrides {
        if case .number(let x, _, _) = value { set.set(named: name, x) }
      }
    }
    return set
  }

  /// Evaluates the current cluster as of its own year, or as of `year`: a year after the case's
  /// that its last simulation covers is read from the simulated state (firms, exports, trust,
  /// stage); any other year from the facts dated by then.
  public func evaluation(in year: NumberLiteral? = nil, at span: SourceSpan) throws(Diagnostic) -> Evaluation {
    guard let cluster = workspace.current else {
      throw Diagnostic.error("no cluster to evaluate", at: span, help: "declare one (`cluster NAME`) or `load` a case first")
    }
    guard let year else {
      if let cached = cachedEvaluation { return cached }
      let evaluation = ClusterModel.evaluate(cluster, parameters: parameters(for: cluster))
      cachedEvaluation = evaluation
      return evaluation
    }
    let y = try self.year(year)
    let caseYear = cluster["year"].number.map { Int($0) }
    var simulated: SimulatedYear?
    // The last run, unless the cluster or the parameters changed since: then the dated facts.
    if caseYear.map({ y > $0 }) ?? true, let record = simulations[cluster.name], record.basis == simulationBasis(cluster),
      let state = record.trajectory.state(in: y)
    {
      let before = record.trajectory.state(in: y - 3)
      simulated = SimulatedYear(
        year: y, firms: state.firms, exports: state.exports, trust: state.trust, stage: state.stage,
        growth: before.flatMap { $0.exports > 0 ? state.exports / $0.exports : nil },
        shareGrowth: before.flatMap { $0.marketShare > 0 ? state.marketShare / $0.marketShare : nil })
    }
    return ClusterModel.evaluate(cluster, parameters: parameters(for: cluster), in: y, simulated: simulated)
  }

  /// `why METRIC in YEAR`: the simulated figure broken down (deterministic runs from the
  /// case's year, whatever was simulated last).
  func explainSimulated(_ metric: Metric, _ name: Name, in year: NumberLiteral?, format requested: OutputFormat, at span: SourceSpan)
    throws(Diagnostic) -> Reply
  {
    let cluster = try requireCluster(span)
    guard let year else {
      throw Diagnostic.error(
        "`why \(name.text)` needs a year", at: name.span, label: "which year?",
        help: "write `why \(name.text) in \(cluster["year"].number.map { String(Int($0) + 10) } ?? "2005")`")
    }
    let y = try self.year(year)
    let caseYear = cluster["year"].number.map { Int($0) }
    if let caseYear, y - caseYear > limits.years {
      throw Diagnostic.error(
        "\(y - caseYear) years after the case's year is more than the limit of \(limits.years)", at: year.span,
        help: "`clusterlab --limit years=N` raises the limit")
    }
    guard let b = Simulation.breakdown(cluster, parameters: parameters(for: cluster), metric: metric, in: y) else {
      throw Diagnostic.error(
        "\(y) comes before \(cluster.name)'s year \(caseYear.map(String.init) ?? ""): the simulation starts there", at: year.span,
        help: "ask for a year from \(caseYear.map(String.init) ?? "the case's year") on")
    }
    return format(requested) == .json ? .json(SimulationReport.breakdownJSON(b)) : .text(SimulationReport.breakdown(b, screen))
  }

  /// The ids `why` explains for the current cluster (from the cached evaluation): Tab offers them.
  public func indicatorIDs() -> [String] {
    guard workspace.current != nil else { return [] }
    let span = SourceSpan(file: SourceFile(name: "<completion>", text: ""), range: 0..<0)
    return (try? evaluation(at: span))?.indicators.map(\.id) ?? []
  }

  /// The parameters `params WORD` lists: those whose name holds WORD, else those whose meaning
  /// or source speaks of it; all without a word. None is an error with a suggestion.
  func parameterSpecs(about filter: Name?) throws(Diagnostic) -> [Parameter] {
    guard let filter else { return Parameters.all }
    let word = filter.text.lowercased()
    let named = Parameters.all.filter { $0.name.lowercased().contains(word) }
    if !named.isEmpty { return named }
    let described = Parameters.all.filter {
      Help.containsWord(word, in: $0.meaning.lowercased()) || Help.containsWord(word, in: $0.source.lowercased())
    }
    if !described.isEmpty { return described }
    throw Diagnostic.error(
      "no parameter is about `\(filter.text)`", at: filter.span, label: "no match",
      help: Suggestions.best(for: filter.text, among: Parameters.all.map(\.name)).map { "did you mean `params \($0)`?" }
        ?? "`params` lists them all")
  }

  /// The format a statement answers in: its own `as …`, else the session's default.
  func format(_ requested: OutputFormat) -> OutputFormat {
    requested == .standard ? defaultFormat : requested
  }

  func answer(
    _ keyword: Keyword, in year: NumberLiteral?, filter: Name? = nil, format requested: OutputFormat, at span: SourceSpan
  ) throws(Diagnostic) -> Reply {
    let json = format(requested) == .json
    /// The JSON when asked for, else the text (each built only when needed).
    func either(_ value: @autoclosure () -> JSON, _ text: @autoclosure () -> String) -> Reply {
      json ? .json(value()) : .text(text())
    }
    let p = parameters(for: workspace.current)
    if keyword == .params {
      let specs = try parameterSpecs(about: filter)
      return either(Report.paramsJSON(p, specs), Report.params(p, screen, specs))
    }
    let e = try evaluation(in: year, at: span)
    switch keyword {
    case .evaluate: return either(Report.evaluationJSON(e, p), Report.dashboard(e, screen))
    case .insights: return either(Report.insightsJSON(e, p), Report.insights(e, screen))
    case .stage: return either(Report.stageJSON(e), Report.stage(e, screen))
    case .gears: return either(Report.gearsJSON(e), Report.gears(e, screen))
    case .diamond: return either(Report.diamondJSON(e), Report.diamond(e, screen))
    case .roles: return either(Report.rolesJSON(e), Report.roles(e, screen))
    case .financing: return either(Report.financingJSON(e), Report.financing(e, screen))
    case .valuechain: return either(Report.valueChainJSON(e), Report.valueChain(e, screen))
    case .network: return either(Report.networkJSON(e), Report.network(e, screen))
    default: return either(Report.planJSON(e), Report.plan(e, screen))
    }
  }

  func explain(_ target: WhyTarget, in year: NumberLiteral?, format requested: OutputFormat, at span: SourceSpan) throws(Diagnostic) -> Reply {
    let e: Evaluation
    do {
      e = try evaluation(in: year, at: span)
    } catch {
      // A year before the case's may still break a simulated metric down (an error there).
      if case .name(let name) = target, let metric = Metric(rawValue: name.text), Metric.simulated.contains(metric) {
        return try explainSimulated(metric, name, in: year, format: requested, at: span)
      }
      throw error
    }
    // A simulated metric that is not also an indicator (trust, demand, social capital and value
    // retention are both: the indicator answers) is broken down.
    if case .name(let name) = target, let metric = Metric(rawValue: name.text), Metric.simulated.contains(metric),
      e.indicator(name.text) == nil
    {
      return try explainSimulated(metric, name, in: year, format: requested, at: span)
    }
    let p = parameters(for: workspace.current)
    let json = format(requested) == .json
    switch target {
    case .insight(let n, _):
      let f = e.insights[n - 1]
      if json {
        return .json(.object([
          ("insight", .number(Double(n))), ("title", .string(f.title)), ("status", .string(f.status.rawValue)),
          ("trail", Report.trailJSON(f.trail, p)), ("indicators", .strings(f.indicators)),
        ]))
      }
      return .text(Report.why(insight: f, e, p, screen))
    case .name(let name):
      if let indicator = e.indicator(name.text) {
        return json ? .json(Report.indicatorJSON(indicator, p)) : .text(Report.why(indicator: indicator, e, p, screen))
      }
      if e.facts.cluster.entity(named: name.text) != nil {
        let uses = e.indicators.filter { i in i.trail.inputs.contains { $0.name.contains(name.text) || $0.value.contains(name.text) } }
        if json {
          return .json(.object([("name", .string(name.text)), ("indicators", .array(uses.map { Report.indicatorJSON($0, p) }))]))
        }
        guard !uses.isEmpty else { return .text("\(name.text) enters no figure of the model yet\n") }
        return .text(
          Layout.paragraph("\(name.text) enters these figures:", width: screen.width)
            + uses.map { Layout.paragraph("\($0.title) = \($0.text)", width: screen.width, first: "  " + $0.id.padding(20) + " ") }.joined()
            + "`why ID` explains each.\n")
      }
      if let entity = e.facts.declared.entity(named: name.text) {
        // Declared, but not in the cluster in the year of the evaluation.
        let comes = (entity.kind == .consortium ? entity["formed"] : entity["founded"]).number.map { Int($0) }
        if json {
          return .json(.object([
            ("name", .string(name.text)), ("indicators", .array([])), ("present", .bool(false)),
            ("comes_in", .number(comes.map(Double.init))),
          ]))
        }
        return .text(Layout.paragraph(
          "\(name.text) is not in the cluster in \(e.facts.year.map(String.init) ?? "its year") (it comes in \(comes.map(String.init) ?? "a later year")): it enters no figure yet",
          width: screen.width))
      }
      let candidates = e.indicators.map(\.id) + e.facts.cluster.entities.map(\.name)
      throw Diagnostic.error(
        "nothing called `\(name.text)` to explain", at: name.span, label: "not an indicator or a name",
        help: Suggestions.best(for: name.text, among: candidates).map { "did you mean `why \($0)`?" }
          ?? "try `why insight 6`, or an indicator: " + e.indicators.prefix(8).map(\.id).joined(separator: ", ") + " …")
    }
  }

  func compare(_ names: [Name], format requested: OutputFormat) throws(Diagnostic) -> Reply {
    let evaluations = try evaluations(names)
    let rows = Comparison.rows(evaluations)
    let titles = names.map(\.text)
    return format(requested) == .json ? .json(Report.compareJSON(titles, rows)) : .text(Report.compare(titles, rows, screen))
  }

  /// The clusters or scenarios named, each evaluated as of its own year with its parameters.
  func evaluations(_ names: [Name]) throws(Diagnostic) -> [Evaluation] {
    var evaluations: [Evaluation] = []
    for name in names {
      let cluster = try cluster(named: name)
      evaluations.append(ClusterModel.evaluate(cluster, parameters: parameters(for: cluster)))
    }
    return evaluations
  }

  /// The cluster a statement names, or a located error with a suggestion.
  func cluster(named name: Name) throws(Diagnostic) -> Cluster {
    guard let cluster = workspace.cluster(named: name.text) else {
      throw Diagnostic.error(
        "no cluster named `\(name.text)`", at: name.span, label: "not a cluster",
        help: Suggestions.best(for: name.text, among: workspace.clusters.map(\.name)).map { "did you mean `\($0)`?" }
          ?? "`list clusters` shows them")
    }
    return cluster
  }

  /// `set param NAME = VALUE [in CLUSTER]`: the session's parameter, or one cluster's.
  func setParameter(_ name: Name, _ expression: Expression, cluster: Name?) throws(Diagnostic) {
    let value = try parameterValue(name, expression)
    if let cluster {
      _ = try self.cluster(named: cluster)
      workspace.updateCluster(named: cluster.text) { $0.parameters[name.text] = value }
    } else {
      workspace.parameters[name.text] = value
    }
  }

  /// A parameter's value, checked against its name and range.
  func parameterValue(_ name: Name, _ expression: Expression) throws(Diagnostic) -> Value {
    guard let spec = Parameters.spec(name.text) else {
      throw Diagnostic.error(
        "no parameter named `\(name.text)`", at: name.span, label: "unknown parameter",
        help: Suggestions.best(for: name.text, among: Parameters.all.map(\.name)).map { "did you mean `\($0)`?" }
          ?? "`params` lists them")
    }
    let x: Double
    var written: WrittenNumber
    if case .number(let literal) = expression {
      x = Units.resolve(literal).0
      written = WrittenNumber(digits: literal.digits, unit: literal.unit)
    } else {
      // A sweep: `set param trust_low = x`.
      guard case .number(let value, _, _) = try evaluator().evaluate(expression), value.isFinite else {
        throw Diagnostic.error("`\(name.text)` needs a number", at: expression.span)
      }
      x = value
      written = WrittenNumber(digits: Value.exactDigits(value), unit: .none)
    }
    guard spec.range.contains(x) else {
      throw Diagnostic.error(
        "`\(name.text)` must be from \(Value.decimal(spec.range.lowerBound)) to \(Value.decimal(spec.range.upperBound))",
        at: expression.span, label: "out of range")
    }
    if written.unit == .percent { written = WrittenNumber(digits: written.digits, unit: .percent) }
    return .number(x, .number, written: written)
  }
}
