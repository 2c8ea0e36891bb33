// Simulation in a session: `simulate`, `seed`, `runs`, `scenario`, `compare … on`,
// `sensitivity`, `plot`, `for` sweeps, and the trajectory values expressions can read.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace
import Dispatch

/// The last simulation of one cluster: its trajectory, and the Monte Carlo summary if any.
public struct SimulationRecord: Sendable {
  public let trajectory: Trajectory
  public let monteCarlo: MonteCarloResult?
  /// The cluster and parameters it ran on, written out: a query `in YEAR` reads the run only
  /// while they are unchanged.
  var basis: String = ""
  /// The seed of its own run (the marks of `plot`), nil when it ran deterministically.
  var seed: UInt64?
}

/// The values of simulations that expressions can call.
struct TrajectoryFunctions: ExpressionFunctions {
  let record: SimulationRecord?
  let cluster: String?
  /// Whether the cluster or the parameters changed since the simulation (its values would be
  /// read as if they were the case's); asked only when a function is called, since it writes
  /// the cluster out.
  var isStale: () -> Bool = { false }

  var names: [String] { Trajectory.metrics + ["p10", "p50", "p90", "share", "stage"] }

  func isMetric(_ word: String) -> Bool {
    Trajectory.metrics.contains(word) || ["took_off", "stagnated", "failed"].contains(word)
  }

  func call(_ function: Name, _ arguments: [Value], at span: SourceSpan) throws(Diagnostic) -> Value? {
    let name = function.text
    guard names.contains(name) else { return nil }
    guard let record else {
      throw Diagnostic.error(
        "`\(name)(…)` needs a simulation of cluster \(cluster ?? "")", at: function.span,
        help: "run `simulate FROM to TO` first")
    }
    if isStale() {
      throw Diagnostic.error(
        "the simulation of \(cluster ?? "the cluster") predates its last change (or a parameter's)", at: function.span,
        label: "out of date", help: "`simulate` again to read `\(name)(…)` for the cluster as it is")
    }
    func year(_ v: Value?) throws(Diagnostic) -> Int {
      guard case .number(let x, .number, _)? = v, x == x.rounded(),
        Double(Limits.years.lowerBound) <= x, x <= Double(Limits.years.upperBound)
      else {
        throw Diagnostic.error("`\(name)` needs a year, such as `\(name)(2004)`", at: span)
      }
      return Int(x)
    }
    func metric(_ v: Value?) throws(Diagnostic) -> String {
      guard case .word(let w)? = v, Trajectory.metrics.contains(w) else {
        throw Diagnostic.error(
          "`\(name)` needs a metric first, such as `\(name)(exports, 2004)`", at: span,
          help: "the metrics are: " + Trajectory.metrics.joined(separator: ", "))
      }
      return w
    }
    func dimension(_ m: String) -> Dimension { Metric(rawValue: m)?.dimension == .money ? .money : .number }
    switch name {
    case "p10", "p50", "p90":
      guard arguments.count == 2 else { throw Diagnostic.error("`\(name)` takes a metric and a year: `\(name)(exports, 2004)`", at: span) }
      let m = try metric(arguments[0])
      let y = try year(arguments[1])
      guard let mc = record.monteCarlo else {
        throw Diagnostic.error("`\(name)` needs Monte Carlo runs", at: function.span, help: "set `runs 1000` (and a `seed`), then `simulate` again")
      }
      guard let p = mc.percentiles(m, in: y) else { throw yearError(y, record, span) }
      return .number(name == "p10" ? p.p10 : name == "p50" ? p.p50 : p.p90, dimension(m), written: nil)
    case "share":
      guard let mc = record.monteCarlo else {
        throw Diagnostic.error("`share` needs Monte Carlo runs", at: function.span, help: "set `runs 1000`, then `simulate` again")
      }
      guard arguments.count == 1, case .word(let outcome) = arguments[0] else {
        throw Diagnostic.error("`share` takes an outcome: took_off, stagnated or failed", at: span)
      }
      switch outcome {
      case "took_off": return .plain(mc.outcomes.tookOff)
      case "stagnated": return .plain(mc.outcomes.stagnated)
      case "failed": return .plain(mc.outcomes.failed)
      default: throw Diagnostic.error("`share` takes took_off, stagnated or failed", at: span)
      }
    case "stage":
      guard arguments.count == 1 else { throw Diagnostic.error("`stage` takes a year: `stage(2015)`", at: span) }
      let y = try year(arguments[0])
      guard let state = record.trajectory.state(in: y) else { throw yearError(y, record, span) }
      return .word(state.stage.rawValue)
    default:
      guard arguments.count == 1 else { throw Diagnostic.error("`\(name)` takes a year: `\(name)(2004)`", at: span) }
      let y = try year(arguments[0])
      guard let value = record.trajectory.value(name, in: y) else { throw yearError(y, record, span) }
      return .number(value, dimension(name), written: nil)
    }
  }

