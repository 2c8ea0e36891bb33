// The ten insights of Part 2, each judged from the indicators, and the plan of Part 3.

import ClusterWorkspace

extension Assessment {
  func finding(
    _ number: Int, _ status: InsightStatus, _ evidence: [String], _ recommendation: String, _ ids: [String],
    rule: String, parameters: [String] = []
  ) -> InsightFinding {
    let inputs = ids.compactMap { id in indicators.first { $0.id == id }.map { TrailInput($0.title, $0.text) } }
    return InsightFinding(
      number: number, title: Insight.titles[number - 1], status: status, evidence: evidence, recommendation: recommendation,
      indicators: ids, trail: Trail(inputs: inputs, rule: rule, parameters: parameters, passage: Insight.passages[number - 1]))
  }

  func text(_ id: String) -> String { indicators.first { $0.id == id }?.text ?? "" }

  mutating func tenInsights(roles: RolesResult, gears: [GearCoverage], financing: FinancingResult, stage: StageResult) -> [InsightFinding] {
    var out: [InsightFinding] = []
    let noProjects = facts.projects.isEmpty

    // 1. between the boxes
    let horizontal = value("horizontal_links") ?? 0
    let reach = value("institution_reach") ?? 0
    let partnership = value("partnership_share")
    let status1: InsightStatus =
      facts.firmCount == 0 ? .notApplicable
      : horizontal == 0 && reach == 0 ? .risk
      : horizontal > 0 && reach >= p["institution_reach_min"] && (partnership ?? 1) >= p["partnership_share_min"] && roles.unclearMandates.isEmpty
        ? .strength : .warning
    out.append(finding(
      1, status1,
      ["horizontal: " + text("horizontal_links"), "firm–institution: " + text("institution_reach"), "vertical: " + text("vertical_links") + (partnership.map { ", partnership share " + Figure.share($0) } ?? ""), "mandates: " + text("mandates")],
      status1 == .risk ? "This is a concentration of firms, not yet a cluster: broker horizontal linkages (as KNIDGRO did) and link firms to institutions."
        : status1 == .strength ? "Keep the interaction creative: extend linkages to service providers and educational institutions."
        : "Strengthen what is thin: " + [horizontal == 0 ? "horizontal linkages among firms" : nil, reach < p["institution_reach_min"] ? "firm–institution linkages" : nil, (partnership ?? 1) < p["partnership_share_min"] ? "partnerships with suppliers and customers" : nil, roles.unclearMandates.isEmpty ? nil : "the mandates of " + Figure.list(roles.unclearMandates)].compactMap { $0 }.joined(separator: ", ") + ".",
      ["horizontal_links", "institution_reach", "vertical_links", "partnership_share", "mandates", "network_density", "social_capital"],
      rule: "risk: no horizontal and no institutional linkages; strength: horizontal linkages, institution reach ≥ institution_reach_min, partnership share ≥ partnership_share_min and clear mandates; else warning",
      parameters: ["institution_reach_min", "partnership_share_min"]))

    // 2. prerequisites
    let present = Int(value("prerequisites") ?? 0)
    let status2: InsightStatus = present == 4 ? .strength : present == 3 ? .warning : .risk
    out.append(finding(
      2, status2,
      ["production base: " + text("production_base"), "advantage: " + text("advantage"), "readiness to cooperate: " + text("readiness"), "international demand: " + text("demand")],
      present == 4 ? "The fundamentals are in place: the cluster can be enhanced."
        : "Missing \(text("prerequisites").replacingOccurrences("missing: ", "")): a cluster cannot be created from scratch — test these before investing (more than half of manufactured clusters fail).",
      ["production_base", "advantage", "readiness", "demand", "prerequisites"],
      rule: "strength: all four prerequisites; warning: three; risk: two or fewer"))

    // 3. catalyst, leader, manager
    let status3: InsightStatus =
      roles.catalysts.isEmpty ? .risk
      : (!roles.leaders.isEmpty && !roles.managers.isEmpty && roles.publicPrivatePartnership) ? .strength : .warning
    let done = roles.contributions.filter { $0.state == .done }.count
    let assessed = roles.contributions.filter { $0.state != .notAssessed }.count
    out.append(finding(
      3, status3,
      ["catalyst: " + text("catalyst"), "leader: " + text("leader"), "manager: " + text("manager"), "public–private partnership: " + text("ppp"), "contributions table: \(done) of \(assessed) rows done"],
      roles.catalysts.isEmpty ? "Find a catalyst — normally an institution (KNIDGRO, TEA) — or an external facilitator."
        : status3 == .strength ? "Keep management formal and transparent (TEA: a separate committee per project)."
        : "Complement the catalyst: " + [roles.leaders.isEmpty ? "a leader" : nil, roles.managers.isEmpty ? "a manager" : nil, roles.publicPrivatePartnership ? nil : "a working public–private partnership"].compactMap { $0 }.joined(separator: ", ") + ".",
      ["catalyst", "leader", "manager", "ppp"],
      rule: "risk: no catalyst; strength: catalyst, leader, manager and a public–private partnership; else warning"))

    // 4. gears
    let turned = gears.filter { !$0.projects.isEmpty || !$0.planned.isEmpty }
    let missingGears = gears.filter { $0.projects.isEmpty && $0.planned.isEmpty }.map { $0.gear.replacingUnderscore }
    let noPartner = gears.filter { $0.publicPartner == false }.map { $0.gear.replacingUnderscore }
    let status4: InsightStatus =
      noProjects ? .risk : turned.count <= 1 ? .risk : (missingGears.isEmpty && noPartner.isEmpty) ? .strength : .warning
    out.append(finding(
      4, status4,
      gears.map { "\($0.gear.replacingUnderscore): " + text("gear_" + $0.gear) },
      noProjects ? "Declare the initiative's projects; start with the border-out gear, the easiest to 'sell' to members."
        : [missingGears.isEmpty ? nil : "Turn the " + Figure.and(missingGears) + " gear" + (missingGears.count > 1 ? "s" : "") + ".", noPartner.isEmpty ? nil : "Bring a public partner into the " + noPartner.joined(separator: " and ") + " gear: it is a public responsibility."].compactMap { $0 }.joined(separator: " ").nonEmpty ?? "All four gears turn, with public partners where they are needed.",
      gears.map { "gear_" + $0.gear },
      rule: "risk: no projects or one gear; strength: all four gears, and a public partner in the border and development gears; else warning"))

    // 5. mix and timing
    let ingredients = Int(value("greenbook") ?? 0)
    let earlyWins = (value("early_wins") ?? 0) == 1
    let stageFit = (value("stage_fit") ?? 0) > 0
    let status5: InsightStatus =
      noProjects ? .notApplicable : ingredients == 3 && earlyWins && stageFit ? .strength : ingredients == 0 && !earlyWins ? .risk : .warning
    out.append(finding(
      5, status5,
      ["Green Book: " + text("greenbook"), "timing: " + text("early_wins"), "for " + article(stage.stage) + " cluster: " + text("stage_fit")],
      [ingredients < 3 ? "Complete the Green Book ingredients (own budget, respected facilitator, common framework with quantitative targets)." : nil, earlyWins ? nil : "Start with simple projects that bring early wins before complex ones.", stageFit ? nil : "Choose interventions for the \(stage.stage) stage: " + stage.moves.joined(separator: "; ") + "."].compactMap { $0 }.joined(separator: " ").nonEmpty ?? "The ingredients and their timing fit.",
      ["greenbook", "early_wins", "stage_fit", "stage"],
      rule: "strength: three ingredients, early wins first and stage-appropriate projects; risk: no ingredient and no early win; else warning"))

    // 6. trust
    let trust = value("trust")
    let complexUnderLowTrust = facts.projects.filter { $0.complexity == "complex" }.map(\.name)
    let status6: InsightStatus =
      trust == nil ? .warning : (trust ?? 0) < p["trust_low"] ? .risk : (trust ?? 0) >= p["trust_high"] ? .strength : .warning
    let lowTrust = (trust ?? 0) < p["trust_low"] && trust != nil
    out.append(finding(
      6, status6,
      ["trust: " + text("trust")] + (lowTrust && !complexUnderLowTrust.isEmpty ? ["complex projects under low trust: " + Figure.list(complexUnderLowTrust)] : []),
      trust == nil ? "Declare trust (cluster `trust`, or on links): without it the model cannot judge the key ingredient."
        : lowTrust ? "Build trust first: periodic networking sessions by function (CEOs, designers), then consortium-building sessions, as in the Bangalore machine-tool cluster."
        : status6 == .strength ? "Guard it: formal structures that manage the balance between competition and cooperation." : "Raise trust with joint projects that bring early wins.",
      ["trust", "social_capital"],
      rule: "risk: trust below trust_low; strength: trust from trust_high; warning otherwise or when not declared",
      parameters: ["trust_low", "trust_high"]))

    // 7. structure fit
    let problems = Int(value("structure_fit") ?? 0)
    let status7: InsightStatus = problems == 0 ? .strength : problems == 1 ? .warning : .risk
    out.append(finding(
      7, status7, ["structure: " + text("structure_fit")],
      problems == 0 ? "No 'best practice' structure: keep the one that fits, and revisit it as the stage changes."
        : text("structure_fit").contains("continuous learning") ? "Provide continuous learning: training services and border-in projects for skills upgrading." : "Add a formal structure (an association with committees, or a special purpose vehicle) for the large projects.",
      ["structure_fit"],
      rule: "strength: no misfit; warning: one; risk: two"))

    // 8. financing
    let infrastructureConstraint = ["weak", "none"].contains(facts.cluster["infrastructure"].word ?? "") || facts.cluster["constraints"].words.contains("infrastructure")
    let infrastructureProjects = facts.projects.filter { ["logistics_terminal", "transport", "water_supply", "effluent_treatment", "industrial_park", "ict_infrastructure"].contains($0.kind ?? "") }
    let share = financing.publicShare
    var evidence8 = ["cost: " + Figure.money(financing.totalCost), "public share: " + text("public_share"), "leverage: " + text("leverage")]
    if !financing.wtoIncompatible.isEmpty { evidence8.append("WTO: " + text("wto")) }
    if infrastructureConstraint { evidence8.append("infrastructure is a constraint; infrastructure projects: " + Figure.list(infrastructureProjects.map(\.name))) }
    let status8: InsightStatus =
      infrastructureConstraint && infrastructureProjects.isEmpty ? .risk
      : financing.totalCost == 0 ? .notApplicable
      : (share ?? 0) > p["public_share_max"] || !financing.wtoIncompatible.isEmpty ? .warning
      : (financing.leverage ?? 0) >= p["leverage_benchmark"] || (share ?? 0) == 0 ? .strength : .warning
    out.append(finding(
      8, status8, evidence8,
      status8 == .risk ? "Infrastructure is the binding constraint and nothing finances it: structure a project as a business (an SPV with private financiers, as IL&FS did for NTADCL)."
        : !financing.wtoIncompatible.isEmpty ? "Replace export subsidies and fiscal incentives (no longer acceptable under WTO rules) with trade facilitation, infrastructure and services."
        : (share ?? 0) > p["public_share_max"] ? "Bring in other sources: private financiers, banks, equity funds; lever public money as NTADCL did (10×)."
        : status8 == .notApplicable ? "Declare the projects' funding by source (`funding: { … }`) to judge the financing mix."
        : "The financing mix levers public money; keep revisiting the assumptions of each partnership.",
      ["public_share", "leverage", "wto"],
      rule: "risk: an infrastructure constraint with no infrastructure project; warning: public share above public_share_max or WTO-incompatible instruments; strength: leverage ≥ leverage_benchmark or no public money needed",
      parameters: ["public_share_max", "leverage_benchmark"]))

    // 9. SME obstacles
    let gap = value("sme_gap")
    let cover = value("consortia_cover") ?? 0
    let status9: InsightStatus =
      gap == nil ? .notApplicable : gap == 0 ? .strength : cover >= p["consortia_cover_min"] ? .strength : cover > 0 ? .warning : .risk
    out.append(finding(
      9, status9,
      ["below buyers' minimum volumes: " + text("sme_gap")] + (gap == nil ? [] : ["consortia: " + text("consortia_cover")]) + (facts.consortia.isEmpty ? [] : ["\(facts.consortia.count) consortia declared"]),
      status9 == .risk || status9 == .warning ? "Group the SMEs in export consortia (common brochures, agents, websites, warehouse) so together they meet buyers' volumes."
        : status9 == .notApplicable ? "Declare buyers' minimum orders and firms' exports to judge whether SMEs can meet them." : "The consortium approach covers the SMEs' volume gap.",
      ["sme_gap", "consortia_cover"],
      rule: "not applicable without buyer minimums; strength: no gap or consortia cover at least consortia_cover_min of it; warning: some cover; risk: none",
      parameters: ["consortia_cover_min"]))

    // 10. global markets
    let buyerReach = value("buyer_reach") ?? 0
    let leads = Int(value("lead_buyers") ?? 0)
    let status10: InsightStatus =
      facts.buyers.isEmpty || buyerReach == 0 ? .risk : buyerReach >= p["buyer_reach_min"] && leads > 0 ? .strength : .warning
    out.append(finding(
      10, status10, ["linked to buyers: " + text("buyer_reach"), "lead buyers: " + text("lead_buyers")],
      status10 == .strength ? "Nurture the lead buyers' long-term stake: requirements, logistics, quality programmes."
        : leads == 0 ? "Identify and nurture a lead buyer with a long-term stake (they need not be foreign: large local buyers with global connections count)."
        : "Link more firms to the buyers (buyer–seller meetings, consortia).",
      ["buyer_reach", "lead_buyers"],
      rule: "risk: no firm linked to a buyer; strength: reach ≥ buyer_reach_min and a lead buyer; else warning",
      parameters: ["buyer_reach_min"]))
    return out
  }

