// Insight 5: "The mix and timing of ingredients are more important than the ingredients
// themselves." Judged on the sequence of the interventions, not on a checklist: simple
// initiatives that bring early wins before complex ones (Part 3, step 3), and each move fitting
// the stage the cluster was in when it started (insight 2: interventions "should differ
// depending on its position in the cycle").

import ClusterWorkspace

enum MixAndTiming {
  /// Whether an early win came first: the projects of the programme's first year include a
  /// simple initiative of the members (`Project.bringsEarlyWin`: a tax break or an export
  /// subsidy builds no trust among them); nil without start years, or when an undated one may
  /// have come first.
  static func earlyWinFirst(_ facts: Facts) -> Bool? {
    let live = facts.byStart.filter { $0.status != .dropped }
    let dated = live.filter { $0.start != nil }
    guard let firstYear = dated.first?.start else { return nil }
    let firstIsSimple = dated.contains { $0.start == firstYear && $0.bringsEarlyWin }
    let undatedSimple = live.contains { $0.start == nil && $0.bringsEarlyWin }
    return !firstIsSimple && undatedSimple ? nil : firstIsSimple
  }

  /// `prerequisites`: insight 2's verdict. Without the prerequisites (a risk) the stage has no
  /// moves ("In 'embryonic' clusters … the prerequisite local conditions exist"), so no project
  /// fits it: the programme is too early, whatever its order [principle 6: never contradict
  /// another finding].
  static func assess(_ c: Context, prerequisites: InsightStatus) -> (InsightFinding, [Indicator]) {
    let facts = c.facts
    var b = FindingBuilder(5, c.p)
    let live = facts.byStart.filter { $0.status != .dropped }
    let dated = live.filter { $0.start != nil }
    let happened = facts.happened

    // Early wins: the projects of the first year the programme started include a simple one.
    let firstYear = dated.first?.start
    let firstProjects = dated.filter { $0.start == firstYear }
    // An undated simple project may have come first: then the timing is not assessed.
    let earlyWinFirst = Self.earlyWinFirst(facts)
    let firstSimpleYear = dated.first { $0.bringsEarlyWin }?.start
    let complexBefore = dated.filter { p in
      p.complexity == .complex && (firstSimpleYear.map { (p.start ?? 0) < $0 } ?? true)
    }
    // Government instruments of the first year, which bring no early win.
    let instrumentsFirst = firstProjects.filter { $0.kind?.isInstrument == true }
    let noEarlyWin = complexBefore.isEmpty
      ? "no early win first: " + Figure.list(instrumentsFirst.map(\.dated)) + " grant\(instrumentsFirst.count == 1 ? "s" : "") firms a government advantage, which builds no trust among them"
      : "complex before any early win: " + Figure.list(complexBefore.map(\.dated))
        + (instrumentsFirst.isEmpty ? "" : " (" + Figure.list(instrumentsFirst.map(\.name)) + ": a government instrument, no early win)")
    let lacking = prerequisites == .risk

    // Stage fit: each project under way against the stage the cluster was in when it started.
    let timeline = LifeCycleTimeline(facts)
    var stageAt: [Int: [Stage]] = [:]
    func stages(at year: Int?) -> [Stage] {
      guard let year, year != facts.year else { return c.stage.candidates }
      if let known = stageAt[year] { return known }
      let then = LifeCycle.stages(timeline.signs(at: year), c.p)
      stageAt[year] = then
      return then
    }
    func text(_ stages: [Stage]) -> String { stages.map(\.rawValue).joined(separator: " or ") }
    var fitting: [String] = []
    var misfits: [(project: Project, stage: String)] = []
    var unknownKind: [String] = []
    let developmental = facts.isDevelopmental
    for project in happened {
      guard let kind = project.kind else {
        unknownKind.append(project.name)
        continue
      }
      let then = stages(at: project.start)
      // The restriction to learning first is for public interventions among micro-producers; a
      // lead buyer or large firm that leads a project carries it itself.
      let carried = project.lead.map(facts.isPrivateCarrier) ?? false
      if then.contains(where: { kind.fits($0, developmental: developmental && !carried) }) {
        fitting.append(project.name)
      } else {
        misfits.append((project, text(then)))
      }
    }
    let judged = fitting.count + misfits.count
    let fitShare: Double? = judged > 0 ? Double(fitting.count) / Double(judged) : nil

    b.input(dated.count == live.count, declare: "the `start` year of " + Figure.list(live.filter { $0.start == nil }.map(\.name)))
    b.input(unknownKind.isEmpty, declare: "the `kind` of " + Figure.list(unknownKind))
    b.evidence = [
      "timing: " + (dated.isEmpty ? "no start years declared"
        : earlyWinFirst == true ? "simple projects come first (\(Figure.list(firstProjects.filter { $0.bringsEarlyWin }.map(\.dated))))"
        : noEarlyWin),
      lacking && !live.isEmpty
        ? "fit to the stage: none — without the prerequisites (insight 2) the cluster has no moves yet"
        : "fit to the stage at their start: " + (fitShare == nil ? "no project under way yet" : "\(fitting.count) of \(judged) projects under way")
          + (misfits.isEmpty ? "" : "; not fitting: " + misfits.map { "\($0.project.dated) in a cluster then \($0.stage)" }.joined(separator: ", ")),
    ]
    let upcoming = live.filter { $0.status == .planned }
    if !upcoming.isEmpty { b.evidence.append("planned: " + Figure.list(upcoming.map(\.dated))) }
    b.indicators = ["early_wins", "stage_fit", "stage"]

    let fitOK = lacking ? false
      : fitShare.map { b.atLeast($0, .stageFitMin, figure: "projects fitting their stage", meaning: "the share from which the moves fit the life cycle") }
    let status: InsightStatus
    if live.isEmpty {
      status = .notApplicable
    } else if earlyWinFirst == nil && fitOK == nil {
      status = .notAssessed
    } else {
      let problems = [earlyWinFirst == false, fitOK == false].filter { $0 }.count
      status = problems == 0 ? .strength : problems == 1 ? .warning : .risk
    }

    if earlyWinFirst == false {
      // Only government instruments first: a simple initiative of the members (networking
      // sessions by the organizer) builds the trust an instrument does not.
      let lead = complexBefore.first?.lead ?? c.organizer
      let kind = complexBefore.first?.gear.map(FourGears.simpleStart) ?? .networkingSessions
      var change: [String] = []
      if let lead, let year = firstYear {
        change = ["intervention \(c.freshName("EarlyWin")) { kind: \(kind.rawValue), lead: \(lead), start: \(year) }"]
      }
      let before = complexBefore.isEmpty
        ? "Start with a simple initiative of the members that brings an early win and builds trust among them ("
          + Figure.and(instrumentsFirst.map(\.name)) + " builds none)"
        : "Put a simple project that brings an early win before " + Figure.and(complexBefore.map(\.name))
      b.advise(Advice(
        before + ": the first activities should be simple and not generate conflict.",
        step: .action, because: "insight 5: timing", change: change, see: "Part 3, step 3 ('early wins')"))
    }
    if fitOK == false {
      b.advise(Advice(
        "Choose moves for the stage the cluster is in — " + c.stage.text + ": " + c.stage.moves.joined(separator: "; ")
          + ". Not fitting their time: " + Figure.list(misfits.map(\.project.name)) + ".",
        step: .action, because: "insight 5: stage fit"))
    }

    let finding = b.finding(
      status,
      rule: "not applicable without projects; one problem a warning, two a risk: no early win first (the first year's projects include no simple initiative of the members; export subsidies and fiscal incentives are government instruments, no early win); fewer than stage_fit_min of the projects under way fit the stage the cluster was in when they started (each kind declares its stages; an embryonic agricultural or artisanal cluster takes simple and learning projects first), or the prerequisites are a risk (insight 2: no move fits yet). The ingredients themselves are not counted",
      parameters: [.stageFitMin, .borderlineBand],
      inputs: dated.map { TrailInput($0.name, "\($0.start.map(String.init) ?? "?") \($0.complexity.rawValue) \($0.kind?.rawValue ?? "no kind"), \($0.status.rawValue)") })

    let indicators = [
      Indicator(
        id: "early_wins", title: "early wins before complex projects", value: earlyWinFirst.map { $0 ? 1 : 0 },
        text: earlyWinFirst == nil ? "no start years declared" : earlyWinFirst == true ? "simple projects come first" : noEarlyWin,
        trail: Trail(
          inputs: dated.map { TrailInput($0.name, "\($0.start.map(String.init) ?? "?") \($0.complexity.rawValue)") },
          rule: "the projects of the programme's first year include a simple initiative of the members, not a government instrument (planned projects count: the sequence is the programme's)",
          passage: "Part 3, step 3: 'Simple initiatives, and those that do not generate immediate conflict, should be chosen as the first activities … their primary role is achieve early wins and build trust among the members'")),
      Indicator(
        id: "stage_fit", title: "moves that fit their stage", value: fitShare,
        text: fitShare.map { Figure.share($0) + " of the projects under way" } ?? "no project under way",
        unit: "share",
        trail: Trail(
          inputs: happened.map { p in TrailInput(p.name, "\(p.kind?.rawValue ?? "no kind") from \(p.start.map(String.init) ?? "?"), cluster then \(text(stages(at: p.start)))") },
          rule: "share of the projects under way whose kind fits the stage (or one of the possible stages) the cluster was in when they started",
          parameters: ["stage_fit_min"],
          passage: "insight 2: 'public sector interventions … should differ depending on its position in the cycle'; insight 5: 'the combination of ingredients, and the timing of their application'")),
      greenBook(c),
    ]
    return (finding, indicators)
  }

