// Network indicators on the actual graph of a cluster (insight 1: "what happens between the boxes").

import ClusterWorkspace

/// The settings of the network analysis, taken from the model's parameter table.
public struct NetworkParameters: Sendable {
  /// Graphs with at most this many nodes get exact betweenness and clustering; larger ones are
  /// sampled.
  public var exactBetweennessLimit: Int = 2000
  /// Source nodes sampled for betweenness on large graphs.
  public var betweennessSamples: Int = 64
  /// Nodes sampled for the clustering coefficient on large graphs.
  public var clusteringSamples: Int = 500
  /// Density inside a cohort whose self-link gives none.
  public var defaultCohortDensity: Double = 0.01
  /// For links between a cohort and another cohort without a density: links per firm. A
  /// fraction is a coin per firm (2.5: two partners, and a third half the time).
  public var crossLinksPerFirm: Double = 2
  /// Seed of the deterministic expansion and sampling.
  public var seed: UInt64 = 2005
  /// The most ties the declared densities may be expected to give; above it the graph is not
  /// drawn (a 10-million-firm cohort at density 1 would need terabytes), and the result says so
  /// in `withinEdgeLimit`.
  public var maximumEdges: Int = 20_000_000
  /// The defaults above; the model overrides them from its parameter table.
  public init() {}
}

/// The network of a cluster: its actors as nodes (one per firm of a cohort) and its linkages as
/// edges, with the measures of how connected it is and who brokers between its "boxes".
///
/// The graph is undirected and simple: `edges` counts pairs of nodes that are tied, however many
/// declared links tie them. `linkages` counts ties per declared link, so a firm that is both a
/// `member` of an institution and receives its `service` has one edge and two linkages; the
/// shares by category are shares of linkages.
public struct NetworkResult: Sendable, Equatable {
  /// Nodes: one per firm, institution, buyer and consortium; a cohort of N firms is N nodes.
  public var nodes: Int = 0
  /// Distinct tied pairs of nodes.
  public var edges: Int = 0
  /// 2·edges / (nodes·(nodes − 1)); 0 below two nodes.
  public var density: Double = 0
  /// 2·edges / nodes.
  public var meanDegree: Double = 0
  /// The most ties of any one node.
  public var maxDegree: Int = 0
  /// Nodes with no tie at all.
  public var isolated: Int = 0
  /// Connected components, each isolated node being one.
  public var components: Int = 0
  /// Share of nodes in the largest connected component.
  public var largestComponentShare: Double = 0
  /// The mean local clustering coefficient: for each node of degree d ≥ 2, the share of the
  /// d(d−1)/2 pairs of its neighbours that are tied, nodes of lower degree counting as 0
  /// (the convention of Watts & Strogatz and networkx). Exact or sampled: see `clusteringExact`.
  public var clusteringCoefficient: Double = 0
  /// Whether the clustering coefficient is over every node (graphs up to
  /// `exactBetweennessLimit` nodes) or over `clusteringSamples` nodes drawn uniformly.
  public var clusteringExact: Bool = true
  /// Nodes the clustering coefficient was averaged over when sampled; 0 when exact.
  public var clusteringSamples: Int = 0
  /// The actors with the highest betweenness, highest first, then by name; at most five, and only
  /// actors with some. A node's betweenness is the number of unordered pairs of other nodes it
  /// lies between, each pair counting the share of its shortest paths through the node (a–b–c
  /// gives b 1). An actor's score is its node's; a cohort's is the MEAN over its firms, so a
  /// cohort ranks by how much a typical firm of it brokers, not by how many firms it has (the
  /// sum would put any large cohort first and say nothing about brokerage).
  public var brokers: [(name: String, betweenness: Double)] = []
  /// Whether betweenness is exact (graphs up to `exactBetweennessLimit` nodes) or sampled.
  public var betweennessExact: Bool = true
  /// When sampled: the number of source nodes. 0 when exact.
  public var betweennessSamples: Int = 0
  /// When sampled: the relative error of the top broker's score at 95% confidence, from the
  /// spread of its per-source contributions x₁ … x_k (Brandes & Pich 2007 estimate, scaled by
  /// N/k):
  ///
  ///     error = 1.96 · s / (x̄ · √k) · √((N − k) / (N − 1))
  ///
  /// where x̄ and s are the sample mean and standard deviation of the x's and the last factor is
  /// the finite-population correction for sources drawn without replacement. It shrinks as
  /// 1/√k. It is a confidence half-width from the normal approximation, not a hard bound: 0 when
  /// exact or when no broker was found; 1 when k = 1 leaves no spread to estimate.
  public var betweennessError: Double = 0
  /// Expanded ties, one per declared link (or consortium membership) per pair of nodes tied.
  public var linkages: Int = 0
  /// Linkages of the `supplies` and `customer` kinds: firm–supplier–customer ties.
  public var verticalLinkages: Int = 0
  /// Linkages of the `cooperation` kind, and a consortium's ties to its member firms (firms
  /// combining forces to market jointly, insight 9).
  public var horizontalLinkages: Int = 0
  /// Linkages of the `member`, `service` and `partner` kinds: ties with support institutions.
  public var institutionalLinkages: Int = 0
  /// Linkages of the `buys` kind: the cluster's ties to global markets (insight 10).
  public var buyerLinkages: Int = 0
  /// Declared vertical links (`supplies`, `customer`), counted as declared, not as expanded
  /// ties: a link's mode is one statement about one relationship, whatever the cohort's size.
  public var verticalLinks: Int = 0
  /// Declared vertical links with `mode: partnership`.
  public var partnershipLinks: Int = 0
  /// Declared vertical links with `mode: arm_length`.
  public var armLengthLinks: Int = 0
  /// The mean declared `trust` over the linkages whose link declares one (insight 6), each
  /// expanded tie weighing one, so a cohort's trust among its firms weighs by its ties; nil when
  /// no link declares trust.
  public var meanTrust: Double?
  /// Share of linkages whose link declares a `trust`.
  public var trustedLinkageShare: Double = 0
  /// The number of ties the declared links and densities lead one to expect.
  public var expectedEdges: Double = 0
  /// False when `expectedEdges` is above `maximumEdges` (or the nodes outnumber 32-bit indices):
  /// then the graph is not drawn, and only `nodes`, `expectedEdges` and the declared-link counts
  /// are filled.
  public var withinEdgeLimit: Bool = true