  // MARK: the plan of Part 3

  func planSteps(insights: [InsightFinding], gears: [GearCoverage], stage: StageResult, roles: RolesResult) -> [PlanStep] {
    func status(_ n: Int) -> InsightStatus { insights[n - 1].status }
    var identify: [(String, String)] = []
    identify.append(
      status(2) == .strength
        ? ("Confirm the cluster's potential: the four prerequisites are present.", "insight 2: " + text("prerequisites"))
        : ("Test the missing prerequisites before investing: " + text("prerequisites").replacingOccurrences("missing: ", "") + ".", "insight 2: a cluster cannot be created from scratch"))
    if facts.cluster["driver"].word == nil {
      identify.append(("Determine what drives the cluster: exports, the domestic market, technology or employment.", "Part 1, Gulati: 'a failure to determine what drives the cluster'"))
    }
    identify.append(("Map the developmental, border-in, border and border-out issues of the cluster.", "Part 3, step 1"))

    var conditions: [(String, String)] = []
    if status(6) != .strength {
      conditions.append(("Build social capital first: networking sessions by function, then consortium-building sessions.", "insight 6: trust \(text("trust"))"))
    }
    if roles.catalysts.isEmpty {
      conditions.append(("Identify natural leaders, or bring in an external facilitator to coordinate the first activities.", "insight 3: no catalyst"))
    }
    if !facts.institutions.contains(where: { $0.kind == "association" }) {
      conditions.append(("Establish a cluster-based association of firms.", "insight 3: contributions table, private sector"))
    }
    if !roles.unclearMandates.isEmpty {
      conditions.append(("Clarify the mandates of " + Figure.list(roles.unclearMandates) + ".", "insight 1: Fayyaz"))
    }
    if (value("institution_reach") ?? 0) < p["institution_reach_min"] {
      conditions.append(("Centre the services of government and institutions around the cluster, and link firms to them.", "insight 1: " + text("institution_reach")))
    }

    var action: [(String, String)] = []
    let simpleByGear: [String: [String]] = [
      "border_out": ["buyer_seller_meetings", "trade_fair", "joint_marketing", "export_consortium"],
      "border": ["customs_facilitation", "regulation_streamlining"],
      "border_in": ["networking_sessions", "certification", "ict_adoption"],
      "development": ["labour_standards", "dispute_mediation"],
    ]
    for gear in gears where gear.projects.isEmpty && gear.planned.isEmpty {
      let kinds = simpleByGear[gear.gear] ?? []
      action.append(("Start the \(gear.gear.replacingUnderscore) gear with a simple project: " + kinds.joined(separator: ", ") + ".", "insight 4: gear not turned; Part 3 step 3: early wins"))
    }
    if (value("early_wins") ?? 1) == 0 {
      action.append(("Put an early win before the complex projects (" + text("early_wins").replacingOccurrences("complex before any early win: ", "") + ").", "insight 5: timing"))
    }
    if status(9) == .risk || status(9) == .warning {
      action.append(("Organize the SMEs below buyers' volumes into export consortia.", "insight 9: " + text("sme_gap")))
    }
    if action.isEmpty {
      action.append(("Advertise the early successes; then plan the more ambitious projects under a formal programme.", "Part 3, step 3"))
    }

    var extend: [(String, String)] = []
    if status(8) == .risk || facts.cluster["constraints"].words.contains("infrastructure") {
      extend.append(("Finance infrastructure as a business: a special purpose vehicle with private financiers (IL&FS/NTADCL levered public money 10×).", "insight 8: " + text("leverage")))
    }
    if status(10) != .strength {
      extend.append(("Build links to the global value chain: identify and nurture lead buyers; buyer–seller meetings; market presence.", "insight 10: " + text("buyer_reach")))
    }
    if stage.stage == "mature" || stage.stage == "declining" {
      extend.append(("Renew the cluster: " + stage.moves.joined(separator: ", ") + ".", "life cycle: \(stage.stage)"))
    }
    extend.append(("Keep upgrading the cluster's capabilities and its basis of competitiveness (technology transfer, certification, design).", "Part 3, step 4"))
    return [
      PlanStep(number: 1, title: "Identify the cluster opportunity (only one with true potential)", actions: identify.map { ($0.0, $0.1) }),
      PlanStep(number: 2, title: "Create the conditions", actions: conditions.isEmpty ? [("The conditions are in place; revisit them as requirements change.", "Part 3, step 2")] : conditions.map { ($0.0, $0.1) }),
      PlanStep(number: 3, title: "Generate action, focused and aligned (early wins first)", actions: action.map { ($0.0, $0.1) }),
      PlanStep(number: 4, title: "Extend and sustain", actions: extend.map { ($0.0, $0.1) }),
    ]
  }
}