  private func yearError(_ year: Int, _ record: SimulationRecord, _ span: SourceSpan) -> Diagnostic {
    let first = record.trajectory.years.first?.year ?? 0
    let last = record.trajectory.years.last?.year ?? 0
    return Diagnostic.error("\(year) is outside the simulation (\(first) to \(last))", at: span)
  }
}

extension Session {
  /// What a simulation of `cluster` depends on, written out: the cluster and the parameters in force.
  func simulationBasis(_ cluster: Cluster) -> String {
    Session.basis(cluster, parameters(for: cluster))
  }

  static func basis(_ cluster: Cluster, _ parameters: ParameterSet) -> String {
    var one = Workspace()
    one.add(cluster)
    let overrides = parameters.overrides.map { "\($0.key.rawValue)=\($0.value)" }.sorted()
    return Printer.print(one.canonicalScript()) + overrides.joined(separator: ";")
  }

  /// The functions expressions can call on the current cluster's last simulation.
  var trajectoryFunctions: TrajectoryFunctions {
    let record = workspace.currentName.flatMap { simulations[$0] }
    var functions = TrajectoryFunctions(record: record, cluster: workspace.currentName)
    if let record, let cluster = workspace.current {
      // Read now: a value computed while the workspace changes (`set X.a = exports(2004)`)
      // calls this in the middle of that change, and must not read the session then.
      let parameters = parameters(for: cluster)
      functions.isStale = { record.basis != Session.basis(cluster, parameters) }
    }
    return functions
  }

  func evaluator() -> Evaluator {
    Evaluator(workspace: workspace, functions: trajectoryFunctions)
  }

  func year(_ n: NumberLiteral) throws(Diagnostic) -> Int {
    let x = n.magnitude
    // Compared as a Double first: a year of 400 digits must not trap on the way to Int.
    guard n.unit == .none, x == x.rounded(), Double(Limits.years.lowerBound) <= x, x <= Double(Limits.years.upperBound) else {
      throw Diagnostic.error("`\(n.digits)` is not a year from \(Limits.years.lowerBound) to \(Limits.years.upperBound)", at: n.span)
    }
    return Int(x)
  }

  private func range(_ from: NumberLiteral, _ to: NumberLiteral) throws(Diagnostic) -> (Int, Int) {
    let a = try year(from)
    let b = try year(to)
    guard b >= a else {
      throw Diagnostic.error("the simulation ends in \(b), before it starts in \(a)", at: to.span, help: "write `simulate \(b) to \(a)`")
    }
    guard b - a <= limits.years else {
      throw Diagnostic.error(
        "\(b - a) years is more than the limit of \(limits.years)", at: to.span, label: "too long",
        help: "`clusterlab --limit years=N` raises the limit")
    }
    return (a, b)
  }

  /// The parameters for a cluster: the session's.
  /// A metric a trajectory has, or a located error with a suggestion.
  func requireMetric(_ metric: Name) throws(Diagnostic) {
    guard Trajectory.metrics.contains(metric.text) else {
      throw Diagnostic.error(
        "unknown metric `\(metric.text)`", at: metric.span, label: "not a metric",
        help: Suggestions.help(for: metric.text, among: Trajectory.metrics, listUpTo: 12))
    }
  }

