// Network indicators on the actual graph of a cluster (insight 1: "what happens between the
// boxes"). OWNED BY THE NETWORK HELPER: this file is a placeholder with the agreed interface.

import ClusterWorkspace

/// The settings of the network analysis, taken from the model's parameter table.
public struct NetworkParameters: Sendable {
  /// Graphs with at most this many nodes get exact betweenness; larger ones are sampled.
  public var exactBetweennessLimit: Int = 2000
  /// Source nodes sampled for betweenness on large graphs.
  public var betweennessSamples: Int = 64
  /// Nodes sampled for the clustering coefficient on large graphs.
  public var clusteringSamples: Int = 500
  /// Density inside a cohort whose self-link gives none.
  public var defaultCohortDensity: Double = 0.01
  /// For links between a cohort and another cohort without a density: links per firm.
  public var crossLinksPerFirm: Double = 2
  /// Seed of the deterministic expansion and sampling.
  public var seed: UInt64 = 2005
  public init() {}
}

/// A node of the expanded graph: an actor, or one firm of a cohort.
public struct NetworkResult: Sendable, Equatable {
  public var nodes: Int = 0
  public var edges: Int = 0
  public var density: Double = 0
  public var meanDegree: Double = 0
  public var maxDegree: Int = 0
  public var isolated: Int = 0
  public var components: Int = 0
  /// Share of nodes in the largest connected component.
  public var largestComponentShare: Double = 0
  public var clusteringCoefficient: Double = 0
  /// Actors (cohorts reported as a whole) with the highest betweenness, highest first.
  public var brokers: [(name: String, betweenness: Double)] = []
  public var betweennessExact: Bool = true
  /// When sampled: the number of sources and a stated relative error.
  public var betweennessSamples: Int = 0
  public var betweennessError: Double = 0
  public init() {}

  public static func == (a: NetworkResult, b: NetworkResult) -> Bool {
    a.nodes == b.nodes && a.edges == b.edges && a.density == b.density
      && a.brokers.map(\.name) == b.brokers.map(\.name)
  }
}

public enum NetworkAnalysis {
  public static func analyse(_ cluster: Cluster, parameters: NetworkParameters) -> NetworkResult {
    NetworkResult()
  }
}
