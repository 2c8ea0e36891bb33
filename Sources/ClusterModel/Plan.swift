// Part 3's plan ("Cluster-based export strategies – where to start?") built from this case's
// findings: every piece of advice the insights give lands in its step, with the moves for the
// cluster's stage; the current step follows from the stage and what has been done.

import ClusterWorkspace

enum PlanBuilder {
  static func build(_ c: Context, insights: [InsightFinding], roles: RolesResult) -> [PlanStep] {
    let facts = c.facts
    var advice: [Advice] = []
    func add(_ a: Advice) {
      if !advice.contains(where: { $0.text == a.text }) { advice.append(a) }
    }
    insights.flatMap(\.advice).forEach(add)
    let prerequisitesFail = insights.first { $0.number == 2 }?.status == .risk
    // Step 1: what drives the cluster (Gulati), and what to find out before acting.
    if facts.cluster["driver"].word == nil {
      add(Advice(
        "Determine what drives the cluster — exports, the domestic market, technology or employment — before launching interventions.",
        step: .identify, because: "Part 1, Gulati: 'a failure to determine what drives the cluster'"))
    }
    let unassessed = insights.filter { $0.status == .notAssessed }
    if !unassessed.isEmpty {
      let items = unassessed.flatMap { f in f.toDeclare.prefix(1).map { "\($0) (insight \(f.number))" } }
      add(Advice(
        "Find out what the verdicts need: " + items.joined(separator: "; ") + ".",
        step: .identify, because: "not assessed: insights " + unassessed.map { String($0.number) }.joined(separator: ", ")))
    }
    // The stage's moves: the embryonic ones create the conditions; the later ones extend and
    // sustain. An open stage is settled first: the moves differ by stage.
    if prerequisitesFail {
      // No moves for a cluster that should not be built yet (insight 2).
    } else if c.stage.isSettled {
      for move in c.stage.moves {
        let stepKind: PlanStepKind = c.stage.stage == .embryonic ? .conditions : .extend
        add(Advice(capitalized(move) + ".", step: stepKind, because: "life cycle: \(c.stage.text) (insight 2)"))
      }
    } else {
      add(Advice(
        "Settle the life-cycle stage (\(c.stage.text)) before choosing its moves: declare " + Figure.list(c.stage.toDeclare) + ".",
        step: .identify, because: "insight 2: interventions 'should differ depending on its position in the cycle'"))
    }
    // Early successes are advertised only once there are some, while the initiative is young.
    let earlyWins = facts.happened.filter {
      $0.bringsEarlyWin && !$0.isWTOIncompatible && ($0.status == .done || ($0.start ?? Int.max) < (facts.year ?? Int.min))
    }
    // Once complex projects are under way, the "more ambitious actions" are no longer to plan.
    let ambitious = facts.happened.filter { $0.complexity == .complex }
    if !earlyWins.isEmpty, c.stage.candidates.contains(where: { $0 == .embryonic || $0 == .established }) {
      add(Advice(
        "Advertise the early successes (" + Figure.list(earlyWins.prefix(3).map(\.name)) + ") to gain support"
          + (ambitious.isEmpty
            ? ", then plan more ambitious projects under a formal programme."
            : " for the more ambitious projects under way (" + Figure.list(ambitious.prefix(3).map(\.name)) + ")."),
        step: .action, because: "Part 3, step 3; insight 3's table: 'Advertise early successes'"))
    }
    let current = currentStep(c, insights: insights, roles: roles)
    if current == .extend {
      add(Advice(
        "Keep upgrading the cluster's capabilities and its basis of competitiveness; coordinate the growing number of complex infrastructure projects.",
        step: .extend, because: "Part 3, step 4"))
    }
    return PlanStepKind.allCases.map { kind in
      PlanStep(kind: kind, advice: advice.filter { $0.step == kind }, isCurrent: kind == current, isBehind: kind < current)
    }
  }

  /// Where the cluster stands in Part 3: identifying while its fundamentals are missing or
  /// unknown and nothing is under way; creating conditions without a catalyst or trust; acting
  /// while embryonic; extending and sustaining once established.
  static func currentStep(_ c: Context, insights: [InsightFinding], roles: RolesResult) -> PlanStepKind {
    let prerequisites = insights.first { $0.number == 2 }?.status
    let trust = insights.first { $0.number == 6 }?.status
    if prerequisites == .risk { return .identify }
    if c.facts.happened.isEmpty && roles.catalysts.isEmpty {
      return prerequisites == .strength ? .conditions : .identify
    }
    if roles.catalysts.isEmpty || trust == .risk { return .conditions }
    // After the first successful initiatives come "more ambitious actions": complex projects
    // under way in a cluster past the embryonic stage mean the plan is extending and sustaining.
    let complexUnderWay = c.facts.happened.contains { $0.complexity == .complex }
    return complexUnderWay && c.stage.pastEmbryonic ? .extend : .action
  }

  static func capitalized(_ s: String) -> String {
    s.prefix(1).uppercased() + s.dropFirst()
  }
}