  func requireCluster(_ span: SourceSpan) throws(Diagnostic) -> Cluster {
    guard let cluster = workspace.current else {
      throw Diagnostic.error("no cluster to simulate", at: span, help: "declare one (`cluster NAME`) or `load` a case first")
    }
    return cluster
  }

  // MARK: - simulate

  /// The session's Monte Carlo runs (`runs N`, `seed N`) of `cluster` from `a` to `b`, or nil
  /// when `runs` is 1. Every statement that draws a band makes its runs here: `simulate`,
  /// `plot … for` and `export`. Errors: the `run_years` limit, and Ctrl-C (the session is
  /// unchanged).
  func monteCarlo(_ cluster: Cluster, parameters: ParameterSet, from a: Int, to b: Int, at span: SourceSpan) throws(Diagnostic)
    -> MonteCarloResult?
  {
    guard runs > 1 else { return nil }
    guard runs * (b - a + 1) <= limits.runYears else {
      throw Diagnostic.error(
        "\(runs) runs of \(b - a + 1) years is more than the limit of \(limits.runYears) simulated years", at: span,
        label: "too much", help: "fewer `runs` or years, or `clusterlab --limit run_years=N`")
    }
    let cancellation = Cancellation()
    let watching = Atomic()
    let poll = interruptRequested
    DispatchQueue.global().async {
      while !watching.isSet {
        if poll() {
          cancellation.cancel()
          return
        }
        usleep(50_000)
      }
    }
    let result = MonteCarlo.run(
      cluster, parameters: parameters, from: a, to: b, runs: runs, seed: seed ?? 0, workers: workers, cancellation: cancellation)
    watching.set()
    guard let result else {
      // The terminal has echoed ^C on the prompt line; the stream holds only JSON lines.
      if !streamsJSON { output("\n") }
      throw Diagnostic.error("interrupted: the Monte Carlo runs were stopped; the session is unchanged", at: span)
    }
    return result
  }

  func simulate(from: NumberLiteral, to: NumberLiteral, format: OutputFormat, at span: SourceSpan) throws(Diagnostic) -> Reply {
    let cluster = try requireCluster(span)
    let (a, b) = try range(from, to)
    let parameters = self.parameters(for: cluster)
    let monteCarlo = try monteCarlo(cluster, parameters: parameters, from: a, to: b, at: span)
    let trajectory = Simulation.run(cluster, parameters: parameters, from: a, to: b, seed: seed)
    var record = SimulationRecord(trajectory: trajectory, monteCarlo: monteCarlo)
    record.basis = simulationBasis(cluster)
    record.seed = seed
    simulations[cluster.name] = record
    return self.format(format) == .json
      ? .json(SimulationReport.json(cluster.name, record))
      : .text(SimulationReport.text(cluster.name, record, seed: seed, parameters: parameters, screen: screen))
  }

  // MARK: - scenario

