// The analyses behind the insights: roles and the contributions table [3], the four gears [4],
// financing and WTO [8], the life cycle, mix and timing [5], structure fit [7], the value chain
// and Porter's diamond.

import ClusterWorkspace

extension Assessment {
  // MARK: catalyst, leader, manager [insight 3]

  mutating func rolesAndPartnership() -> RolesResult {
    func holders(_ role: String) -> [String] { facts.institutions.filter { $0.roles.contains(role) }.map(\.name) }
    var facilitators = holders("facilitator")
    if let declared = facts.cluster["facilitator"].name, !facilitators.contains(declared) { facilitators.append(declared) }
    let catalysts = holders("catalyst")
    let leaders = holders("leader")
    let managers = holders("manager")
    let publicInvolved = facts.projects.contains(where: facts.hasPublicPartner)
      || facts.cluster.links.contains { $0.kind == "partner" && (facts.isPublic($0.from) != facts.isPublic($0.to)) }
    let privateInvolved = facts.projects.contains(where: facts.isPrivateLed)
    let ppp = publicInvolved && privateInvolved
    let privateLed = !leaders.isEmpty && leaders.allSatisfy { !facts.isPublic($0) }
    for (id, title, names, passage) in [
      ("catalyst", "catalyst", catalysts, "insight 3: 'a catalyst is required. This catalyst is normally an institution'"),
      ("leader", "leader", leaders, "insight 3: 'TEA assumed the role of both cluster catalyst and cluster leader'"),
      ("manager", "manager", managers, "insight 3: 'coordination and management must complement the catalyst and leadership roles'"),
    ] {
      add(Indicator(
        id: id, title: title, value: Double(names.count), text: Figure.list(names), unit: "institutions",
        trail: Trail(
          inputs: facts.institutions.map { TrailInput($0.name + ".roles", Figure.list($0.roles)) },
          rule: "institutions whose roles include \(title)", passage: passage)))
    }
    add(Indicator(
      id: "ppp", title: "public–private partnership", value: ppp ? 1 : 0,
      text: ppp ? (privateLed ? "yes, private-led" : "yes") : "no",
      trail: Trail(
        inputs: [TrailInput("projects with a public partner", Figure.list(facts.projects.filter(facts.hasPublicPartner).map(\.name))), TrailInput("projects led by private actors", Figure.list(facts.projects.filter(facts.isPrivateLed).map(\.name)))],
        rule: "a partnership when public institutions take part in projects (or partner links) and private actors lead projects; private-led when every leader is private",
        passage: "insight 3: 'a solid public-private sector partnership is an essential precursor to coordination'; Part 1: Tirupur 'led and exclusively managed by the private sector'")))
    return RolesResult(
      catalysts: catalysts, leaders: leaders, managers: managers, facilitators: facilitators,
      publicPrivatePartnership: ppp, privateLed: privateLed,
      unclearMandates: facts.institutions.filter { $0.mandate == "unclear" || $0.mandate == "overlapping" }.map(\.name),
      contributions: contributions())
  }

