// Measures on the expanded graph: components, local clustering and Brandes betweenness.

/// Connected components by breadth-first search.
struct ComponentSummary {
  var count = 0
  var largest = 0
}

/// Betweenness per node, with what the sampling knew about the spread of each actor's score.
struct BetweennessSummary {
  /// Per node: pairs of other nodes it lies between (unordered pairs, shares of shortest paths).
  var node: [Double]
  /// Per actor: the sum and sum of squares of its per-source contribution (sampled runs only).
  var actorSum: [Double]
  var actorSumOfSquares: [Double]
  /// Sources used: every node when exact.
  var sources: Int
  var exact: Bool
}

enum NetworkMeasures {
  static func components(_ g: NetworkGraph) -> ComponentSummary {
    let n = g.nodeCount
    var summary = ComponentSummary()
    var seen = [Bool](repeating: false, count: n)
    var queue = [Int32](repeating: 0, count: n)
    g.offsets.withUnsafeBufferPointer { offsets in
      g.neighbours.withUnsafeBufferPointer { neighbours in
        for s in 0..<n where !seen[s] {
          seen[s] = true
          queue[0] = Int32(s)
          var head = 0
          var tail = 1
          while head < tail {
            let v = Int(queue[head])
            head += 1
            for k in offsets[v]..<offsets[v + 1] {
              let w = Int(neighbours[k])
              if !seen[w] {
                seen[w] = true
                queue[tail] = Int32(w)
                tail += 1
              }
            }
          }
          summary.count += 1
          summary.largest = max(summary.largest, tail)
        }
      }
    }
    return summary
  }

  /// `k` distinct nodes drawn uniformly by a partial Fisher–Yates shuffle (all when k ≥ n).
  static func sample(_ n: Int, _ k: Int, _ rng: inout SplitMix64) -> [Int32] {
    guard k < n else { return Array(0..<Int32(n)) }
    // The same partial Fisher–Yates shuffle of 0..<n, with only the moved slots stored: O(k), not
    // O(n), so sampling 64 nodes of a 10-million-firm cohort does not first list all of them.
    var moved: [Int: Int32] = [:]
    var nodes: [Int32] = []
    nodes.reserveCapacity(k)
    for i in 0..<k {
      let j = i + rng.below(n - i)
      let atI = moved[i] ?? Int32(i)
      nodes.append(moved[j] ?? Int32(j))
      moved[j] = atI
    }
    return nodes
  }

  /// The mean local clustering coefficient over `nodes`: for a node of degree d ≥ 2, the share
  /// of the d(d−1)/2 pairs of its neighbours that are tied; nodes of degree 0 or 1 count as 0.
  static func clustering(_ g: NetworkGraph, over nodes: [Int32]) -> Double {
    guard !nodes.isEmpty else { return 0 }
    var mark = [Int32](repeating: -1, count: g.nodeCount)
    var total = 0.0
    g.offsets.withUnsafeBufferPointer { offsets in
      g.neighbours.withUnsafeBufferPointer { neighbours in
        for node in nodes {
          let v = Int(node)
          let start = offsets[v]
          let end = offsets[v + 1]
          let d = end - start
          guard d >= 2 else { continue }
          for k in start..<end { mark[Int(neighbours[k])] = node }
          // Each tie among the neighbours is seen from both ends.
          var seen = 0
          for k in start..<end {
            let u = Int(neighbours[k])
            let uStart = offsets[u]
            let uEnd = offsets[u + 1]
            let du = uEnd - uStart
            // Scanning u's list costs du; looking each of v's neighbours up in it costs
            // d·log du. A hub (an institution every firm is a member of) takes the second.
            if du <= d &* (Int.bitWidth - du.leadingZeroBitCount) {
              for j in uStart..<uEnd where mark[Int(neighbours[j])] == node { seen += 1 }
            } else {
              for j in start..<end where contains(neighbours, uStart, uEnd, neighbours[j]) { seen += 1 }
            }
          }
          total += Double(seen) / (Double(d) * Double(d - 1))
        }
      }
    }
    return total / Double(nodes.count)
  }