  func scenario(_ name: Name, from base: Name, changes: [Statement]) throws(Diagnostic) {
    guard let source = workspace.cluster(named: base.text) else {
      throw Diagnostic.error(
        "no cluster named `\(base.text)` to base the scenario on", at: base.span, label: "not a cluster",
        help: Suggestions.best(for: base.text, among: workspace.clusters.map(\.name)).map { "did you mean `\($0)`?" })
    }
    if workspace.cluster(named: name.text) != nil {
      throw Diagnostic.error(
        "`\(name.text)` is already a cluster", at: name.span, help: "`drop \(Printer.name(name.text))` first, or choose another name")
    }
    let previous = workspace.currentName
    var copy = source.copy(named: name.text, declaredAt: name.span)
    copy.scenarioBase = base.text
    workspace.add(copy)
    workspace.currentName = name.text
    for change in changes {
      switch change.kind {
      case .declaration(let d) where d.keyword == .cluster:
        throw Diagnostic.error("a scenario changes its base cluster; it cannot declare a cluster", at: change.span)
      case .set(let target, let attribute, _):
        try requireOwnName(target, in: name, base: base, writing: "set \(Printer.name(name.text)).\(attribute.text) = …")
        try workspace.apply(change, functions: trajectoryFunctions)
      case .drop(let target):
        if target.text == name.text {
          throw Diagnostic.error(
            "a scenario cannot drop itself", at: target.span, label: "the scenario",
            help: "drop the scenario after it, outside its body: `drop \(Printer.name(name.text))`")
        }
        try requireOwnName(target, in: name, base: base, writing: nil)
        try workspace.apply(change, functions: trajectoryFunctions)
      case .declaration, .link, .target, .dropLink:
        try workspace.apply(change, functions: trajectoryFunctions)
      case .setParameter(let parameter, let value, let cluster):
        if let cluster {
          throw Diagnostic.error(
            "inside a scenario, `set param` is the scenario's own", at: cluster.span, label: "remove `in \(cluster.text)`",
            help: "write `set param \(parameter.text) = …` inside it, or `set param … in \(cluster.text)` outside")
        }
        try setParameter(parameter, value, cluster: name)
      default:
        throw Diagnostic.error("a scenario holds changes only (declarations, link, set, drop)", at: change.span)
      }
    }
    workspace.currentName = previous
  }

  /// A scenario is closed: inside its body, a cluster's name (its base's or any other's) would
  /// reach outside the copy and change that cluster for every later comparison.
  private func requireOwnName(_ target: Name, in scenario: Name, base: Name, writing: String?) throws(Diagnostic) {
    guard target.text != scenario.text, workspace.cluster(named: target.text) != nil,
      workspace.cluster(named: scenario.text)?.entity(named: target.text) == nil
    else { return }
    let which = target.text == base.text ? "its base cluster" : "another cluster"
    throw Diagnostic.error(
      "inside scenario \(scenario.text), `\(target.text)` is \(which): a scenario changes only its own copy",
      at: target.span, label: "outside the scenario",
      help: writing.map { "write `\($0)` to change the scenario" }
        ?? "a scenario cannot drop a cluster; drop an actor, intervention or link of the scenario instead")
  }

  // MARK: - compare on a metric

  func compareOn(_ names: [Name], metric: Name, period: ComparePeriod?, format: OutputFormat) throws(Diagnostic) -> Reply {
    try requireMetric(metric)
    var clusters: [Cluster] = []
    for name in names { clusters.append(try cluster(named: name)) }
    let first = clusters.compactMap { $0["year"].number.map { Int($0) } }.min() ?? 2000
    var years: [Int]
    switch period {
    case .year(let y)?: years = [try year(y)]
    case .range(let a, let b)?:
      let (x, y) = try range(a, b)
      years = Array(x...y)
    case nil: years = Array(first...(first + 10))
    }
    let last = years.max() ?? first
    var rows: [[Double?]] = []
    for cluster in clusters {
      let start = min(cluster["year"].number.map { Int($0) } ?? first, years.min() ?? first)
      let t = Simulation.run(cluster, parameters: parameters(for: cluster), from: start, to: last, seed: nil)
      rows.append(years.map { t.value(metric.text, in: $0) })
    }
    let json = self.format(format) == .json
    // Two clusters in one year: the difference broken down by part (`why` on each side).
    var parts: [(String, Double)]?
    if case .year? = period, clusters.count == 2, let year = years.first, let m = Metric(rawValue: metric.text),
      let a = Simulation.breakdown(clusters[0], parameters: parameters(for: clusters[0]), metric: m, in: year),
      let b = Simulation.breakdown(clusters[1], parameters: parameters(for: clusters[1]), metric: m, in: year)
    {
      parts = SimulationReport.difference(a, b)
    }
    if json { return .json(SimulationReport.compareJSON(names.map(\.text), metric.text, years, rows, difference: parts)) }
    return .text(
      SimulationReport.compare(names.map(\.text), metric.text, years, rows, screen)
        + (parts.map {
          SimulationReport.differenceText(names[1].text, names[0].text, metric.text, $0, screen)
            + SimulationReport.declaredDifferences(clusters[0], clusters[1], screen)
        } ?? ""))
  }