  /// The paper's table of potential contributions, each row checked against the projects.
  func contributions() -> [Contribution] {
    let infrastructure: Set<String> = [
      "logistics_terminal", "transport", "water_supply", "effluent_treatment", "industrial_park", "ict_infrastructure",
      "manufacturing_complex", "trade_fair_complex",
    ]
    let publicProjects = facts.projects.filter(facts.hasPublicPartner)
    let privateProjects = facts.projects.filter(facts.isPrivateLed)
    func row(_ side: String, _ text: String, _ projects: [Project], _ kinds: Set<String>) -> Contribution {
      let matching = projects.filter { kinds.contains($0.kind ?? "") }
      let active = matching.filter { !$0.isPlanned }
      let state: Contribution.State = !active.isEmpty ? .done : matching.isEmpty ? .missing : .partly
      let evidence = matching.isEmpty ? "no such project" : matching.map { $0.name + ($0.isPlanned ? " (planned)" : "") }.joined(separator: ", ")
      return Contribution(side: side, text: text, state: state, evidence: evidence)
    }
    func fact(_ side: String, _ text: String, _ holds: Bool, _ evidence: String) -> Contribution {
      Contribution(side: side, text: text, state: holds ? .done : .missing, evidence: evidence)
    }
    let govServes = facts.cluster.links.contains { $0.kind == "service" && facts.isPublic($0.from) }
    let universities = facts.institutions.filter { $0.kind == "university" || $0.kind == "research" }.map(\.name)
    let universityLinks = facts.cluster.links.contains { universities.contains($0.from) || universities.contains($0.to) }
    let publicCatalyst = facts.institutions.filter { $0.isPublic && $0.roles.contains("catalyst") }.map(\.name)
    let associations = facts.institutions.filter { $0.kind == "association" && !$0.isPublic }.map(\.name)
    let trust = facts.trust.value ?? 0
    let first = facts.projectsByStart.first
    let g = "government"
    let s = "private sector"
    return [
      row(g, "Support cluster-specific information gathering and compilation.", publicProjects, ["market_information"]),
      fact(g, "Organize its services around clusters.", govServes, govServes ? "a public institution has service links to firms" : "no service link from a public institution"),
      fact(g, "Foster linkages between universities and clusters.", universityLinks, universities.isEmpty ? "no university declared" : "universities: " + Figure.list(universities)),
      row(g, "Improve infrastructure requirements for clusters.", publicProjects, infrastructure),
      row(g, "Streamline regulations that affect clusters' ability to compete.", publicProjects, ["regulation_streamlining", "customs_facilitation"]),
      row(g, "Focus export promotion activities around clusters.", publicProjects.filter { $0.gear == "border_out" }, Set(Schema.interventionKinds.map(\.name))),
      Contribution(side: g, text: "Act as a sophisticated buyer for clusters' products and services.", state: .notAssessed, evidence: "public purchasing is not declared in this language"),
      row(g, "Establish cluster-oriented free trade zones or industrial parks.", publicProjects, ["industrial_park"]),
      row(g, "Focus efforts on attracting financing options around clusters.", publicProjects, ["venture_capital", "fdi_attraction", "water_supply", "effluent_treatment"]),
      row(g, "Sponsor forums to bring together cluster participants.", publicProjects, ["networking_sessions", "buyer_seller_meetings", "awareness_building"]),
      fact(g, "Act as a catalyst for artisan clusters or clusters that need initial organizational support.", !publicCatalyst.isEmpty, publicCatalyst.isEmpty ? "no public catalyst" : Figure.list(publicCatalyst)),
      Contribution(side: g, text: "Incorporate interests of clusters in trade negotiations and international agreements.", state: .notAssessed, evidence: "trade negotiations are not declared in this language"),
      row(s, "Jointly develop mechanisms to collect and disseminate cluster information.", privateProjects, ["market_information", "ict_adoption"]),
      row(s, "Develop specialized education.", privateProjects, ["training_institute", "design_institute"]),
      row(s, "Collaborate with local universities and institutions on cluster-related research.", privateProjects, ["university_research", "technology_transfer"]),
      row(s, "Market jointly through trade fairs and delegations.", privateProjects, ["trade_fair", "trade_fair_complex", "joint_marketing", "export_consortium", "buyer_seller_meetings"]),
      row(s, "Collaborate on international market research.", privateProjects, ["market_information", "market_presence"]),
      fact(s, "Find a balance between cooperation in some activities and competition in others.", !facts.links(.horizontal).isEmpty && trust >= p["trust_low"], "cooperation links: \(facts.links(.horizontal).count); mean trust \(Figure.number(trust))"),
      fact(s, "Establish cluster-based trade associations.", !associations.isEmpty, associations.isEmpty ? "no private association" : Figure.list(associations)),
      fact(s, "Establish cluster linkages with suppliers, customers and related businesses.", !facts.links(.vertical).isEmpty || !facts.links(.buyer).isEmpty, "vertical links: \(facts.links(.vertical).count); buyer links: \(facts.links(.buyer).count)"),
      row(s, "Cooperate with government to streamline regulations.", privateProjects, ["regulation_streamlining", "customs_facilitation"]),
      row(s, "Take the lead on infrastructure projects, involving financial institutions and governments.", privateProjects.filter { facts.hasPublicPartner($0) || $0.involved.contains { facts.institution($0)?.kind == "finance" || facts.institution($0)?.kind == "spv" } } + facts.projects.filter { ($0.lead.flatMap(facts.institution)?.kind == "spv") }, infrastructure),
      row(s, "Foster trust among its members.", privateProjects, ["networking_sessions", "awareness_building", "dispute_mediation"]),
      fact(s, "Start with small projects. Advertise early successes to gain support for cluster activities.", first?.complexity == "simple", first.map { "first project: \($0.name) (\($0.complexity))" } ?? "no projects"),
    ]
  }

