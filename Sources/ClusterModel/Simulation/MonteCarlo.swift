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
    let width = yearCount * metrics.count
    // Each worker fills one contiguous block of runs, row by row, and hands it over once:
    // a lock per run would make the cores queue for it.
    let blocks = BlockStorage(count: threads)
    let chunk = (count + threads - 1) / threads
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      let lower = worker * chunk
      let upper = min(count, lower + chunk)
      guard lower < upper else { return }
      // Each worker reads its own copy of the case: shared arrays would make the cores fight
      // over reference counts.
      let prepared = SimulationCase(cluster, parameters: parameters)
      var start = Engine(prepared, from: Simulation.startYear(prepared, from: from, to: to), seed: nil)
      start.recordEvents = false
      var block = [Double](repeating: 0, count: (upper - lower) * width)
      for run in lower..<upper {
        if cancellation?.isCancelled == true { return }
        let runSeed = SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(run) &+ 1))
        var engine = start
        engine.draws = Draws(seed: runSeed)
        let t = Simulation.run(&engine, from: from, to: to)
        let base = (run - lower) * width
        for (y, state) in t.years.enumerated() where y < yearCount {
          Trajectory.write(state, into: &block, at: base + y * metrics.count)
        }
      }
      blocks.store(worker, block)
    }
    if cancellation?.isCancelled == true { return nil }
    // The blocks in worker order are the runs in index order.
    var joined: [Double] = []
    joined.reserveCapacity(count * width)
    for block in blocks.values { joined.append(contentsOf: block) }
    let values = joined
    let runCount = values.count / max(1, width)
    guard runCount > 0 else { return nil }
    // Three order statistics per metric and year: selection, not a full sort, spread over the cores.
    let cells = width
    let summary = PercentileStorage(count: cells)
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      var column = [Double](repeating: 0, count: runCount)
      // Read through a pointer: element reads of a shared array must not touch its reference
      // count, which both cores would then fight over.
      values.withUnsafeBufferPointer { all in
        var cell = worker
        while cell < cells {
          for r in 0..<runCount { column[r] = all[r * width + cell] }
          summary.store(cell, MonteCarlo.percentiles(&column))
          cell += threads
        }
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
    for r in 0..<runCount {
      let start = values[r * width + exportsIndex]
      let end = values[r * width + (yearCount - 1) * metrics.count + exportsIndex]
      let multiple = start > 0 ? end / start : 0
      if multiple >= parameters[.tookOffMultiple] {
        tookOff += 1
      } else if multiple < parameters[.failedMultiple] {
        failed += 1
      }
    }
    let n = Double(runCount)
    return MonteCarloResult(
      runs: runCount, seed: seed, years: Array(from...max(from, to)), percentiles: percentiles,
      outcomes: Outcomes(tookOff: Double(tookOff) / n, stagnated: Double(runCount - tookOff - failed) / n, failed: Double(failed) / n))
  }

  /// P10, P50 and P90 of `values` (reordered in place), exactly as `quantile` of the sorted
  /// values would give them, by selecting the few ranks needed.
  static func percentiles(_ values: inout [Double]) -> Percentiles {
    func at(_ q: Double) -> Double {
      let position = q * Double(values.count - 1)
      let lower = Int(position)
      let upper = min(values.count - 1, lower + 1)
      let low = select(&values, lower)
      // After selecting rank `lower`, the next rank is the smallest value above it.
      var high = low
      if upper > lower {
        high = values[upper]
        for i in (upper + 1)..<max(upper + 1, values.count) where values[i] < high { high = values[i] }
      }
      return low + (high - low) * (position - Double(lower))
    }
    guard !values.isEmpty else { return Percentiles(p10: 0, p50: 0, p90: 0) }
    return Percentiles(p10: at(0.1), p50: at(0.5), p90: at(0.9))
  }

  /// Moves the value of rank `k` to index `k`, smaller ones before it and larger ones after
  /// (Hoare's selection with a median-of-three pivot); returns it.
  static func select(_ a: inout [Double], _ k: Int) -> Double {
    var lo = 0
    var hi = a.count - 1
    while lo < hi {
      let mid = lo + (hi - lo) / 2
      // Median of three as the pivot: sorted data (common in trajectories) stays linear.
      if a[mid] < a[lo] { a.swapAt(mid, lo) }
      if a[hi] < a[lo] { a.swapAt(hi, lo) }
      if a[hi] < a[mid] { a.swapAt(hi, mid) }
      let pivot = a[mid]
      var i = lo
      var j = hi
      while i <= j {
        while a[i] < pivot { i += 1 }
        while pivot < a[j] { j -= 1 }
        if i <= j {
          a.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if k <= j {
        hi = j
      } else if k >= i {
        lo = i
      } else {
        return a[k]
      }
    }
    return a[k]
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

/// Blocks of runs written by several threads, each worker once, to its own index.
final class BlockStorage: @unchecked Sendable {
  private var storage: [[Double]]
  private let lock = DispatchQueue(label: "clusterlab.montecarlo")

  init(count: Int) {
    storage = Array(repeating: [], count: count)
  }

  func store(_ index: Int, _ block: [Double]) {
    lock.sync { storage[index] = block }
  }

  var values: [[Double]] { lock.sync { storage } }
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