  // MARK: - sensitivity

  func sensitivity(on metric: Name, in yearLiteral: NumberLiteral, format: OutputFormat, at span: SourceSpan) throws(Diagnostic) -> Reply {
    let cluster = try requireCluster(span)
    try requireMetric(metric)
    let target = try year(yearLiteral)
    let start = cluster["year"].number.map { Int($0) } ?? target
    guard target >= start else {
      throw Diagnostic.error("\(target) is before the cluster's year \(start)", at: yearLiteral.span)
    }
    let base = parameters(for: cluster)
    func value(_ c: Cluster, _ p: ParameterSet) -> Double {
      Simulation.run(c, parameters: p, from: start, to: target).value(metric.text, in: target) ?? 0
    }
    let reference = value(cluster, base)
    var bars: [SensitivityBar] = []
    let step = base[.sensitivityStep]
    let kind = "parameter ±" + Figure.share(step)
    for spec in Parameters.all where Parameters.simulationNames.contains(spec.name) && spec.key != .sensitivityStep {
      let v = base[spec.key]
      guard v != 0 else { continue }
      var low = base
      low.set(spec.key, min(spec.range.upperBound, max(spec.range.lowerBound, v * (1 - step))))
      var high = base
      high.set(spec.key, min(spec.range.upperBound, max(spec.range.lowerBound, v * (1 + step))))
      bars.append(SensitivityBar(name: spec.name, kind: kind, low: value(cluster, low), high: value(cluster, high)))
    }
    for e in cluster.entities where e.kind == .intervention {
      var without = cluster
      without.remove(named: e.name)
      let v = value(without, base)
      bars.append(SensitivityBar(name: e.name, kind: "intervention dropped", low: v, high: reference))
    }
    bars.sort { ($0.swing, $1.name) > ($1.swing, $0.name) }
    return self.format(format) == .json
      ? .json(SimulationReport.sensitivityJSON(metric.text, target, reference, bars))
      : .text(SimulationReport.sensitivity(cluster.name, metric.text, target, reference, bars, screen))
  }

  // MARK: - plot

  /// What `plot` draws besides simulated metrics: the evaluation's bars.
  static let plotPictures = ["gears", "diamond"]

  /// `plot METRIC[, METRIC …] [for A, B, …] [from Y1 to Y2]`, `plot gears|diamond [for A, B, …]`.
  func plot(_ metrics: [Name], for names: [Name], period: ComparePeriod?, format: OutputFormat, at span: SourceSpan) throws(Diagnostic)
    -> Reply
  {
    if let picture = metrics.first, Session.plotPictures.contains(picture.text) {
      if metrics.count > 1 {
        throw Diagnostic.error(
          "`plot \(picture.text)` draws one picture", at: metrics[1].span, label: "one more",
          help: "write `plot \(picture.text)`, then `plot \(metrics[1].text)`")
      }
      if period != nil {
        throw Diagnostic.error(
          "`plot \(picture.text)` draws the evaluation, which has no years", at: span,
          help: "write `plot \(picture.text)`; `evaluate in YEAR` reads the case as of a year")
      }
      return try plotPicture(picture.text, for: names, format: format, at: span)
    }
    var seen: Set<String> = []
    for metric in metrics {
      if Session.plotPictures.contains(metric.text) {
        throw Diagnostic.error(
          "`\(metric.text)` is a picture of its own, not a metric a year", at: metric.span, label: "not a metric",
          help: "write `plot \(metric.text)` on its own")
      }
      try requireMetric(metric)
      guard seen.insert(metric.text).inserted else {
        throw Diagnostic.error("`\(metric.text)` is named twice", at: metric.span, label: "again", help: "name each metric once")
      }
    }
    var named: Set<String> = []
    for name in names where !named.insert(name.text).inserted {
      throw Diagnostic.error("`\(name.text)` is named twice", at: name.span, label: "again", help: "name each cluster or scenario once")
    }
    let count = metrics.count * max(names.count, 1)
    guard count <= SeriesChart.most else {
      throw Diagnostic.error(
        "\(count) series are more than one chart tells apart (\(SeriesChart.most) marks)", at: span, label: "too many",
        help: "plot fewer metrics or clusters at once")
    }
    let plotted = try plotted(metrics, for: names, period: period, at: span)
    if self.format(format) == .json {
      // The data behind the chart, for another tool to draw.
      if names.isEmpty, metrics.count == 1, let cluster = workspace.current, let record = simulations[cluster.name] {
        let stale = record.basis != simulationBasis(cluster)
        return .json(SimulationReport.plotJSON(cluster.name, metrics[0].text, plotted.years, record, stale: stale))
      }
      return .json(SeriesChart.json(metrics: metrics.map(\.text), years: plotted.years, series: plotted.series))
    }
    return .text(plotted.notice + plotted.chart(on: screen).render(width: screen.width))
  }