  // MARK: the four gears [insight 4]

  mutating func gearCoverage() -> [GearCoverage] {
    var result: [GearCoverage] = []
    for gear in Schema.gears.values {
      let projects = facts.projects.filter { $0.gear == gear }
      let needsPublic = gear == "border" || gear == "development"
      // Failed and dropped projects turn nothing: they are listed under neither heading.
      let live = projects.filter { $0.status != "failed" && $0.status != "dropped" }
      let coverage = GearCoverage(
        gear: gear, projects: live.filter { !$0.isPlanned }.map(\.name), planned: live.filter(\.isPlanned).map(\.name),
        budget: projects.reduce(0) { $0 + $1.cost },
        leads: Array(Set(projects.compactMap(\.lead))).sorted(),
        publicPartner: needsPublic && !projects.isEmpty ? projects.contains(where: facts.hasPublicPartner) : nil)
      result.append(coverage)
      add(Indicator(
        id: "gear_" + gear, title: "\(gear.replacingUnderscore) gear", value: Double(projects.count),
        text: projects.isEmpty ? "not turned" : "\(Figure.count(projects.count, "project")), \(Figure.money(coverage.budget))" + (coverage.publicPartner == false ? "; no public partner" : ""),
        unit: "projects",
        trail: Trail(
          inputs: projects.map { TrailInput($0.name, "\($0.kind ?? "no kind"), \($0.status)") },
          rule: "interventions whose gear (declared, or from their kind) is \(gear); the border and development gears need a public partner",
          passage: "insight 4: 'Effective cluster initiatives address each of the competitiveness and developmental gears'; the border gear needs the public-private partnership 'fully operational'")))
    }
    return result
  }

  // MARK: financing [insight 8]

