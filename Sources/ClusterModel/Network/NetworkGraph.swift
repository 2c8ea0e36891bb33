// The deterministic expansion of a cluster's actors and linkages into a graph (CSR adjacency).

import ClusterWorkspace

/// The paper's kinds of linkage (insight 1), by which the expanded ties are counted.
enum LinkageCategory: Int, CaseIterable {
  /// Firm–supplier–customer linkages: `supplies`, `customer`.
  case vertical
  /// Linkages between and among firms: `cooperation`, and consortium membership.
  case horizontal
  /// Linkages with support institutions: `member`, `service`, `partner`.
  case institutional
  /// Linkages to global markets: `buys`.
  case buyer

  init?(linkKind: String) {
    switch linkKind {
    case "supplies", "customer": self = .vertical
    case "cooperation": self = .horizontal
    case "member", "service", "partner": self = .institutional
    case "buys": self = .buyer
    default: return nil
    }
  }
}

/// An undirected simple graph: one node per actor, one per firm of a cohort.
struct NetworkGraph {
  /// An actor and the contiguous block of nodes it became.
  struct Actor {
    let name: String
    let kind: EntityKind
    let firstNode: Int
    let nodeCount: Int
  }

  var actors: [Actor] = []
  /// For each node, the index in `actors` of the actor it came from (its cohort for a firm).
  var nodeActor: [Int32] = []
  /// Node v's neighbours are `neighbours[offsets[v]..<offsets[v + 1]]`, ascending, no repeats.
  var offsets: [Int] = [0]
  var neighbours: [Int32] = []

  var nodeCount: Int { nodeActor.count }
  var edgeCount: Int { neighbours.count / 2 }

  func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

  /// The name of the actor a node came from (the cohort's name for one of its firms).
  func actorName(ofNode node: Int) -> String { actors[Int(nodeActor[node])].name }
}

/// What the expansion counted on the way: linkages by category, declared vertical modes, trust.
struct LinkageTally {
  /// Expanded ties, one per declared link (or consortium membership) per pair of nodes.
  var linkages = 0
  var byCategory = [Int](repeating: 0, count: LinkageCategory.allCases.count)
  var verticalLinks = 0
  var partnershipLinks = 0
  var armLengthLinks = 0
  var trustedLinkages = 0
  var trustSum = 0.0
  /// The number of ties the declared densities lead one to expect, before any is drawn.
  var expectedEdges = 0.0
}

enum NetworkExpansion {
  /// Expands `cluster`; the graph is nil when the expected ties exceed `maximumEdges`.
  static func expand(_ cluster: Cluster, parameters: NetworkParameters) -> (NetworkGraph?, LinkageTally) {
    var graph = NetworkGraph()
    var actorIndex: [String: Int] = [:]
    var nodes = 0
    for entity in cluster.entities where entity.kind.isActor {
      let count = entity.kind == .cohort ? entity.firmCount : 1
      guard count > 0 else { continue }
      actorIndex[entity.name] = graph.actors.count
      graph.actors.append(.init(name: entity.name, kind: entity.kind, firstNode: nodes, nodeCount: count))
      nodes += count
    }
    var tally = LinkageTally()
    // Int32 node indices keep the hot arrays small; the checker's firm limit is far below this.
    guard nodes < Int(Int32.max) else { return (nil, tally) }

    let plans = planLinks(cluster, actorIndex, graph.actors, parameters, &tally)
    let memberships = planConsortia(cluster, actorIndex, graph.actors, &tally)
    guard tally.expectedEdges <= Double(max(0, parameters.maximumEdges)) else { return (nil, tally) }

    graph.nodeActor.reserveCapacity(nodes)
    for (i, actor) in graph.actors.enumerated() {
      graph.nodeActor.append(contentsOf: [Int32](repeating: Int32(i), count: actor.nodeCount))
    }

    var edges = EdgeList()
    // Headroom over the expectation so a draw a few deviations high does not reallocate.
    let capacity = tally.expectedEdges * 1.05 + 16 * tally.expectedEdges.squareRoot() + 64
    edges.reserve(Int(min(capacity, Double(Int32.max))))
    for plan in plans {
      let before = edges.count
      expand(plan, graph.actors, parameters, into: &edges)
      count(edges.count - before, category: plan.category, trust: plan.trust, in: &tally)
    }
    for membership in memberships {
      let before = edges.count
      expand(membership, graph.actors, parameters, into: &edges)
      count(edges.count - before, category: .horizontal, trust: nil, in: &tally)
    }
    buildAdjacency(&graph, from: &edges)
    return (graph, tally)
  }