  /// The series a `plot` of simulated metrics draws: without `for`, the current cluster's last
  /// simulation (with its Monte Carlo band); with `for`, a deterministic run of each cluster (as
  /// `compare … on` makes) over the years asked, else the current cluster's last simulation's
  /// years, else the earliest case's year to ten years on, and with `runs N` each one's band.
  func plotted(_ metrics: [Name], for names: [Name], period: ComparePeriod?, at span: SourceSpan) throws(Diagnostic) -> Plotted {
    if names.isEmpty {
      let cluster = try requireCluster(span)
      guard let record = simulations[cluster.name] else {
        let from = cluster["year"].number.map { Int($0) } ?? 2000
        throw Diagnostic.error(
          "nothing to plot yet for cluster \(cluster.name)", at: span,
          help: "run `simulate \(from) to \(from + 10)` first, or write `plot \(metrics.map(\.text).joined(separator: ", ")) for "
            + "\(Printer.name(cluster.name))`, which simulates as it draws")
      }
      var years = record.trajectory.years.map(\.year)
      var notice = staleNotice(cluster, record)
      if case .range(let a, let b)? = period {
        let (x, y) = try range(a, b)
        if let first = years.first, let last = years.last, x < first || y > last {
          notice += Layout.paragraph(
            "the last simulation covers \(first) to \(last): `simulate \(min(x, first)) to \(max(y, last))` to draw \(x) to \(y)",
            width: screen.width, first: "note: ")
        }
        years = years.filter { $0 >= x && $0 <= y }
      }
      return Plotted(
        years: years,
        series: metrics.map { m in
          (cluster.name, m.text, years.map { record.trajectory.value(m.text, in: $0) }, SeriesChart.bands(record.monteCarlo, m.text, years))
        },
        subject: "\(cluster.name): \(metrics.map(\.text).joined(separator: ", "))",
        context: "last simulation" + (record.seed.map { " (the run with seed \($0))" } ?? " (deterministic)"),
        runs: record.monteCarlo?.runs, notice: notice)
    }
    var clusters: [Cluster] = []
    for name in names { clusters.append(try cluster(named: name)) }
    let first = clusters.compactMap { $0["year"].number.map { Int($0) } }.min() ?? 2000
    var years: [Int]
    if case .range(let a, let b)? = period {
      let (x, y) = try range(a, b)
      years = Array(x...y)
    } else if let current = workspace.current, let record = simulations[current.name], !record.trajectory.years.isEmpty {
      years = record.trajectory.years.map(\.year)
    } else {
      years = Array(first...(first + 10))
    }
    let last = years.max() ?? first
    var series: [Plotted.Line] = []
    for (cluster, name) in zip(clusters, names) {
      let start = min(cluster["year"].number.map { Int($0) } ?? first, years.min() ?? first)
      let parameters = parameters(for: cluster)
      let t = Simulation.run(cluster, parameters: parameters, from: start, to: last, seed: nil)
      let mc = try monteCarlo(cluster, parameters: parameters, from: start, to: last, at: span)
      for metric in metrics {
        series.append((name.text, metric.text, years.map { t.value(metric.text, in: $0) }, SeriesChart.bands(mc, metric.text, years)))
      }
    }
    return Plotted(
      years: years, series: series,
      subject: (names.count == 1 && metrics.count > 1 ? "\(names[0].text): " : "") + metrics.map(\.text).joined(separator: ", "),
      context: "simulated (deterministic)", runs: runs > 1 ? runs : nil, notice: "")
  }