  mutating func financingMix() -> FinancingResult {
    let rows = facts.projects.filter { $0.cost > 0 }.map { project in
      FinancingRow(
        project: project.name, cost: project.cost, publicMoney: project.publicMoney, privateMoney: project.privateMoney,
        form: project.financing, leverage: project.publicMoney > 0 ? project.cost / project.publicMoney : nil)
    }
    let total = rows.reduce(0) { $0 + $1.cost }
    let publicMoney = rows.reduce(0) { $0 + $1.publicMoney }
    let share = total > 0 ? publicMoney / total : nil
    let leverage = publicMoney > 0 ? total / publicMoney : nil
    var sources: [String: Double] = [:]
    for e in facts.cluster.entities where e.kind == .intervention {
      for entry in e["funding"].entries { sources[entry.key, default: 0] += entry.value.number ?? 0 }
    }
    let wto = facts.projects.filter {
      ["export_subsidy", "fiscal_incentive"].contains($0.kind ?? "") || ["subsidy", "fiscal_incentive"].contains($0.financing ?? "")
    }.map(\.name)
    add(Indicator(
      id: "public_share", title: "public share of the initiative's cost", value: share,
      text: share.map { Figure.share($0) + " of " + Figure.money(total) } ?? "no costs declared", unit: "share",
      trail: Trail(
        inputs: rows.map { TrailInput($0.project, "cost \(Figure.money($0.cost)), public \(Figure.money($0.publicMoney))") },
        rule: "public money (funding from public-sector institutions) ÷ total cost; leaning on public funds above public_share_max",
        parameters: ["public_share_max"],
        passage: "insight 8: 'governments … and local industry represent the two main sources of funding for clusters'")))
    add(Indicator(
      id: "leverage", title: "leverage of public money", value: leverage,
      text: leverage.map { Figure.number($0) + "×" } ?? "no public money", unit: "×",
      trail: Trail(
        inputs: [TrailInput("total cost", Figure.money(total)), TrailInput("public money", Figure.money(publicMoney))],
        rule: "leverage = total cost ÷ public money (the paper's NTADCL: 250 ÷ 25 = 10×)",
        parameters: ["leverage_benchmark"],
        passage: "insight 8: 'The estimated cost of the project was approximately $250 million, with government participation set at $25 million … leveraged budgetary resources by a factor of 10'")))
    add(Indicator(
      id: "wto", title: "WTO compatibility", value: Double(wto.count),
      text: wto.isEmpty ? "no export subsidies or fiscal incentives" : "no longer acceptable under WTO rules: " + Figure.list(wto),
      unit: "projects",
      trail: Trail(
        inputs: wto.map { TrailInput($0, "subsidy or fiscal incentive") },
        rule: "interventions of kind export_subsidy or fiscal_incentive, or financed as subsidy or fiscal_incentive",
        passage: "Part 1: 'WTO rules now require the elimination of fiscal incentives'; Tirupur's 1992 subsidies, 'a practice that is no longer acceptable under WTO rules'")))
    return FinancingResult(
      rows: rows, totalCost: total, publicMoney: publicMoney, publicShare: share, leverage: leverage, wtoIncompatible: wto,
      sources: sources.sorted { $0.key < $1.key }.map { ($0.key, facts.isPublic($0.key), $0.value) })
  }

  // MARK: life cycle

  mutating func lifeCycle() -> StageResult {
    let year = facts.year
    let age = zip2(year, facts.initiativeStart).map { $0 - $1 }
    let structure = facts.cluster["structure"].word
    let formal = structure == "formal" || structure == "association" || facts.institutions.contains { $0.formal }
    let demand = facts.cluster["demand"].word
    let done = facts.projects.filter { !$0.isPlanned }
    let signs: [(String, Bool)] = [
      ("at least established_min_firms firms (\(facts.firmCount))", Double(facts.firmCount) >= p["established_min_firms"]),
      ("a catalyst or a formal structure", formal || facts.institutions.contains { $0.roles.contains("catalyst") }),
      ("organized for established_min_years (\(age.map(String.init) ?? "unknown") years)", Double(age ?? 0) >= p["established_min_years"]),
      ("organized for mature_min_years", Double(age ?? 0) >= p["mature_min_years"]),
      ("complex projects done (\(done.filter { $0.complexity == "complex" }.count))", done.contains { $0.complexity == "complex" }),
      ("international demand weak or absent", demand == "weak" || demand == "none"),
    ]
    let established = signs[0].1 && signs[1].1 && (signs[2].1 || signs[4].1)
    let mature = established && signs[3].1 && signs[4].1
    var stage = mature ? "mature" : established ? "established" : "embryonic"
    if signs[5].1 && (mature || established) { stage = "declining" }
    let declared = facts.cluster["stage"].word
    let final = declared ?? stage
    let moves: [String]
    switch final {
    case "embryonic":
      let agricultural = facts.type == "agricultural" || facts.type == "artisanal"
      moves = agricultural
        ? ["build the institutional and learning side first: awareness, basic organizational and business services, assured support"]
        : ["provide a catalyst: an industrial park, needed infrastructure, or entrepreneurial leadership such as TEA"]
    case "established":
      moves = ["add formal structures that manage the balance of competition and cooperation", "take on larger joint projects as trust allows"]
    case "mature":
      moves = ["product diversification", "market repositioning", "technology acquisition"]
    default:
      moves = ["transform the cluster back to an earlier stage: product diversification, market repositioning, technology acquisition"]
    }
    add(Indicator(
      id: "stage", title: "life-cycle stage", value: nil,
      text: final + (declared != nil && declared != stage ? " (declared; the signs point to \(stage))" : declared == nil ? "" : " (declared, and the signs agree)"),
      trail: Trail(
        inputs: signs.map { TrailInput($0.0, $0.1 ? "yes" : "no") } + [TrailInput("declared stage", declared ?? "none")],
        rule: "embryonic unless enough firms, a catalyst or formal structure, and either years of organization or complex projects done (established); established plus mature_min_years and complex projects done: mature; weak demand in an established or mature cluster: declining. A declared stage wins.",
        parameters: ["established_min_firms", "established_min_years", "mature_min_years"],
        passage: "insight 2: 'Clusters are dynamic and have a recognizable life cycle … interventions … should differ depending on its position in the cycle'")))
    return StageResult(stage: final, declared: declared, signs: signs, moves: moves)
  }

