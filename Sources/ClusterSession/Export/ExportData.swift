// What an export writes, gathered once: for each cluster or scenario its evaluation, the
// parameters it ran with and its trajectory. Every renderer (JSON, CSV, Markdown, DOT, SVG,
// HTML) reads these results and computes no figure of the model itself.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

/// Where a trajectory in an export comes from.
enum TrajectorySource: String {
  /// The session's last `simulate` of the cluster, unchanged since (Monte Carlo band included).
  case simulate
  /// A deterministic run made for the export: the cluster had no simulation, or changed after
  /// it, and the session's `runs` is 1.
  case deterministic
  /// Monte Carlo runs made for the export, as `simulate` would make them with the session's
  /// `runs` and `seed`: the cluster had no up-to-date simulation and `runs` is more than 1.
  case monteCarlo = "monte_carlo"
}

/// One cluster or scenario, evaluated and simulated.
struct ExportCase {
  let cluster: Cluster
  let evaluation: Evaluation
  let parameters: ParameterSet
  let record: SimulationRecord
  let source: TrajectorySource
  /// Why a run made for the export stands in for the last `simulate`, when one does.
  let sourceNote: String?
  /// What a scenario changes from the cluster it was made from, as statements; nil for a
  /// cluster, or when its base is gone or the changes cannot be written as statements.
  let changes: [String]?

  var name: String { cluster.name }
  /// The cluster a scenario was made from.
  var scenarioOf: String? { cluster.scenarioBase }
}

/// Everything one `export` statement writes about.
struct ExportBundle {
  /// The clusters and scenarios in the order named (the current cluster first by default).
  let cases: [ExportCase]
  /// The years the trajectories cover together.
  let years: ClosedRange<Int>

  /// The case a one-cluster document (findings, plan) is about: the first named.
  var main: ExportCase { cases[0] }

  /// The evaluations side by side (`compare A, B`), when there are several.
  var comparison: [ComparisonRow]? {
    cases.count > 1 ? Comparison.rows(cases.map(\.evaluation)) : nil
  }

  /// A metric of every case, a value a year over `years` (nil where a run has none).
  func series(_ metric: String) -> [(name: String, values: [Double?], band: [Percentiles?]?)] {
    cases.map { c in
      let values = years.map { c.record.trajectory.value(metric, in: $0) }
      let band = c.record.monteCarlo.map { mc in years.map { mc.percentiles(metric, in: $0) } }
      return (c.name, values, band)
    }
  }
}

extension Session {
  /// Evaluates and simulates `clusters` for an export. A cluster's last `simulate` is used when
  /// it still matches the cluster and parameters; otherwise, and for clusters never simulated,
  /// the export runs it over the same years as the others: those of the clusters' last
  /// simulations, or else ten years from the earliest case year (`exportDefaultYears`). With
  /// `runs N` (N > 1) those runs are the Monte Carlo runs `simulate` would make, so the export
  /// has its band without a `simulate` first; with `runs 1`, one deterministic run.
  func exportBundle(_ clusters: [Cluster], at span: SourceSpan) throws(Diagnostic) -> ExportBundle {
    // The years simulated, even by a run now out of date: they are the years the user asked for.
    let simulatedYears = clusters.compactMap { simulations[$0.name] }
      .flatMap { [$0.trajectory.years.first?.year, $0.trajectory.years.last?.year] }.compactMap { $0 }
    let caseYears = clusters.compactMap { $0["year"].number.map { Int($0) } }
    let first = simulatedYears.min() ?? caseYears.min() ?? 2000
    let end = max(first, simulatedYears.max() ?? (first + Session.exportDefaultYears))
    // Before any run: Monte Carlo over too many years would be slow before failing.
    guard end - first <= limits.years else {
      throw Diagnostic.error(
        "the simulations to export span \(end - first) years, more than the limit of \(limits.years)", at: span,
        help: "export fewer clusters at once, or `clusterlab --limit years=N`")
    }
    var cases: [ExportCase] = []
    for cluster in clusters {
      let parameters = self.parameters(for: cluster)
      let evaluation =
        exportEvaluations[cluster.name]
        ?? (cluster.name == workspace.currentName ? cachedEvaluation : nil)
        ?? ClusterModel.evaluate(cluster, parameters: parameters)
      exportEvaluations[cluster.name] = evaluation
      let basis = Session.basis(cluster, parameters)
      let changes = scenarioChanges(cluster)
      let last = simulations[cluster.name]
      let upToDate = last?.basis == basis
      // A simulation without Monte Carlo runs made before `runs N` does not hold the band the
      // user now asks for: the export makes the runs.
      if let record = last, upToDate, record.monteCarlo != nil || runs <= 1 {
        cases.append(ExportCase(
          cluster: cluster, evaluation: evaluation, parameters: parameters, record: record, source: .simulate, sourceNote: nil,
          changes: changes))
        continue
      }
      // From the case's own year: years before it would only repeat the state it describes.
      let start = max(first, min(cluster["year"].number.map { Int($0) } ?? first, end))
      let record = try exportRun(cluster, parameters: parameters, basis: basis, from: start, to: end, at: span)
      let source: TrajectorySource = record.monteCarlo == nil ? .deterministic : .monteCarlo
      let standIn = source == .monteCarlo ? "\(runs) Monte Carlo runs made for the export from \(start) stand in" : "a deterministic run from \(start) stands in"
      var note: String?
      if last != nil {
        note = upToDate
          ? "the last `simulate` of \(cluster.name) had no Monte Carlo runs (`runs` was 1): \(standIn)"
          : "the last `simulate` of \(cluster.name) predates a change to it (or to a parameter): \(standIn)"
      }
      cases.append(ExportCase(
        cluster: cluster, evaluation: evaluation, parameters: parameters, record: record, source: source, sourceNote: note,
        changes: changes))
    }
    return ExportBundle(cases: cases, years: first...end)
  }

  /// The runs `simulate from to` would make now, kept while the case, parameters, `runs` and
  /// `seed` stay the same: a report, its CSV and its JSON exported one after the other pay for
  /// the Monte Carlo runs once. Unlike `simulate`, the session's simulations are left as they
  /// were: an export answers no later `exports(YEAR)`.
  private func exportRun(
    _ cluster: Cluster, parameters: ParameterSet, basis: String, from a: Int, to b: Int, at span: SourceSpan
  ) throws(Diagnostic) -> SimulationRecord {
    let key = "\(runs) \(seed.map(String.init) ?? "none") \(a) \(b)\n" + basis
    if let kept = exportRuns[cluster.name], kept.key == key { return kept.record }
    let monteCarlo = try monteCarlo(cluster, parameters: parameters, from: a, to: b, at: span)
    // With Monte Carlo runs, seeded as `simulate` seeds its run: the same numbers whether or
    // not the user simulated first. Without, the deterministic run, as exports always had.
    let trajectory = Simulation.run(cluster, parameters: parameters, from: a, to: b, seed: monteCarlo == nil ? nil : seed)
    let record = SimulationRecord(trajectory: trajectory, monteCarlo: monteCarlo)
    exportRuns[cluster.name] = (key, record)
    return record
  }

  private func scenarioChanges(_ cluster: Cluster) -> [String]? {
    guard let baseName = cluster.scenarioBase, let base = workspace.cluster(named: baseName) else { return nil }
    return base.copy(named: cluster.name, declaredAt: nil).changes(to: cluster)?.map { Printer.print($0) }
  }

  /// Years after the earliest case year that an export simulates when nothing was simulated.
  static let exportDefaultYears = 10
}