  /// An empty result: no nodes, nothing measured.
  public init() {}

  /// Share of linkages that are vertical; 0 without linkages.
  public var verticalShare: Double { share(verticalLinkages, of: linkages) }
  /// Share of linkages that are horizontal; 0 without linkages.
  public var horizontalShare: Double { share(horizontalLinkages, of: linkages) }
  /// Share of linkages that are institutional; 0 without linkages.
  public var institutionalShare: Double { share(institutionalLinkages, of: linkages) }
  /// Share of linkages that are with buyers; 0 without linkages.
  public var buyerShare: Double { share(buyerLinkages, of: linkages) }
  /// Share of declared vertical links that are partnerships (insight 1); 0 without any.
  public var partnershipShare: Double { share(partnershipLinks, of: verticalLinks) }
  /// Share of declared vertical links that are at arm's length; 0 without any.
  public var armLengthShare: Double { share(armLengthLinks, of: verticalLinks) }

  private func share(_ part: Int, of whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }

  /// Field by field, brokers' names and scores included, so equal means the same analysis.
  public static func == (a: NetworkResult, b: NetworkResult) -> Bool {
    a.nodes == b.nodes && a.edges == b.edges && a.density == b.density && a.meanDegree == b.meanDegree
      && a.maxDegree == b.maxDegree && a.isolated == b.isolated && a.components == b.components
      && a.largestComponentShare == b.largestComponentShare && a.clusteringCoefficient == b.clusteringCoefficient
      && a.clusteringExact == b.clusteringExact && a.clusteringSamples == b.clusteringSamples
      && a.brokers.map(\.name) == b.brokers.map(\.name) && a.brokers.map(\.betweenness) == b.brokers.map(\.betweenness)
      && a.betweennessExact == b.betweennessExact && a.betweennessSamples == b.betweennessSamples
      && a.betweennessError == b.betweennessError && a.linkages == b.linkages
      && a.verticalLinkages == b.verticalLinkages && a.horizontalLinkages == b.horizontalLinkages
      && a.institutionalLinkages == b.institutionalLinkages && a.buyerLinkages == b.buyerLinkages
      && a.verticalLinks == b.verticalLinks && a.partnershipLinks == b.partnershipLinks
      && a.armLengthLinks == b.armLengthLinks && a.meanTrust == b.meanTrust
      && a.trustedLinkageShare == b.trustedLinkageShare && a.expectedEdges == b.expectedEdges
      && a.withinEdgeLimit == b.withinEdgeLimit
  }
}

/// The network analysis of a cluster: expansion into a graph, then its measures.
public enum NetworkAnalysis {
  /// How many brokers the result names.
  static let brokerCount = 5

  /// Expands `cluster` into its graph (deterministically from `parameters.seed`) and measures it.
  public static func analyse(_ cluster: Cluster, parameters: NetworkParameters) -> NetworkResult {
    let (graph, tally) = NetworkExpansion.expand(cluster, parameters: parameters)
    var result = NetworkResult()
    result.verticalLinks = tally.verticalLinks
    result.partnershipLinks = tally.partnershipLinks
    result.armLengthLinks = tally.armLengthLinks
    result.expectedEdges = tally.expectedEdges
    guard let graph else {
      result.nodes = cluster.entities.reduce(0) { $0 + ($1.kind == .cohort ? $1.firmCount : $1.kind.isActor ? 1 : 0) }
      result.withinEdgeLimit = false
      return result
    }
    return measure(graph, tally, parameters, into: result)
  }