  // MARK: mix and timing [insight 5]

  mutating func mixAndTiming(_ stage: StageResult) {
    let ownBudget = (facts.cluster["budget"].number ?? 0) > 0
      || facts.institutions.contains { !$0.isPublic && $0.budget > 0 }
      || facts.projects.contains { $0.financing == "own_funds" }
    let facilitator = facts.cluster["facilitator"].name
      ?? facts.institutions.first { $0.respected && ($0.roles.contains("facilitator") || $0.roles.contains("catalyst") || $0.roles.contains("leader")) }?.name
    let targets = facts.cluster.targets.count
    let framework = (facts.cluster["framework"].bool ?? false) && targets > 0
    let ingredients = [ownBudget, facilitator != nil, framework].filter { $0 }.count
    add(Indicator(
      id: "greenbook", title: "Green Book ingredients", value: Double(ingredients),
      text: "\(ingredients) of 3: own budget \(ownBudget ? "yes" : "no"), respected facilitator \(facilitator ?? "no"), common framework with targets \(framework ? "yes (\(targets))" : "no")",
      unit: "of 3",
      trail: Trail(
        inputs: [TrailInput("cluster budget or own funds", ownBudget ? "yes" : "no"), TrailInput("facilitator (declared, or a respected catalyst, leader or facilitator)", facilitator ?? "none"), TrailInput("framework and targets", "\(facts.cluster["framework"].bool ?? false), \(targets) targets")],
        rule: "count of the three ingredients present",
        passage: "insight 5: the Cluster Initiative Green Book — 'Having the right resources', 'a strong and respected facilitator', 'Building a common framework … specifying quantitative targets'")))
    // Early wins: simple projects before complex ones.
    let ordered = facts.projectsByStart.filter { $0.start != nil }
    let firstSimple = ordered.first { $0.complexity == "simple" }?.start
    let earlyComplex = ordered.filter { $0.complexity == "complex" && (firstSimple == nil || ($0.start ?? 0) < (firstSimple ?? 0)) }
    add(Indicator(
      id: "early_wins", title: "early wins before complex projects", value: earlyComplex.isEmpty ? 1 : 0,
      text: earlyComplex.isEmpty ? (firstSimple == nil ? "no simple project with a start year" : "simple projects come first") : "complex before any early win: " + Figure.list(earlyComplex.map(\.name)),
      trail: Trail(
        inputs: ordered.map { TrailInput($0.name, "\($0.start.map(String.init) ?? "?") \($0.complexity)") },
        rule: "warn when a complex project starts before the first simple one (or when none is simple)",
        passage: "Part 3, step 3: 'Simple initiatives, and those that do not generate immediate conflict, should be chosen as the first activities … early wins'")))
    let appropriate = stageAppropriate(stage.stage)
    let fitting = facts.projects.filter { appropriate.contains($0.kind ?? "") }.map(\.name)
    add(Indicator(
      id: "stage_fit", title: "stage-appropriate interventions", value: Double(fitting.count),
      text: fitting.isEmpty ? "none of the moves for a \(stage.stage) cluster" : Figure.list(fitting), unit: "projects",
      trail: Trail(
        inputs: [TrailInput("stage", stage.stage), TrailInput("kinds that fit", appropriate.sorted().joined(separator: ", "))],
        rule: "interventions whose kind fits the stage's recommended moves",
        passage: "insight 2: 'public sector interventions … should differ depending on its position in the cycle'")))
  }