/// The titles and passages of the ten insights, as numbered in Part 2.
public enum Insight {
  public static let titles = [
    "What happens between the boxes",
    "Enhanced, not created from scratch",
    "A catalyst, a leader and a manager",
    "The four gears of export strategy",
    "Mix and timing of ingredients",
    "Trust is paramount",
    "Structures that fit",
    "More than public funds",
    "SMEs' export obstacles",
    "Linked to global markets",
  ]

  public static let passages = [
    "insight 1: 'The distinguishing feature of clusters compared to concentrations of firms is what happens between the boxes, not inside them'",
    "insight 2: 'Clusters can be enhanced, and even induced, but they cannot be created from scratch'",
    "insight 3: 'Cluster initiatives require a catalyst, a leader and a manager if action by firms, government and support agencies is to be effectively aligned'",
    "insight 4: 'Effective cluster initiatives address each of the competitiveness and developmental gears of a national export strategy'",
    "insight 5: 'The mix and timing of ingredients are more important than the ingredients themselves'",
    "insight 6: 'Trust is paramount'",
    "insight 7: 'Different structures fit different clusters, if they fit at all'",
    "insight 8: 'There is more to infrastructure financing than public sector funds'",
    "insight 9: 'Clusters can effectively overcome obstacles to export promotion facing SMEs'",
    "insight 10: 'Successful clusters are linked to global markets'",
  ]
}

extension String {
  var nonEmpty: String? { isEmpty ? nil : self }

  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
