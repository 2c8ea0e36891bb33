// Monte Carlo: many seeded runs of the simulation, spread over every core, summarized as
// percentiles per year and the shares of runs that took off, stagnated or failed. Run i always
// uses the seed derived from (seed, i), and results are gathered by index, so the same seed
// gives the same summary whatever the number of cores.

import ClusterWorkspace
import Dispatch

/// P10, P50 and P90 of one metric in one year.
public struct Percentiles: Sendable, Equatable {
  public let p10: Double
  public let p50: Double
  public let p90: Double
}

/// How the runs ended, against the thresholds `took_off_multiple` and `failed_multiple`.
public struct Outcomes: Sendable, Equatable {
  public let tookOff: Double
  public let stagnated: Double
  public let failed: Double
}

public struct MonteCarloResult: Sendable, Equatable {
  public let runs: Int
  public let seed: UInt64
  public let years: [Int]
  /// metric → one entry per year.
  public let percentiles: [String: [Percentiles]]
  public let outcomes: Outcomes

  public func percentiles(_ metric: String, in year: Int) -> Percentiles? {
    guard let i = years.firstIndex(of: year) else { return nil }
    return percentiles[metric]?[i]
  }
}

/// Set from another thread (Ctrl-C) to stop a long Monte Carlo between runs.
public final class Cancellation: @unchecked Sendable {
  private let lock = DispatchQueue(label: "clusterlab.cancellation")
  private var cancelled = false
  public init() {}
  public func cancel() { lock.sync { cancelled = true } }
  public var isCancelled: Bool { lock.sync { cancelled } }
}

public enum MonteCarlo {
  /// The most runs one command may ask for.
  public static let maximumRuns = 1_000_000

  /// Runs `runs` seeded simulations on `workers` threads (default: every core).
  public static func run(
    _ cluster: Cluster, parameters: ParameterSet = ParameterSet(), from: Int, to: Int, runs: Int, seed: UInt64,
    workers: Int? = nil, cancellation: Cancellation? = nil
  ) -> MonteCarloResult? {
    let count = max(1, min(runs, maximumRuns))
    let threads = max(1, min(workers ?? ProcessInfoLite.activeProcessorCount, count))
    let metrics = Trajectory.metrics
    let yearCount = max(0, to - from) + 1
    // values[run][year][metric], written by index so the order of threads cannot matter.
    let storage = ResultStorage(runs: count, width: yearCount * metrics.count)
    let chunk = (count + threads - 1) / threads
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      let lower = worker * chunk
      let upper = min(count, lower + chunk)
      guard lower < upper else { return }
      // Each worker reads its own copy of the case: shared arrays would make the cores fight
      // over reference counts.
      let prepared = SimulationCase(cluster, parameters: parameters)
      for run in lower..<upper {
        if cancellation?.isCancelled == true { return }
        let runSeed = SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(run) &+ 1))
        let t = Simulation.run(prepared, from: from, to: to, seed: runSeed, recordEvents: false)
        var row = [Double](repeating: 0, count: yearCount * metrics.count)
        for (y, state) in t.years.enumerated() where y < yearCount {
          for (m, metric) in metrics.enumerated() {
            row[y * metrics.count + m] = Trajectory.value(metric, of: state) ?? 0
          }
        }
        storage.store(run, row)
      }
    }
    if cancellation?.isCancelled == true { return nil }
    let rows = storage.rows
    // Sorting a column per metric and year is the other heavy part: spread it over the cores too.
    let cells = metrics.count * yearCount
    let summary = PercentileStorage(count: cells)
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      var cell = worker
      while cell < cells {
        let (y, m) = (cell / metrics.count, cell % metrics.count)
        let sorted = rows.map { $0[y * metrics.count + m] }.sorted()
        summary.store(cell, Percentiles(p10: quantile(sorted, 0.1), p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9)))
        cell += threads
      }
    }
    let cellsDone = summary.values
    var percentiles: [String: [Percentiles]] = [:]
    for (m, metric) in metrics.enumerated() {
      percentiles[metric] = (0..<yearCount).map { y in cellsDone[y * metrics.count + m] }
    }
    let exportsIndex = metrics.firstIndex(of: "exports") ?? 0
    var tookOff = 0
    var failed = 0
    for row in rows {
      let start = row[exportsIndex]
      let end = row[(yearCount - 1) * metrics.count + exportsIndex]
      let multiple = start > 0 ? end / start : 0
      if multiple >= parameters["took_off_multiple"] {
        tookOff += 1
      } else if multiple < parameters["failed_multiple"] {
        failed += 1
      }
    }
    let n = Double(rows.count)
    return MonteCarloResult(
      runs: rows.count, seed: seed, years: Array(from...max(from, to)), percentiles: percentiles,
      outcomes: Outcomes(tookOff: Double(tookOff) / n, stagnated: Double(rows.count - tookOff - failed) / n, failed: Double(failed) / n))
  }

  /// The value at quantile q of sorted values, by linear interpolation between ranks.
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let position = q * Double(sorted.count - 1)
    let lower = Int(position)
    let upper = min(sorted.count - 1, lower + 1)
    let fraction = position - Double(lower)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
  }
}

/// Percentiles written by several threads, each to its own cell.
final class PercentileStorage: @unchecked Sendable {
  private var storage: [Percentiles]
  private let lock = DispatchQueue(label: "clusterlab.percentiles")

  init(count: Int) {
    storage = Array(repeating: Percentiles(p10: 0, p50: 0, p90: 0), count: count)
  }

  func store(_ index: Int, _ value: Percentiles) {
    lock.sync { storage[index] = value }
  }

  var values: [Percentiles] { lock.sync { storage } }
}

/// Rows written by several threads, each to its own index.
final class ResultStorage: @unchecked Sendable {
  private var storage: [[Double]]
  private let lock = DispatchQueue(label: "clusterlab.montecarlo")

  init(runs: Int, width: Int) {
    storage = Array(repeating: [], count: runs)
  }

  func store(_ index: Int, _ row: [Double]) {
    lock.sync { storage[index] = row }
  }

  var rows: [[Double]] { lock.sync { storage.filter { !$0.isEmpty } } }
}

/// The number of cores, without Foundation.
enum ProcessInfoLite {
  static var activeProcessorCount: Int {
    #if canImport(Glibc)
      return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
      return 1
    #endif
  }
}

#if canImport(Glibc)
  import Glibc
#endif