  func stageAppropriate(_ stage: String) -> Set<String> {
    switch stage {
    case "embryonic":
      if facts.type == "agricultural" || facts.type == "artisanal" {
        return ["awareness_building", "business_services", "networking_sessions", "training_institute", "quality_programme", "market_information"]
      }
      return ["industrial_park", "logistics_terminal", "transport", "ict_infrastructure", "networking_sessions", "regulation_streamlining", "training_institute"]
    case "established":
      return ["trade_fair", "trade_fair_complex", "export_consortium", "joint_marketing", "certification", "training_institute", "design_institute", "water_supply", "effluent_treatment", "industrial_park"]
    default:
      return ["technology_transfer", "university_research", "cluster_brand", "market_presence", "fdi_attraction", "design_institute", "venture_capital"]
    }
  }

  // MARK: structure fit [insight 7]

  mutating func structureFit(_ stage: StageResult) {
    let structure = facts.cluster["structure"].word
    let formal = structure == "formal" || structure == "association" || facts.institutions.contains { $0.formal }
    let bigProjects = facts.projects.filter { $0.cost >= p["large_project_cost"] || ($0.complexity == "complex" && ["water_supply", "effluent_treatment", "logistics_terminal", "transport", "industrial_park"].contains($0.kind ?? "")) }.map(\.name)
    let lowTech = facts.cluster["technology"].word == "low" || (!facts.firms.isEmpty && facts.firms.allSatisfy { $0.technology == "low" })
    let informal = structure == "informal" || structure == "none" || facts.firms.contains { $0.informal }
    let learning = facts.projects.filter { $0.gear == "border_in" && !$0.isPlanned }.map(\.name)
      + facts.institutions.filter { $0.services.contains("training") || $0.services.contains("education") || $0.kind == "training" || $0.kind == "university" }.map(\.name)
    // A large project needs a formal structure: the cluster's, or its lead's own (a government,
    // a formal association, a special purpose vehicle). Established organizations working together
    // need no additional structure (Ludhiana, Bangalore).
    let unstructured = bigProjects.filter { name in
      guard let lead = facts.projects.first(where: { $0.name == name })?.lead, let institution = facts.institution(lead) else {
        return !formal
      }
      return !(formal || institution.formal || institution.isPublic || institution.kind == "spv")
    }
    var problems: [String] = []
    if !unstructured.isEmpty {
      problems.append("infrastructure or large financial projects (\(Figure.list(unstructured))) without a formal structure to carry them")
    }
    if informal && lowTech && learning.isEmpty {
      problems.append("an informal, low-technology cluster with no training or border-in learning: no continuous learning for skills upgrading")
    }
    add(Indicator(
      id: "structure_fit", title: "structure fit", value: Double(problems.count),
      text: problems.isEmpty ? "the structure (\(structure ?? (formal ? "formal" : "not declared"))) fits the type and projects" : problems.joined(separator: "; "),
      unit: "problems",
      trail: Trail(
        inputs: [TrailInput("type", facts.type ?? "not declared"), TrailInput("structure", structure ?? "not declared"), TrailInput("formal institutions", Figure.list(facts.institutions.filter(\.formal).map(\.name))), TrailInput("large or infrastructure projects", Figure.list(bigProjects)), TrailInput("learning (border-in projects, training institutions)", Figure.list(learning)), TrailInput("low technology", lowTech ? "yes" : "no")],
        rule: "large or infrastructure projects call for a formal structure (the cluster's, or a formal, public or SPV lead); informal low-tech clusters need learning",
        parameters: ["large_project_cost"],
        passage: "insight 7: 'as clusters … become involved in infrastructure development or other initiatives involving a significant financial component' they add formal structures; Santa Cruz: 'no continuous learning for sustained skills upgrading takes place'")))
  }