  private static func count(_ ties: Int, category: LinkageCategory?, trust: Double?, in tally: inout LinkageTally) {
    tally.linkages += ties
    if let category { tally.byCategory[category.rawValue] += ties }
    if let trust {
      tally.trustedLinkages += ties
      tally.trustSum += trust * Double(ties)
    }
  }

  // MARK: - plans

  /// One declared link, resolved to actors, ready to draw.
  private struct LinkPlan {
    /// Its place among the cluster's links: the seed of its draws. Names do not enter the
    /// draws, so renaming actors leaves the graph as it is (no rule of the model looks at a name).
    let ordinal: Int
    /// For an undirected link the ends are ordered by declaration, so `a -- b` and `b -- a` agree.
    let a: Int
    let b: Int
    let kind: String
    let directed: Bool
    let density: Double?
    let category: LinkageCategory?
    let trust: Double?
  }

  /// A consortium tied to `firms` nodes drawn from the nodes of its members.
  private struct MembershipPlan {
    /// Its place among the consortia: the seed of its draw.
    let ordinal: Int
    let consortium: Int
    let members: [Int]
    let firms: Int?
  }

  private static func number(_ value: Value?) -> Double? {
    if case .number(let x, _, _)? = value, x.isFinite { return x }
    return nil
  }

  private static func planLinks(
    _ cluster: Cluster, _ actorIndex: [String: Int], _ actors: [NetworkGraph.Actor],
    _ parameters: NetworkParameters, _ tally: inout LinkageTally
  ) -> [LinkPlan] {
    var plans: [LinkPlan] = []
    for (ordinal, link) in cluster.links.enumerated() {
      let category = LinkageCategory(linkKind: link.kind)
      if category == .vertical {
        // Declared links, not expanded ties: a mode is one decision about one relationship.
        tally.verticalLinks += 1
        if case .word(let mode)? = link.attributes["mode"] {
          if mode == "partnership" { tally.partnershipLinks += 1 }
          if mode == "arm_length" { tally.armLengthLinks += 1 }
        }
      }
      guard var a = actorIndex[link.from], var b = actorIndex[link.to] else { continue }
      if !link.directed, b < a { swap(&a, &b) }
      let density = number(link.attributes["density"]).map { min(1, max(0, $0)) }
      let plan = LinkPlan(
        ordinal: ordinal, a: a, b: b, kind: link.kind, directed: link.directed, density: density, category: category,
        trust: number(link.attributes["trust"]))
      tally.expectedEdges += expectedTies(plan, actors, parameters)
      plans.append(plan)
    }
    return plans
  }

  private static func planConsortia(
    _ cluster: Cluster, _ actorIndex: [String: Int], _ actors: [NetworkGraph.Actor],
    _ tally: inout LinkageTally
  ) -> [MembershipPlan] {
    var plans: [MembershipPlan] = []
    for (ordinal, entity) in cluster.entities.filter({ $0.kind == .consortium }).enumerated() {
      guard let consortium = actorIndex[entity.name], case .list(let items) = entity["members"] else { continue }
      var members: [Int] = []
      for case .entity(let name) in items {
        if let m = actorIndex[name], m != consortium, !members.contains(m) { members.append(m) }
      }
      let pool = members.reduce(0) { $0 + actors[$1].nodeCount }
      let firms = number(entity["firms"]).map { Int(max(0, min($0, Double(pool)))) }
      tally.expectedEdges += Double(firms ?? pool)
      plans.append(MembershipPlan(ordinal: ordinal, consortium: consortium, members: members, firms: firms))
    }
    return plans
  }

  /// The number of ties a link is expected to give, to refuse a graph too large to hold.
  private static func expectedTies(
    _ plan: LinkPlan, _ actors: [NetworkGraph.Actor], _ parameters: NetworkParameters
  ) -> Double {
    let a = actors[plan.a]
    let b = actors[plan.b]
    let na = Double(a.nodeCount)
    let nb = Double(b.nodeCount)
    if plan.a == plan.b {
      guard a.kind == .cohort else { return 0 }
      return cohortDensity(plan, parameters) * na * (na - 1) / 2
    }
    if a.kind == .cohort, b.kind == .cohort {
      if let p = plan.density { return p * na * nb }
      return na * min(crossLinks(parameters), nb)
    }
    return (plan.density ?? 1) * na * nb
  }

  private static func cohortDensity(_ plan: LinkPlan, _ parameters: NetworkParameters) -> Double {
    let p = plan.density ?? parameters.defaultCohortDensity
    return p.isNaN ? 0 : min(1, max(0, p))
  }