  @inline(__always)
  private static func contains(_ list: UnsafeBufferPointer<Int32>, _ start: Int, _ end: Int, _ x: Int32) -> Bool {
    var lo = start
    var hi = end
    while lo < hi {
      let mid = (lo + hi) >> 1
      if list[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo < end && list[lo] == x
  }

  /// Brandes' algorithm (2001) from each of `sources`: a BFS counts shortest paths (σ), then
  /// dependencies (δ) flow back in reverse BFS order. Predecessors are not stored: on an
  /// unweighted graph they are exactly the neighbours one step nearer the source. When
  /// `perActor`, each source's contribution to each actor's mean is also summed and squared,
  /// for the spread of the sampled estimate.
  static func betweenness(_ g: NetworkGraph, sources: [Int32], perActor: Bool) -> BetweennessSummary {
    let n = g.nodeCount
    let actorCount = g.actors.count
    var score = [Double](repeating: 0, count: n)
    var sum = [Double](repeating: 0, count: perActor ? actorCount : 0)
    var sumOfSquares = sum
    var contribution = sum
    var touched: [Int32] = []
    var dist = [Int32](repeating: -1, count: n)
    var sigma = [Double](repeating: 0, count: n)
    var delta = [Double](repeating: 0, count: n)
    var order = [Int32](repeating: 0, count: n)
    let inverseSize = g.actors.map { 1 / Double($0.nodeCount) }
    g.offsets.withUnsafeBufferPointer { offsets in
      g.neighbours.withUnsafeBufferPointer { neighbours in
        g.nodeActor.withUnsafeBufferPointer { nodeActor in
          dist.withUnsafeMutableBufferPointer { dist in
            sigma.withUnsafeMutableBufferPointer { sigma in
              delta.withUnsafeMutableBufferPointer { delta in
                order.withUnsafeMutableBufferPointer { order in
                  score.withUnsafeMutableBufferPointer { score in
                    for source in sources {
                      let s = Int(source)
                      dist[s] = 0
                      sigma[s] = 1
                      order[0] = source
                      var head = 0
                      var tail = 1
                      while head < tail {
                        let v = Int(order[head])
                        head += 1
                        let next = dist[v] + 1
                        let sv = sigma[v]
                        for k in offsets[v]..<offsets[v + 1] {
                          let w = Int(neighbours[k])
                          if dist[w] < 0 {
                            dist[w] = next
                            order[tail] = Int32(w)
                            tail += 1
                          }
                          if dist[w] == next { sigma[w] += sv }
                        }
                      }
                      // Index 0 is the source itself, which lies between no pair it ends.
                      var i = tail - 1
                      while i > 0 {
                        let w = Int(order[i])
                        let share = (1 + delta[w]) / sigma[w]
                        let previous = dist[w] - 1
                        for k in offsets[w]..<offsets[w + 1] {
                          let v = Int(neighbours[k])
                          if dist[v] == previous { delta[v] += sigma[v] * share }
                        }
                        score[w] += delta[w]
                        i -= 1
                      }
                      if perActor {
                        for j in 1..<max(1, tail) where delta[Int(order[j])] != 0 {
                          let a = Int(nodeActor[Int(order[j])])
                          if contribution[a] == 0 { touched.append(Int32(a)) }
                          contribution[a] += delta[Int(order[j])]
                        }
                        for a in touched {
                          let x = contribution[Int(a)] * inverseSize[Int(a)]
                          sum[Int(a)] += x
                          sumOfSquares[Int(a)] += x * x
                          contribution[Int(a)] = 0
                        }
                        touched.removeAll(keepingCapacity: true)
                      }
                      for j in 0..<tail {
                        let v = Int(order[j])
                        dist[v] = -1
                        sigma[v] = 0
                        delta[v] = 0
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return BetweennessSummary(
      node: score, actorSum: sum, actorSumOfSquares: sumOfSquares, sources: sources.count,
      exact: sources.count == n)
  }
}