  // MARK: value chain

  mutating func valueChainAnalysis() -> ValueChainResult {
    var firmsPerStage: [String: Int] = [:]
    for group in facts.firms {
      for stage in group.stages { firmsPerStage[stage, default: 0] += group.count }
    }
    let typical: [String]
    switch facts.type {
    case "agricultural": typical = ["inputs", "production", "processing", "testing", "packaging", "logistics", "marketing"]
    case "high_tech": typical = ["research", "design", "software", "services", "marketing"]
    case "services": typical = ["design", "services", "marketing", "distribution"]
    default: typical = ["design", "inputs", "production", "finishing", "logistics", "marketing", "distribution"]
    }
    let producing = Set(firmsPerStage.keys).union(facts.firms.compactMap { $0.role == "producer" || $0.role == "lead_producer" ? "production" : nil })
    let present = typical.filter { producing.contains($0) || (firmsPerStage[$0] ?? 0) > 0 }
    let missing = typical.filter { !present.contains($0) }
    let valueAdded = typical.isEmpty ? 0 : Double(present.count) / Double(typical.count)
    let exporters = facts.firms.filter { ($0.exports ?? 0) > 0 || $0.role == "exporter" }
    let exporterCount = exporters.reduce(0) { $0 + $1.count }
    let direct = exporters.filter(\.directExport).reduce(0) { $0 + $1.count }
    let directShare = exporterCount > 0 ? Double(direct) / Double(exporterCount) : nil
    let downstream = ["design", "marketing", "distribution", "retail"]
    let downstreamShare = Double(downstream.filter { producing.contains($0) }.count) / Double(downstream.count)
    let w = p["retention_direct_weight"]
    let retention = w * (directShare ?? 0) + (1 - w) * downstreamShare
    add(Indicator(
      id: "value_added", title: "value-chain stages in the cluster", value: valueAdded,
      text: "\(present.count) of \(typical.count) typical stages" + (missing.isEmpty ? "" : "; missing: " + Figure.list(missing)),
      unit: "share",
      trail: Trail(
        inputs: typical.map { TrailInput($0, present.contains($0) ? "present" : "missing") },
        rule: "share of the sector's typical stages performed by firms in the cluster (firm `stages`; producers count as production)",
        passage: "Part 1: clusters 'lead … to improvements in terms of value-retention and value-addition'; the Tirupur value chains of 1985 and 2005")))
    add(Indicator(
      id: "value_retention", title: "value retention", value: retention, text: Figure.number(retention), unit: "0 to 1",
      trail: Trail(
        inputs: [TrailInput("direct exporters", directShare.map(Figure.share) ?? "no exporters"), TrailInput("downstream stages present (design, marketing, distribution, retail)", Figure.share(downstreamShare))],
        rule: "retention = retention_direct_weight × direct-export share + (1 − retention_direct_weight) × share of downstream stages present",
        parameters: ["retention_direct_weight"],
        passage: "Part 1: 'Direct export, rather than through agents, became standard practice' and 'substantially increased the level of value-retention'")))
    return ValueChainResult(
      present: firmsPerStage.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, missing: missing,
      valueAdded: valueAdded, valueRetention: retention, directExportShare: directShare)
  }

  // MARK: Porter's diamond