  /// The graph a cluster expands to, for tests and for callers that want its nodes' actors.
  static func graph(of cluster: Cluster, parameters: NetworkParameters) -> NetworkGraph? {
    NetworkExpansion.expand(cluster, parameters: parameters).0
  }

  private static func measure(
    _ g: NetworkGraph, _ tally: LinkageTally, _ parameters: NetworkParameters, into start: NetworkResult
  ) -> NetworkResult {
    var result = start
    let n = g.nodeCount
    result.nodes = n
    result.edges = g.edgeCount
    result.linkages = tally.linkages
    result.verticalLinkages = tally.byCategory[LinkageCategory.vertical.rawValue]
    result.horizontalLinkages = tally.byCategory[LinkageCategory.horizontal.rawValue]
    result.institutionalLinkages = tally.byCategory[LinkageCategory.institutional.rawValue]
    result.buyerLinkages = tally.byCategory[LinkageCategory.buyer.rawValue]
    if tally.trustedLinkages > 0 { result.meanTrust = tally.trustSum / Double(tally.trustedLinkages) }
    if tally.linkages > 0 { result.trustedLinkageShare = Double(tally.trustedLinkages) / Double(tally.linkages) }
    guard n > 0 else { return result }

    let e = Double(g.edgeCount)
    result.density = n > 1 ? 2 * e / (Double(n) * Double(n - 1)) : 0
    result.meanDegree = 2 * e / Double(n)
    for v in 0..<n {
      let d = g.degree(v)
      result.maxDegree = max(result.maxDegree, d)
      if d == 0 { result.isolated += 1 }
    }
    let components = NetworkMeasures.components(g)
    result.components = components.count
    result.largestComponentShare = Double(components.largest) / Double(n)

    let small = n <= parameters.exactBetweennessLimit
    let clusteringK = max(1, parameters.clusteringSamples)
    if small || clusteringK >= n {
      result.clusteringCoefficient = NetworkMeasures.clustering(g, over: Array(0..<Int32(n)))
    } else {
      var rng = StableHash.generator(seed: parameters.seed, ["clustering"])
      let nodes = NetworkMeasures.sample(n, clusteringK, &rng)
      result.clusteringCoefficient = NetworkMeasures.clustering(g, over: nodes)
      result.clusteringExact = false
      result.clusteringSamples = nodes.count
    }

    let betweennessK = max(1, parameters.betweennessSamples)
    let exact = small || betweennessK >= n
    let sources: [Int32]
    if exact {
      sources = Array(0..<Int32(n))
    } else {
      var rng = StableHash.generator(seed: parameters.seed, ["betweenness"])
      sources = NetworkMeasures.sample(n, betweennessK, &rng)
    }
    let b = NetworkMeasures.betweenness(g, sources: sources, perActor: !exact)
    // Each source counts the pairs it starts; over all sources every unordered pair is counted
    // from both ends, hence the half. A sample of k sources stands for all N of them.
    let scale = exact ? 0.5 : 0.5 * Double(n) / Double(b.sources)
    var scores: [(name: String, betweenness: Double, actor: Int)] = []
    for (i, actor) in g.actors.enumerated() {
      var total = 0.0
      for v in actor.firstNode..<(actor.firstNode + actor.nodeCount) { total += b.node[v] }
      let score = total * scale / Double(actor.nodeCount)
      if score > 0 { scores.append((actor.name, score, i)) }
    }
    scores.sort { $0.betweenness != $1.betweenness ? $0.betweenness > $1.betweenness : $0.name < $1.name }
    result.brokers = scores.prefix(brokerCount).map { ($0.name, $0.betweenness) }
    result.betweennessExact = exact
    if !exact {
      result.betweennessSamples = b.sources
      if let top = scores.first {
        result.betweennessError = relativeError(
          sum: b.actorSum[top.actor], sumOfSquares: b.actorSumOfSquares[top.actor], samples: b.sources, nodes: n)
      }
    }
    return result
  }

  /// 1.96 · s / (x̄ · √k) · √((N − k)/(N − 1)): see `NetworkResult.betweennessError`.
  static func relativeError(sum: Double, sumOfSquares: Double, samples k: Int, nodes n: Int) -> Double {
    guard sum > 0 else { return 0 }
    guard k > 1 else { return 1 }
    let kk = Double(k)
    let mean = sum / kk
    let variance = max(0, (sumOfSquares - kk * mean * mean) / (kk - 1))
    let correction = n > 1 ? (Double(n - k) / Double(n - 1)).squareRoot() : 0
    return 1.96 * variance.squareRoot() / (mean * kk.squareRoot()) * correction
  }
}
