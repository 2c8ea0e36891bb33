// The network analysis on small graphs checked by hand, on cohort expansion, and on sampling.

import ClusterSyntax
import ClusterWorkspace
import Testing

@testable import ClusterModel

@Suite struct NetworkTests {
  /// The current cluster after applying every statement of `text`.
  static func cluster(_ text: String) throws -> Cluster {
    var workspace = Workspace()
    let (script, errors) = Parser.parse(SourceFile(name: "network.cluster", text: text))
    #expect(errors.isEmpty, "\(errors.map(\.message))")
    for statement in script.statements {
      try workspace.apply(statement)
    }
    return try #require(workspace.current)
  }

  static func analyse(_ text: String, _ change: (inout NetworkParameters) -> Void = { _ in }) throws -> NetworkResult {
    var parameters = NetworkParameters()
    change(&parameters)
    return NetworkAnalysis.analyse(try cluster(text), parameters: parameters)
  }

  static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance }

  // MARK: hand-checked graphs

  @Test func pathHasOneBrokerInTheMiddle() throws {
    let r = try Self.analyse(
      """
      cluster P
      firm a
      firm b
      firm c
      link a -- b : cooperation
      link b -- c : cooperation
      """)
    #expect(r.nodes == 3)
    #expect(r.edges == 2)
    #expect(Self.close(r.density, 2.0 / 3))
    #expect(Self.close(r.meanDegree, 4.0 / 3))
    #expect(r.maxDegree == 2)
    #expect(r.clusteringCoefficient == 0)
    #expect(r.components == 1)
    #expect(r.largestComponentShare == 1)
    #expect(r.betweennessExact)
    #expect(r.brokers.map(\.name) == ["b"])
    #expect(r.brokers.first?.betweenness == 1)
    #expect(r.horizontalLinkages == 2 && r.linkages == 2 && r.horizontalShare == 1)
  }

  @Test func triangleIsFullyClustered() throws {
    let r = try Self.analyse(
      """
      cluster T
      firm a
      firm b
      firm c
      link a -- b : cooperation
      link b -- c : cooperation
      link c -- a : cooperation
      """)
    #expect(r.edges == 3)
    #expect(r.density == 1)
    #expect(Self.close(r.clusteringCoefficient, 1))
    #expect(r.brokers.isEmpty, "nobody lies between two others in a triangle")
  }

  @Test func componentsAndIsolatedNodes() throws {
    let r = try Self.analyse(
      """
      cluster C
      firm a
      firm b
      firm c
      firm d
      firm e
      link a -- b : cooperation
      link c -> d : supplies
      """)
    #expect(r.nodes == 5)
    #expect(r.components == 3)
    #expect(r.isolated == 1)
    #expect(Self.close(r.largestComponentShare, 0.4))
    #expect(r.verticalLinkages == 1 && r.horizontalLinkages == 1)
  }

  @Test func starCentreIsTheTopBroker() throws {
    let r = try Self.analyse(
      """
      cluster S
      institution Hub { kind: association }
      firm f1
      firm f2
      firm f3
      firm f4
      firm f5
      link f1 -> Hub : member
      link f2 -> Hub : member
      link f3 -> Hub : member
      link f4 -> Hub : member
      link f5 -> Hub : member
      """)
    #expect(r.brokers.first?.name == "Hub")
    #expect(r.brokers.first?.betweenness == 10, "the centre lies between all C(5,2) pairs of leaves")
    #expect(r.brokers.count == 1)
    #expect(r.institutionalLinkages == 5)
  }

  @Test func brokersTiedOnScoreAreOrderedByName() throws {
    let r = try Self.analyse(
      """
      cluster Q
      firm d
      firm c
      firm b
      firm a
      link a -- c : cooperation
      link c -- b : cooperation
      link b -- d : cooperation
      """)
    // a–c–b–d: c and b each lie between two pairs.
    #expect(r.brokers.map(\.name) == ["b", "c"])
    #expect(r.brokers.map(\.betweenness) == [2, 2])
  }

  @Test func aCohortScoresTheMeanOfItsFirms() throws {
    // The buyer and the institution reach each other through any of the 4 firms, so each firm
    // carries 1/4 of that one pair: the cohort's mean is 1/4, not the sum 1.
    let r = try Self.analyse(
      """
      cluster M
      institution TEA { kind: association }
      buyer B { kind: brand }
      firms makers: 4
      link makers -> TEA : member
      link B -> makers : buys
      """)
    let makers = try #require(r.brokers.first { $0.name == "makers" })
    let tea = try #require(r.brokers.first { $0.name == "TEA" })
    // TEA lies between the C(4,2) pairs of firms, each pair having 2 shortest paths (TEA, B): 3.
    #expect(Self.close(tea.betweenness, 3))
    #expect(Self.close(makers.betweenness, 0.25))
    #expect(r.brokers.map(\.name) == ["B", "TEA", "makers"])
  }

  // MARK: expansion

  @Test func cohortMembershipGivesOneEdgePerFirm() throws {
    let text = """
      cluster K
      institution TEA { kind: association }
      firms makers: 10
      link makers -> TEA : member
      """
    let r = try Self.analyse(text)
    #expect(r.nodes == 11)
    #expect(r.edges == 10)
    #expect(r.institutionalLinkages == 10)
    #expect(r.maxDegree == 10)
    let g = try #require(NetworkAnalysis.graph(of: try Self.cluster(text), parameters: NetworkParameters()))
    #expect(g.actorName(ofNode: 0) == "TEA")
    #expect((1...10).allSatisfy { g.actorName(ofNode: $0) == "makers" })

    // A service link over the same pairs adds linkages but no edge.
    let both = try Self.analyse(text + "\nlink TEA -> makers : service")
    #expect(both.edges == 10)
    #expect(both.linkages == 20)
    #expect(both.institutionalShare == 1)
  }

  @Test func densityOnACohortToActorLinkDrawsSomeFirms() throws {
    let r = try Self.analyse(
      """
      cluster D
      buyer B { kind: brand }
      firms makers: 5000
      link B -> makers : buys density 0.1
      """)
    #expect(r.buyerLinkages == r.edges)
    #expect(abs(Double(r.edges) - 500) < 0.15 * 500)
    #expect(r.expectedEdges == 500)
  }

  @Test func cohortDensityGivesTheExpectedEdges() throws {
    let r = try Self.analyse(
      """
      cluster Big
      firms makers: 2000
      link makers -- makers : cooperation density 0.01
      """)
    let expected = 0.01 * 2000 * 1999 / 2
    #expect(abs(Double(r.edges) - expected) <= 0.05 * expected, "\(r.edges) edges for \(expected) expected")
    #expect(abs(r.density - 0.01) <= 0.0005)
    #expect(r.edges == r.linkages, "G(n, p) draws no pair twice")
  }

  @Test func cohortSelfLinkWithoutDensityUsesTheDefault() throws {
    let r = try Self.analyse(
      """
      cluster Big
      firms makers: 1000
      link makers -- makers : cooperation
      """) { $0.defaultCohortDensity = 0.02 }
    let expected = 0.02 * 1000 * 999 / 2
    #expect(abs(Double(r.edges) - expected) <= 0.05 * expected)
  }

  @Test func twoCohortsWithAndWithoutDensity() throws {
    let base = """
      cluster Two
      firms dyers: 300
      firms makers: 400
      """
    let dense = try Self.analyse(base + "\nlink dyers -> makers : supplies density 0.05")
    let expected = 0.05 * 300 * 400
    #expect(abs(Double(dense.edges) - expected) <= 0.05 * expected)
    #expect(dense.verticalLinkages == dense.edges)

    let perFirm = try Self.analyse(base + "\nlink dyers -> makers : supplies") { $0.crossLinksPerFirm = 3 }
    #expect(perFirm.edges == 900, "three distinct partners for each of 300 dyers")
    let g = try #require(
      NetworkAnalysis.graph(
        of: try Self.cluster(base + "\nlink dyers -> makers : supplies"),
        parameters: { var p = NetworkParameters(); p.crossLinksPerFirm = 3; return p }()))
    #expect((0..<300).allSatisfy { g.degree($0) == 3 })

    let all = try Self.analyse("cluster Few\nfirms dyers: 30\nfirms makers: 40\nlink dyers -> makers : supplies") {
      $0.crossLinksPerFirm = 1000
    }
    #expect(all.edges == 30 * 40, "at most every firm of the other cohort")
  }

  @Test func consortiumTiesItsFirms() throws {
    let text = """
      cluster Con
      firms smes: 40
      firm Lead

      """
    let r = try Self.analyse(text + "consortium Team { members: [smes, Lead], firms: 6, activities: [brochures] }")
    #expect(r.nodes == 42)
    #expect(r.edges == 6)
    #expect(r.horizontalLinkages == 6)
    let everyone = try Self.analyse(text + "consortium Team { members: [smes, Lead] }")
    #expect(everyone.edges == 41)
  }

  @Test func modesAreCountedOnDeclaredLinksAndTrustOnLinkages() throws {
    let r = try Self.analyse(
      """
      cluster V
      firms dyers: 10
      firms makers: 100
      firm Mill
      link dyers -> makers : supplies density 0.5 mode partnership trust 0.8
      link Mill -> makers : supplies mode arm_length
      link makers -- makers : cooperation density 0.1 trust 0.2
      """)
    #expect(r.verticalLinks == 2)
    #expect(r.partnershipLinks == 1 && r.armLengthLinks == 1)
    #expect(r.partnershipShare == 0.5)
    let trusted = Double(r.linkages - 100)  // all but Mill's 100 ties declare trust
    #expect(Self.close(r.trustedLinkageShare, trusted / Double(r.linkages)))
    let trust = try #require(r.meanTrust)
    #expect(trust > 0.2 && trust < 0.8)
  }

  @Test func interventionsAreNotNodes() throws {
    let r = try Self.analyse(
      """
      cluster I
      institution TEA { kind: association }
      firm a
      intervention Fair { kind: trade_fair, lead: TEA, start: 1995 }
      """)
    #expect(r.nodes == 2)
    #expect(r.edges == 0)
    #expect(r.isolated == 2 && r.components == 2)
  }

  @Test func aGraphTooLargeIsNotDrawn() throws {
    let r = try Self.analyse(
      """
      cluster Huge
      firms makers: 100000
      link makers -- makers : cooperation density 0.5
      """)
    #expect(!r.withinEdgeLimit)
    #expect(r.nodes == 100_000)
    #expect(r.edges == 0)
    #expect(r.expectedEdges > 2e9)
  }

  // MARK: determinism

  static let midSize = """
    cluster Mid
    institution TEA { kind: association }
    institution Gov { kind: government }
    buyer Brand { kind: brand }
    firms makers: 600
    firms exporters: 60
    firms dyers: 40
    link makers -- makers : cooperation density 0.01
    link makers -> TEA : member density 0.3
    link exporters -> TEA : member
    link TEA -- Gov : partner
    link Brand -> exporters : buys density 0.5
    link dyers -> makers : supplies
    link makers -> exporters : customer density 0.02
    consortium Team { members: [makers], firms: 12 }
    """

  @Test func sameSeedSameGraph() throws {
    let cluster = try Self.cluster(Self.midSize)
    var parameters = NetworkParameters()
    parameters.exactBetweennessLimit = 100
    let a = NetworkAnalysis.analyse(cluster, parameters: parameters)
    let b = NetworkAnalysis.analyse(cluster, parameters: parameters)
    #expect(a == b)
    #expect(!a.betweennessExact && !a.clusteringExact)
    let ga = try #require(NetworkAnalysis.graph(of: cluster, parameters: parameters))
    let gb = try #require(NetworkAnalysis.graph(of: cluster, parameters: parameters))
    #expect(ga.offsets == gb.offsets && ga.neighbours == gb.neighbours)

    parameters.seed = 7
    let gc = try #require(NetworkAnalysis.graph(of: cluster, parameters: parameters))
    #expect(gc.neighbours != ga.neighbours, "another seed draws another graph")
    #expect(gc.nodeActor == ga.nodeActor, "but the same nodes")
  }

  @Test func undirectedLinksExpandTheSameWhicheverWayTheyAreWritten() throws {
    let one = try Self.cluster("cluster U\nfirms a: 50\nfirms b: 50\nlink a -- b : cooperation density 0.1")
    let other = try Self.cluster("cluster U\nfirms a: 50\nfirms b: 50\nlink b -- a : cooperation density 0.1")
    let p = NetworkParameters()
    #expect(NetworkAnalysis.graph(of: one, parameters: p)?.neighbours == NetworkAnalysis.graph(of: other, parameters: p)?.neighbours)
  }

  // MARK: sampling

  @Test func sampledBetweennessAgreesWithExactWithinTheStatedError() throws {
    let cluster = try Self.cluster(Self.midSize)
    var exactParameters = NetworkParameters()
    exactParameters.exactBetweennessLimit = 10_000
    let exact = NetworkAnalysis.analyse(cluster, parameters: exactParameters)
    #expect(exact.betweennessExact && exact.betweennessError == 0)

    var sampledParameters = exactParameters
    sampledParameters.exactBetweennessLimit = 100
    sampledParameters.betweennessSamples = 64
    let sampled = NetworkAnalysis.analyse(cluster, parameters: sampledParameters)
    #expect(!sampled.betweennessExact)
    #expect(sampled.betweennessSamples == 64)
    #expect(sampled.betweennessError > 0 && sampled.betweennessError < 0.5)
    #expect(sampled.edges == exact.edges, "sampling changes the measure, not the graph")

    // The stated error is a 95% interval: over 20 seeds (20 graphs, 20 samples of sources) the
    // sampled top broker lies within it at least 16 times (fewer has a chance below 1%).
    var within = 0
    for seed in UInt64(1)...20 {
      var e = exactParameters
      e.seed = seed
      var s = sampledParameters
      s.seed = seed
      let exactRun = NetworkAnalysis.analyse(cluster, parameters: e)
      let sampledRun = NetworkAnalysis.analyse(cluster, parameters: s)
      guard let top = sampledRun.brokers.first, let truth = exactRun.brokers.first(where: { $0.name == top.name })?.betweenness
      else { continue }
      if abs(top.betweenness - truth) <= sampledRun.betweennessError * top.betweenness { within += 1 }
    }
    #expect(within >= 16, "within the stated error in \(within) of 20 seeds")

    // More sources, a smaller stated error.
    sampledParameters.betweennessSamples = 256
    let more = NetworkAnalysis.analyse(cluster, parameters: sampledParameters)
    #expect(more.betweennessError < sampled.betweennessError)
  }

  @Test func sampledClusteringIsCloseToExact() throws {
    let cluster = try Self.cluster(Self.midSize)
    var parameters = NetworkParameters()
    let exact = NetworkAnalysis.analyse(cluster, parameters: parameters)
    parameters.exactBetweennessLimit = 100
    parameters.clusteringSamples = 300
    let sampled = NetworkAnalysis.analyse(cluster, parameters: parameters)
    #expect(exact.clusteringExact && !sampled.clusteringExact && sampled.clusteringSamples == 300)
    #expect(abs(sampled.clusteringCoefficient - exact.clusteringCoefficient) < 0.05)
  }

  @Test func errorFormula() {
    // Contributions 1, 2, 3: mean 2, s = 1; 1.96 · 1 / (2 · √3) · √((10 − 3)/9).
    let e = NetworkAnalysis.relativeError(sum: 6, sumOfSquares: 14, samples: 3, nodes: 10)
    #expect(Self.close(e, 1.96 / (2 * 3.0.squareRoot()) * (7.0 / 9).squareRoot()))
    #expect(NetworkAnalysis.relativeError(sum: 0, sumOfSquares: 0, samples: 3, nodes: 10) == 0)
    #expect(NetworkAnalysis.relativeError(sum: 5, sumOfSquares: 25, samples: 1, nodes: 10) == 1)
  }

  // MARK: randomness

  @Test func portableLogarithmMatchesKnownValues() {
    #expect(naturalLog(1) == 0)
    #expect(Self.close(naturalLog(2), 0.6931471805599453, 1e-15))
    #expect(Self.close(naturalLog(10), 2.302585092994046, 1e-15))
    #expect(Self.close(naturalLog(0.5), -0.6931471805599453, 1e-15))
    #expect(Self.close(naturalLog(1e-300), -690.7755278982137, 1e-12))
    #expect(Self.close(naturalLog(1.4142), 0.3465640001880033, 1e-15))
    #expect(Self.close(naturalLog(0.7), -0.35667494393873245, 1e-15))
  }

  @Test func stableHashDoesNotDependOnTheProcess() {
    // FNV-1a of "a": a fixed number, unlike Swift's per-process seeded Hasher.
    #expect(StableHash.of(["a"]) == 0xAF63_DC4C_8601_EC8C)
    #expect(StableHash.of(["ab", "c"]) != StableHash.of(["a", "bc"]))
  }
}