  mutating func diamondCorners() -> [DiamondCorner] {
    func level(_ word: String?) -> Double {
      switch word {
      case "strong", "high": return 1
      case "moderate", "medium", "latent": return 0.6
      case "weak", "low": return 0.3
      case "none": return 0
      default: return 0.5
      }
    }
    let education = facts.institutions.filter { ["university", "training", "research"].contains($0.kind ?? "") }.count
    let infra = level(facts.cluster["infrastructure"].word)
    let factor = (infra + min(1, Double(education) / 3)) / 2
    let demand = (level(facts.cluster["demand"].word) + min(1, value("lead_buyers") ?? 0)) / 2
    let suppliers = facts.firms.filter { ["supplier", "jobber", "service"].contains($0.role ?? "") }.reduce(0) { $0 + $1.count }
    let related = (min(1, Double(suppliers) / Double(max(1, facts.firmCount)) * 4) + min(1, Double(facts.links(.vertical).count) / 4)) / 2
    let rivalry = (min(1, Double(facts.firmCount) / p["established_min_firms"]) + (value("horizontal_links") ?? 0) + (value("trust") ?? 0.5)) / 3
    let publicProjects = facts.projects.filter(facts.hasPublicPartner).count
    let wto = value("wto") ?? 0
    let government = max(0, min(1, Double(publicProjects) / 3) - p["diamond_wto_penalty"] * wto) * (facts.institutions.contains(where: \.isPublic) ? 1 : 0.5)
    let corners = [
      DiamondCorner(id: "factor", name: "factor conditions", score: factor, inputs: [TrailInput("infrastructure", facts.cluster["infrastructure"].word ?? "not declared"), TrailInput("education and research institutions", String(education))], note: "infrastructure level and institutions producing skills"),
      DiamondCorner(id: "demand", name: "demand conditions", score: demand, inputs: [TrailInput("international demand", facts.cluster["demand"].word ?? "not declared"), TrailInput("lead buyers", Figure.number(value("lead_buyers") ?? 0))], note: "demand and sophisticated (lead) buyers"),
      DiamondCorner(id: "related", name: "related and supporting industries", score: related, inputs: [TrailInput("supplier, jobber and service firms", String(suppliers)), TrailInput("vertical links", String(facts.links(.vertical).count))], note: "suppliers in the cluster and linkages to them"),
      DiamondCorner(id: "rivalry", name: "firm strategy, structure and rivalry", score: rivalry, inputs: [TrailInput("firms", String(facts.firmCount)), TrailInput("horizontal reach", Figure.share(value("horizontal_links") ?? 0)), TrailInput("trust", (value("trust")).map(Figure.number) ?? "not declared (0.5)")], note: "enough rivals, balanced by cooperation"),
      DiamondCorner(id: "government", name: "government", score: government, inputs: [TrailInput("projects with a public partner", String(publicProjects)), TrailInput("WTO-incompatible instruments", Figure.number(wto))], note: "public partners in projects, less for instruments WTO rules no longer allow"),
      DiamondCorner(id: "chance", name: "chance", score: 0.5, inputs: [TrailInput("chance events", "not part of a case")], note: "outside the case: neutral 0.5"),
    ]
    for corner in corners {
      add(Indicator(
        id: "diamond_" + corner.id, title: "diamond: " + corner.name,
        value: corner.score, text: Figure.number(corner.score), unit: "0 to 1",
        trail: Trail(
          inputs: corner.inputs, rule: corner.note + " (each input scaled to 0–1 and averaged)",
          parameters: corner.name.hasPrefix("firm") ? ["established_min_firms"] : [],
          passage: "Part 1: Porter's 'diamond model' — 'four sets of interrelated forces determine competitiveness'")))
    }
    return corners
  }
}

private func zip2(_ a: Int?, _ b: Int?) -> (Int, Int)? {
  guard let a, let b else { return nil }
  return (a, b)
}

extension String {
  var replacingUnderscore: String { split(separator: "_").joined(separator: "-") }
}
