// What an export writes, gathered once: for each cluster or scenario its evaluation, the
// parameters it ran with and its trajectory. Every renderer (JSON, CSV, Markdown, DOT, SVG,
// HTML) reads these results and computes no figure of the model itself.

import ClusterModel
import ClusterWorkspace

/// Where a trajectory in an export comes from.
enum TrajectorySource: String {
  /// The session's last `simulate` of the cluster, unchanged since (Monte Carlo band included).
  case simulate
  /// A deterministic run made for the export: the cluster had no simulation, or changed after it.
  case deterministic
}

/// One cluster or scenario, evaluated and simulated.
struct ExportCase {
  let cluster: Cluster
  let evaluation: Evaluation
  let parameters: ParameterSet
  let record: SimulationRecord
  let source: TrajectorySource
  /// Why a deterministic run stands in for the last `simulate`, when one does.
  let sourceNote: String?

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
  /// a deterministic run covers the same years as the others: those of the clusters' last
  /// simulations, or else ten years from the earliest case year (`exportDefaultYears`).
  func exportBundle(_ clusters: [Cluster]) -> ExportBundle {
    var current: [String: SimulationRecord] = [:]
    for cluster in clusters {
      if let record = simulations[cluster.name], record.basis == simulationBasis(cluster) { current[cluster.name] = record }
    }
    // The years simulated, even by a run now out of date: they are the years the user asked for.
    let simulatedYears = clusters.compactMap { simulations[$0.name] }
      .flatMap { [$0.trajectory.years.first?.year, $0.trajectory.years.last?.year] }.compactMap { $0 }
    let caseYears = clusters.compactMap { $0["year"].number.map { Int($0) } }
    let first = simulatedYears.min() ?? caseYears.min() ?? 2000
    let last = max(first, simulatedYears.max() ?? (first + Session.exportDefaultYears))
    var cases: [ExportCase] = []
    for cluster in clusters {
      let parameters = self.parameters(for: cluster)
      let evaluation =
        exportEvaluations[cluster.name]
        ?? (cluster.name == workspace.currentName ? cachedEvaluation : nil)
        ?? ClusterModel.evaluate(cluster, parameters: parameters)
      exportEvaluations[cluster.name] = evaluation
      if let record = current[cluster.name] {
        cases.append(ExportCase(cluster: cluster, evaluation: evaluation, parameters: parameters, record: record, source: .simulate, sourceNote: nil))
        continue
      }
      // From the case's own year: years before it would only repeat the state it describes.
      let start = max(first, min(cluster["year"].number.map { Int($0) } ?? first, last))
      let trajectory = Simulation.run(cluster, parameters: parameters, from: start, to: last, seed: nil)
      let note = simulations[cluster.name] != nil
        ? "the last `simulate` of \(cluster.name) predates a change to it (or to a parameter): a deterministic run from \(start) stands in"
        : nil
      cases.append(ExportCase(
        cluster: cluster, evaluation: evaluation, parameters: parameters, record: SimulationRecord(trajectory: trajectory, monteCarlo: nil),
        source: .deterministic, sourceNote: note))
    }
    return ExportBundle(cases: cases, years: first...last)
  }

  /// Years after the earliest case year that an export simulates when nothing was simulated.
  static let exportDefaultYears = 10
}