  /// `plot gears|diamond [for A, B, …]`: the evaluation's bars for the current cluster or those
  /// named, in the order named.
  private func plotPicture(_ picture: String, for names: [Name], format: OutputFormat, at span: SourceSpan) throws(Diagnostic) -> Reply {
    var cases: [(name: String, evaluation: Evaluation)] = []
    if names.isEmpty {
      cases = [(try requireCluster(span).name, try evaluation(at: span))]
    } else {
      for (name, evaluation) in zip(names, try evaluations(names)) { cases.append((name.text, evaluation)) }
    }
    if self.format(format) == .json {
      return .json(.object([
        ("picture", .string(picture)),
        ("clusters", .array(cases.map { c in
          .object([("cluster", .string(c.name)), (picture, picture == "gears" ? Report.gearsJSON(c.evaluation) : Report.diamondJSON(c.evaluation))])
        })),
      ]))
    }
    return .text(picture == "gears" ? BarChart.gears(cases, screen: screen) : BarChart.diamond(cases, screen: screen))
  }

  /// A line saying the simulation shown was made before the cluster or the parameters last
  /// changed, or nothing.
  /// The `simulate` statement that runs `record`'s years again.
  func again(_ record: SimulationRecord) -> String {
    guard let first = record.trajectory.years.first?.year, let last = record.trajectory.years.last?.year else { return "simulate FROM to TO" }
    return "simulate \(first) to \(last)"
  }

  func staleNotice(_ cluster: Cluster, _ record: SimulationRecord) -> String {
    record.basis == simulationBasis(cluster)
      ? ""
      : Layout.paragraph(
        "this simulation of \(cluster.name) predates its last change (or a parameter's); `\(again(record))` to see the change",
        width: screen.width, first: "note: ")
  }

  // MARK: - for

  func forLoop(_ variable: Name, values: Expression, body: [Statement], statement: Statement) throws(Diagnostic) -> Bool {
    // The outermost loop gathers the tables of the loops inside it and prints them when it
    // ends, even on an error (what was computed is shown, then the error).
    let outermost = sweepTables == nil
    if outermost { sweepTables = [] }
    defer {
      if outermost {
        for table in sweepTables ?? [] { emit(table.reply(format(table.format), on: screen), for: statement) }
        sweepTables = nil
      }
    }
    let list = try evaluator().evaluate(values)
    let items: [Value]
    if case .list(let l) = list { items = l } else { items = [list] }
    for item in items {
      loopIterationsLeft -= 1
      guard loopIterationsLeft >= 0 else {
        throw Diagnostic.error(
          "more than \(limits.loopIterations) loop iterations in one statement", at: values.span, label: "too many",
          help: "nested loops count together; `clusterlab --limit loop_iterations=N` raises the limit")
      }
      workspace.setVariable(variable.text, item)
      for statement in body {
        if try perform(statement) { return true }
      }
    }
    return false
  }
}

/// A bar of the tornado table.
struct SensitivityBar {
  let name: String
  let kind: String
  let low: Double
  let high: Double
  var swing: Double { abs(high - low) }
}

/// A flag one thread sets and another reads.
final class Atomic: @unchecked Sendable {
  private let lock = DispatchQueue(label: "clusterlab.flag")
  private var value = false
  func set() { lock.sync { value = true } }
  var isSet: Bool { lock.sync { value } }
}

#if canImport(Glibc)
  import Glibc
#endif
