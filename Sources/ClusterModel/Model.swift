// The entry point of the model: `ClusterModel.evaluate` reads a cluster's facts, computes the
// indicators of each part of the paper, and derives the ten insights, the analyses and a plan.

import ClusterWorkspace

public enum ClusterModel {
  /// Evaluates one cluster with the given parameters. Pure: the same cluster and parameters
  /// always give the same evaluation.
  public static func evaluate(_ cluster: Cluster, parameters: ParameterSet = ParameterSet()) -> Evaluation {
    var a = Assessment(facts: Facts(cluster, parameters: parameters))
    return a.run()
  }
}

/// Builds an evaluation step by step; each step adds indicators the later ones read.
struct Assessment {
  let facts: Facts
  var p: ParameterSet { facts.parameters }
  var indicators: [Indicator] = []

  init(facts: Facts) {
    self.facts = facts
  }

  /// The few figures the simulation starts from, without the network analysis.
  static func prerequisitesOnly(_ facts: Facts) -> (present: Int, horizontalReach: Double, institutionReach: Double, valueRetention: Double) {
    var a = Assessment(facts: facts)
    a.prerequisites()
    a.betweenTheBoxes(NetworkResult())
    _ = a.valueChainAnalysis()
    return (
      Int(a.value("prerequisites") ?? 0), a.value("horizontal_links") ?? 0, a.value("institution_reach") ?? 0,
      a.value("value_retention") ?? 0
    )
  }

  mutating func add(_ indicator: Indicator) {
    indicators.append(indicator)
  }

  func value(_ id: String) -> Double? {
    indicators.first { $0.id == id }?.value
  }

  mutating func run() -> Evaluation {
    var np = NetworkParameters()
    np.exactBetweennessLimit = Int(p["network_exact_limit"])
    np.betweennessSamples = Int(p["network_samples"])
    np.defaultCohortDensity = p["network_cohort_density"]
    np.seed = UInt64(p["network_seed"])
    let network = NetworkAnalysis.analyse(facts.cluster, parameters: np)

    prerequisites()
    betweenTheBoxes(network)
    let roles = rolesAndPartnership()
    let gears = gearCoverage()
    let financing = financingMix()
    trustIndicators()
    let stage = lifeCycle()
    mixAndTiming(stage)
    structureFit(stage)
    smeObstacles()
    globalMarkets()
    let valueChain = valueChainAnalysis()
    let diamond = diamondCorners()
    let insights = tenInsights(roles: roles, gears: gears, financing: financing, stage: stage)
    let plan = planSteps(insights: insights, gears: gears, stage: stage, roles: roles)
    return Evaluation(
      facts: facts, indicators: indicators, insights: insights, gears: gears, roles: roles, financing: financing,
      stage: stage, diamond: diamond, valueChain: valueChain, network: network, plan: plan)
  }
}

// MARK: - formatting figures for evidence

enum Figure {
  static func number(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    let scaled = (x * 100).rounded() / 100
    return scaled == scaled.rounded() ? String(Int64(scaled)) : "\(scaled)"
  }

  static func share(_ x: Double) -> String {
    number((x * 1000).rounded() / 10) + "%"
  }

  static func money(_ x: Double) -> String {
    let a = abs(x)
    if a >= 1e9 { return number((x / 1e7).rounded() / 100) + " busd" }
    if a >= 1e6 { return number((x / 1e4).rounded() / 100) + " musd" }
    if a >= 1e3 { return number((x / 10).rounded() / 100) + " kusd" }
    return number(x) + " usd"
  }

  static func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.joined(separator: ", ")
  }

  /// "a, b and c"
  static func and(_ names: [String]) -> String {
    names.count <= 1 ? (names.first ?? "") : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
  }

  /// "1 link", "2 links"
  static func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }
}
