// The entry point of the model: read the facts as of a year, measure the network, read the stage,
// judge the ten insights (each in its own file under Insights/), then the diamond, the value
// chain and Part 3's plan. Pure: the same cluster, parameters and year give the same evaluation.

import ClusterWorkspace

public enum ClusterModel {
  /// Evaluates one cluster as of `year` (nil: the year it declares), or as a simulation left it
  /// in `simulated`.
  public static func evaluate(
    _ cluster: Cluster, parameters: ParameterSet = ParameterSet(), in year: Int? = nil, simulated: SimulatedYear? = nil
  ) -> Evaluation {
    evaluate(Facts(cluster, parameters: parameters, asOf: year, simulated: simulated))
  }

  /// `measuringNetwork` false leaves the network unmeasured: no verdict reads it, and property
  /// tests evaluate thousands of variants.
  static func evaluate(_ facts: Facts, measuringNetwork: Bool = true) -> Evaluation {
    let p = facts.parameters
    var np = NetworkParameters()
    np.exactBetweennessLimit = Int(p[.networkExactLimit])
    np.betweennessSamples = Int(p[.networkSamples])
    np.defaultCohortDensity = p[.networkCohortDensity]
    np.seed = UInt64(p[.networkSeed])
    let network = measuringNetwork ? NetworkAnalysis.analyse(facts.cluster, parameters: np) : NetworkResult()
    var stage = LifeCycle.assess(facts)
    let c = Context(facts: facts, network: network, stage: stage)

    let (i6, trustIndicators) = TrustRule.assess(c)
    let (i1, linkageIndicators, linkages) = BetweenTheBoxes.assess(c, trust: i6.status)
    let (i2, prerequisiteIndicators, _) = PrerequisitesRule.assess(c)
    let (i7, structureIndicators, structure) = StructuresThatFit.assess(c)
    let (i3, roleIndicators, roles) = CatalystLeaderManager.assess(c, structure: structure)
    let (i4, gearIndicators, gears) = FourGears.assess(c, roles: roles)
    let (i5, timingIndicators) = MixAndTiming.assess(c, prerequisites: i2.status)
    let (i8, financingIndicators, financing) = InfrastructureFinancing.assess(c)
    let (i9, smeIndicators) = SMEObstacles.assess(c)
    let (i10, marketIndicators) = GlobalMarkets.assess(c)
    var insights = [i1, i2, i3, i4, i5, i6, i7, i8, i9, i10]
    // Without the fundamentals, advice that builds the cluster out would build an 'artificial'
    // one (insight 2: "at worst … a waste of public and private sector resources"): every other
    // insight's advice waits for the prerequisites.
    if i2.status == .risk {
      let wait = Advice(
        "Not before the prerequisites are confirmed: building on them now would make an 'artificial' cluster.",
        step: .identify, because: "insight 2: a cluster cannot be created from scratch")
      insights = insights.map { f in
        f.number == 2 || f.advice.isEmpty || f.status == .notApplicable ? f : f.replacingAdvice([wait])
      }
      // "In 'embryonic' clusters … the prerequisite local conditions exist": without them the
      // stage's moves wait too.
      stage = stage.replacingMoves(["none before the prerequisites are confirmed (insight 2: a cluster cannot be created from scratch)"])
    }
    // A citation of a paper case is for another case: "see: Nespresso in Caldas" is dropped in
    // Caldas itself (and wherever the case has an actor of that name).
    let names = Set(facts.declared.entities.map(\.name) + [facts.name])
    func citesTheCase(_ see: String) -> Bool {
      see.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).contains { names.contains(String($0)) }
    }
    insights = insights.map { f in
      f.replacingAdvice(f.advice.map { a in a.see.map(citesTheCase) == true ? a.withoutSee() : a })
    }
    let (diamond, diamondIndicators) = Diamond.corners(c, linkages: linkages, roles: roles, financing: financing)
    let (valueChain, valueChainIndicators) = ValueChain.analyse(facts)
    let plan = PlanBuilder.build(c, insights: insights, roles: roles)

    var indicators = prerequisiteIndicators + linkageIndicators + roleIndicators + gearIndicators + financingIndicators
    indicators += trustIndicators + [stageIndicator(stage, facts)] + timingIndicators + structureIndicators
    indicators += smeIndicators + marketIndicators + valueChainIndicators + diamondIndicators
    let declared = insights.reduce(0) { $0 + $1.declaredInputs }
    let total = insights.reduce(0) { $0 + $1.totalInputs }
    var missing: [String] = []
    for f in insights { for item in f.toDeclare where !missing.contains(item) { missing.append(item) } }
    return Evaluation(
      facts: facts, indicators: indicators, insights: insights, gears: gears, roles: roles, financing: financing,
      stage: stage, diamond: diamond, valueChain: valueChain, network: network, plan: plan,
      completeness: Completeness(declared: declared, total: total, missing: missing))
  }

  static func stageIndicator(_ stage: StageResult, _ facts: Facts) -> Indicator {
    let computed = LifeCycle.stages(LifeCycle.signs(facts), facts.parameters)
    let computedText = computed.map(\.rawValue).joined(separator: " or ")
    var text = stage.text
    if facts.simulated != nil {
      text += " (simulated)"
    } else if let declared = stage.declared, facts.year == facts.caseYear {
      text += computed == [declared] ? " (declared, and the signs agree)" : " (declared; the signs point to \(computedText))"
    }
    return Indicator(
      id: "stage", title: "life-cycle stage", value: nil, text: text,
      trail: Trail(
        inputs: stage.signs.map { TrailInput($0.sign, $0.holds.map { $0 ? "yes" : "no" } ?? "not declared") }
          + [TrailInput("declared stage", stage.declared?.rawValue ?? "none")],
        rule: "established: enough firms, a catalyst or formal structure, and either years of organization or complex projects under way; mature: established, organized for the mature years and complex projects under way (in a simulation, also growth slowed); declining: weak demand (or, simulated, falling exports) in an established or mature cluster; an undeclared sign leaves the stages it allows. The declared stage holds for the case year; other years are read from the signs",
        parameters: ["established_min_firms", "established_min_years", "mature_min_years"],
        passage: "insight 2: 'Clusters are dynamic and have a recognizable life cycle … interventions … should differ depending on its position in the cycle'"))
  }

  /// What a simulation starts from, read as the evaluation reads it: the prerequisites (met,
  /// unmet or undeclared: the run says what it assumes for an undeclared one), horizontal and
  /// institutional reach, value retention.
  static func simulationInputs(_ facts: Facts) -> (prerequisites: Prerequisites, horizontalReach: Double, institutionReach: Double, valueRetention: Double) {
    let stage = LifeCycle.assess(facts)
    let c = Context(facts: facts, network: NetworkResult(), stage: stage)
    let prerequisites = PrerequisitesRule.read(facts)
    let (_, _, linkages) = BetweenTheBoxes.assess(c)
    let (chain, _) = ValueChain.analyse(facts)
    return (prerequisites, linkages.horizontalReach, linkages.institutionReach, chain.valueRetention ?? 0)
  }
}