  /// The Green Book's three ingredients, kept as context (`why greenbook`): a survey of
  /// initiatives "most of them in developed countries", and insight 5 says the mix matters more.
  static func greenBook(_ c: Context) -> Indicator {
    let facts = c.facts
    let ownBudget = (facts.cluster["budget"].number ?? 0) > 0
      || facts.institutions.contains { $0.sector == .private && $0.budget > 0 }
      || facts.happened.contains { $0.financing == "own_funds" }
    let facilitator = facts.cluster["facilitator"].name
      ?? facts.institutions.first { $0.respected && !Set($0.roles).isDisjoint(with: [.facilitator, .catalyst, .leader]) }?.name
    let targets = facts.cluster.targets.count
    let framework = (facts.cluster["framework"].bool ?? false) && targets > 0
    let ingredients = [ownBudget, facilitator != nil, framework].filter { $0 }.count
    return Indicator(
      id: "greenbook", title: "Green Book ingredients (context)", value: Double(ingredients),
      text: "\(ingredients) of 3: own budget \(ownBudget ? "yes" : "no"), respected facilitator \(facilitator ?? "no"), common framework with targets \(framework ? "yes (\(targets))" : "no")",
      unit: "of 3",
      trail: Trail(
        inputs: [
          TrailInput("cluster budget, or own funds in a project under way", ownBudget ? "yes" : "no"),
          TrailInput("facilitator (declared, or a respected catalyst, leader or facilitator)", facilitator ?? "none"),
          TrailInput("framework and targets", "\(facts.cluster["framework"].bool ?? false), \(targets) targets"),
        ],
        rule: "the three ingredients present; context only: insight 5's verdict rests on the timing and the fit, not on a count of ingredients",
        passage: "insight 5: the Cluster Initiative Green Book, 'a survey of over 200 cluster initiatives (most of them in developed countries)' — 'the availability of any particular ingredient does not guarantee that the recipe will be right'"))
  }
}