  private static func crossLinks(_ parameters: NetworkParameters) -> Double {
    let c = parameters.crossLinksPerFirm
    return c.isNaN ? 0 : max(0, c)
  }

  // MARK: - drawing ties

  private static func generator(_ plan: LinkPlan, _ actors: [NetworkGraph.Actor], _ seed: UInt64) -> SplitMix64 {
    StableHash.generator(seed: seed, ["link", String(plan.ordinal), plan.directed ? "->" : "--", plan.kind])
  }

  private static func expand(
    _ plan: LinkPlan, _ actors: [NetworkGraph.Actor], _ parameters: NetworkParameters, into edges: inout EdgeList
  ) {
    var rng = generator(plan, actors, parameters.seed)
    let a = actors[plan.a]
    let b = actors[plan.b]
    if plan.a == plan.b {
      guard a.kind == .cohort else { return }
      randomGraph(first: a.firstNode, count: a.nodeCount, p: cohortDensity(plan, parameters), &rng, &edges)
      return
    }
    switch (a.kind == .cohort, b.kind == .cohort) {
    case (false, false):
      edges.append(a.firstNode, b.firstNode)
    case (true, false), (false, true):
      let (cohort, single) = a.kind == .cohort ? (a, b) : (b, a)
      Bernoulli.forEachSuccess(among: cohort.nodeCount, p: plan.density ?? 1, &rng) { i in
        edges.append(cohort.firstNode + i, single.firstNode)
      }
    case (true, true):
      if let p = plan.density {
        let width = b.nodeCount
        Bernoulli.forEachSuccess(among: a.nodeCount * width, p: p, &rng) { pair in
          let (i, j) = pair.quotientAndRemainder(dividingBy: width)
          edges.append(a.firstNode + i, b.firstNode + j)
        }
      } else {
        crossLinks(from: a, to: b, perFirm: crossLinks(parameters), &rng, &edges)
      }
    }
  }

  /// G(n, p) among a cohort's firms by geometric skipping over the lower triangle (Batagelj &
  /// Brandes 2005): O(n + ties) rather than a coin for each of the n(n−1)/2 pairs.
  private static func randomGraph(first: Int, count n: Int, p: Double, _ rng: inout SplitMix64, _ edges: inout EdgeList) {
    guard n > 1, p > 0 else { return }
    if p >= 1 {
      for v in 1..<n {
        for w in 0..<v { edges.append(first + v, first + w) }
      }
      return
    }
    let logQ = Bernoulli.logOfComplement(p)
    let pairs = n * (n - 1) / 2
    var v = 1
    var w = -1
    while v < n {
      w += 1 + Bernoulli.skip(logQ, limit: pairs, &rng)
      while w >= v, v < n {
        w -= v
        v += 1
      }
      if v < n { edges.append(first + v, first + w) }
    }
  }

  /// Each firm of `a` gets `perFirm` distinct partners in `b` (the fraction as a coin), by a
  /// partial Fisher–Yates shuffle that is undone afterwards, so each firm costs O(partners).
  private static func crossLinks(
    from a: NetworkGraph.Actor, to b: NetworkGraph.Actor, perFirm: Double, _ rng: inout SplitMix64,
    _ edges: inout EdgeList
  ) {
    let whole = Int(min(perFirm, Double(b.nodeCount)))
    let fraction = perFirm - Double(whole)
    var slots = Array(0..<Int32(b.nodeCount))
    var swaps: [Int] = []
    for i in 0..<a.nodeCount {
      var m = whole
      if fraction > 0, m < b.nodeCount, rng.unit() < fraction { m += 1 }
      if m >= b.nodeCount {
        for j in 0..<b.nodeCount { edges.append(a.firstNode + i, b.firstNode + j) }
        continue
      }
      swaps.removeAll(keepingCapacity: true)
      for k in 0..<m {
        let r = k + rng.below(b.nodeCount - k)
        slots.swapAt(k, r)
        swaps.append(r)
        edges.append(a.firstNode + i, b.firstNode + Int(slots[k]))
      }
      for k in stride(from: m - 1, through: 0, by: -1) { slots.swapAt(k, swaps[k]) }
    }
  }

  /// The consortium node tied to `firms` nodes drawn without replacement from its members'.
  private static func expand(
    _ plan: MembershipPlan, _ actors: [NetworkGraph.Actor], _ parameters: NetworkParameters,
    into edges: inout EdgeList
  ) {
    let consortium = actors[plan.consortium]
    var pool: [Int32] = []
    for m in plan.members {
      let member = actors[m]
      pool.append(contentsOf: Int32(member.firstNode)..<Int32(member.firstNode + member.nodeCount))
    }
    let firms = min(plan.firms ?? pool.count, pool.count)
    if firms < pool.count {
      var rng = StableHash.generator(seed: parameters.seed, ["consortium", String(plan.ordinal), "members"])
      for k in 0..<firms { pool.swapAt(k, k + rng.below(pool.count - k)) }
    }
    for k in 0..<firms { edges.append(consortium.firstNode, Int(pool[k])) }
  }

  // MARK: - adjacency

  /// Ties to CSR in O(nodes + ties) with no sort: a counting pass, a fill, then a transpose,
  /// which lists each node's neighbours in ascending order, so repeats (a pair tied by both a
  /// `member` and a `service` link) sit side by side and one pass removes them.
  private static func buildAdjacency(_ graph: inout NetworkGraph, from edges: inout EdgeList) {
    let n = graph.nodeCount
    var offsets = [Int](repeating: 0, count: n + 1)
    for k in 0..<edges.count {
      offsets[Int(edges.u[k]) + 1] += 1
      offsets[Int(edges.v[k]) + 1] += 1
    }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    let total = offsets[n]
    var raw = [Int32](repeating: 0, count: total)
    var cursor = offsets
    raw.withUnsafeMutableBufferPointer { raw in
      cursor.withUnsafeMutableBufferPointer { cursor in
        for k in 0..<edges.count {
          let u = edges.u[k]
          let v = edges.v[k]
          raw[cursor[Int(u)]] = v
          cursor[Int(u)] += 1
          raw[cursor[Int(v)]] = u
          cursor[Int(v)] += 1
        }
      }
    }
    edges = EdgeList()
    var sorted = [Int32](repeating: 0, count: total)
    cursor = offsets
    sorted.withUnsafeMutableBufferPointer { sorted in
      cursor.withUnsafeMutableBufferPointer { cursor in
        raw.withUnsafeBufferPointer { raw in
          for u in 0..<n {
            for k in offsets[u]..<offsets[u + 1] {
              let v = Int(raw[k])
              sorted[cursor[v]] = Int32(u)
              cursor[v] += 1
            }
          }
        }
      }
    }
    raw = []
    var write = 0
    sorted.withUnsafeMutableBufferPointer { sorted in
      offsets.withUnsafeMutableBufferPointer { offsets in
        var start = 0
        for v in 0..<n {
          let end = offsets[v + 1]
          offsets[v] = write
          var previous: Int32 = -1
          for k in start..<end where sorted[k] != previous {
            previous = sorted[k]
            sorted[write] = previous
            write += 1
          }
          start = end
        }
        offsets[n] = write
      }
    }
    sorted.removeLast(total - write)
    graph.offsets = offsets
    graph.neighbours = sorted
  }
}

/// Ties as two parallel arrays of node indices.
struct EdgeList {
  var u: [Int32] = []
  var v: [Int32] = []
  var count: Int { u.count }

  mutating func reserve(_ n: Int) {
    u.reserveCapacity(n)
    v.reserveCapacity(n)
  }

  @inline(__always)
  mutating func append(_ a: Int, _ b: Int) {
    u.append(Int32(truncatingIfNeeded: a))
    v.append(Int32(truncatingIfNeeded: b))
  }
}

/// Independent coins with probability p over a range, visited by geometric skipping.
enum Bernoulli {
  /// log(1 − p), accurate also where 1 − p rounds to 1.
  static func logOfComplement(_ p: Double) -> Double {
    p < 1e-8 ? -p - p * p / 2 : naturalLog(1 - p)
  }

  /// The number of failures before the next success: ⌊log(1 − U) / log(1 − p)⌋, capped at
  /// `limit` so a vanishing p cannot overflow an Int.
  @inline(__always)
  static func skip(_ logQ: Double, limit: Int, _ rng: inout SplitMix64) -> Int {
    let x = naturalLog(1 - rng.unit()) / logQ
    return x < Double(limit) ? Int(x) : limit
  }

  /// Calls `body` with the index of every success among `count` coins.
  @inline(__always)
  static func forEachSuccess(among count: Int, p: Double, _ rng: inout SplitMix64, _ body: (Int) -> Void) {
    guard count > 0, p > 0 else { return }
    if p >= 1 {
      for i in 0..<count { body(i) }
      return
    }
    let logQ = logOfComplement(p)
    var i = -1
    while true {
      i += 1 + skip(logQ, limit: count, &rng)
      guard i < count else { return }
      body(i)
    }
  }
}
