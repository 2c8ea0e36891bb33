// Insight 3: "Cluster initiatives require a catalyst, a leader and a manager if action by firms,
// government and support agencies is to be effectively aligned." Who holds the roles (an
// institution, or a large firm or lead buyer "acting as catalyst", insight 5), the public–private
// partnership as of the year (government, not donors), and the paper's table of contributions.

import ClusterWorkspace

enum CatalystLeaderManager {
  static func assess(_ c: Context, structure: StructureFit) -> (InsightFinding, [Indicator], RolesResult) {
    let facts = c.facts
    var b = FindingBuilder(3, c.p)
    let catalysts = facts.holders(of: .catalyst)
    var leaders = facts.holders(of: .leader)
    var leaderNote = ""
    // Nobody declared a leader: the actor that leads most of the projects under way leads in fact.
    if leaders.isEmpty {
      var led: [String: Int] = [:]
      for project in facts.happened {
        // Only an actor present in the year can lead in it.
        if let lead = project.lead, facts.cluster.entity(named: lead) != nil { led[lead, default: 0] += 1 }
      }
      if let (name, n) = led.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), n >= 2 {
        leaders = [name]
        leaderNote = " (leads \(n) of the \(facts.happened.count) projects under way)"
      }
    }
    let managers = facts.holders(of: .manager)
    var facilitators = facts.holders(of: .facilitator)
    if let declared = facts.cluster["facilitator"].name, !facilitators.contains(declared) { facilitators.append(declared) }

    // The partnership: a government and a private partner organization (not a cohort of firms)
    // in the same project, or a partner link between them, as of the year. Donors are
    // development partners, not the State.
    let isPartnership = facts.isPublicPrivatePartnership
    let partnerLinks = facts.standingPartnerships
    let working = facts.happened.filter(isPartnership)
    let planned = facts.projects.filter { $0.status == .planned && isPartnership($0) }
    let partnership: Partnership = !working.isEmpty || !partnerLinks.isEmpty ? .working : !planned.isEmpty ? .planned : .none
    var governmentPartners = Set(working.flatMap(\.involved).filter(facts.isGovernment))
    for link in partnerLinks { for end in [link.from, link.to] where facts.isGovernment(end) { governmentPartners.insert(end) } }
    let donors = facts.institutions.filter { $0.sector == .donor }.map(\.name)
    let privateLed = !leaders.isEmpty && leaders.allSatisfy(facts.isPrivate)
    // The paper's Tirupur lesson: a private-led initiative starts alone; government joined "only
    // in 1992, after the first results were achieved".
    let embryonic = c.stage.candidates.contains(.embryonic)
    let partnershipNeeded = !(embryonic && privateLed)
    // A manager coordinates joint projects: with none under way (Bangalore's state measures, each
    // by one actor) there is nothing to manage yet — "a cluster can develop, grow and be
    // competitive without its members ever embarking on aligned 'joint' initiatives".
    let jointWork = facts.happened.contains { Set($0.involved).count > 1 } || !facts.consortia.isEmpty
    let managerNeeded = jointWork || !managers.isEmpty

    // Who could catalyse: whoever already leads, then organizations of firms, respected
    // institutions, lead buyers and large firms ("large firms acting as catalysts").
    var candidates: [String] = leaders
    for i in facts.institutions where i.kind?.organizesFirms == true || i.respected { candidates.append(i.name) }
    candidates += facts.buyers.filter { b in b.lead && !facts.links(["buys", "supplies", "customer", "partner"], of: b.name).isEmpty }.map(\.name)
      + facts.largeFirms.map(\.name)
    var seen: Set<String> = []
    candidates = candidates.filter { !catalysts.contains($0) && seen.insert($0).inserted }

    let roles = RolesResult(
      catalysts: catalysts, leaders: leaders, managers: managers, facilitators: facilitators,
      catalystCandidates: candidates, partnership: partnership, governmentPartners: governmentPartners.sorted(),
      donors: donors, privateLed: privateLed, unclearMandates: facts.institutions.filter { $0.mandate == "unclear" || $0.mandate == "overlapping" }.map(\.name),
      contributions: contributions(c))

    let pppText: String
    switch partnership {
    case .working: pppText = "yes" + (privateLed ? ", private-led" : "") + " (" + Figure.list(governmentPartners.sorted()) + ")"
    case .planned: pppText = "not yet: government joins in " + Figure.list(planned.map(\.dated)) + (privateLed ? "; private-led" : "")
    case .none: pppText = "no" + (privateLed ? "; private-led" : "") + (donors.isEmpty ? "" : "; donors: " + Figure.list(donors) + " (not the State)")
    }
    b.evidence = [
      "catalyst: " + Figure.list(catalysts), "leader: " + Figure.list(leaders) + leaderNote, "manager: " + Figure.list(managers) + (managerNeeded ? "" : " (no joint project under way to manage)"),
      "public–private partnership: " + pppText,
    ]
    let done = roles.contributions.filter { $0.state == .done }.count
    let assessed = roles.contributions.filter { $0.state != .notAssessed }.count
    b.evidence.append("contributions table: \(done) of \(assessed) rows done")
    b.indicators = ["catalyst", "leader", "manager", "ppp"]
    // A declared `structure` (Santa Cruz: none) says the case is complete about its organization.
    b.input(
      !facts.institutions.isEmpty || !catalysts.isEmpty || facts.cluster["structure"].word != nil,
      declare: "the cluster's institutions and their `roles`")

    // With no catalyst declared, actors that could catalyse but declare no roles leave it open.
    let undeclared = facts.institutions.filter { !$0.rolesDeclared }.map(\.name)
      + facts.buyers.filter { ($0.lead || !$0.leadDeclared) && !$0.rolesDeclared }.map(\.name)
      + facts.largeFirms.filter { !$0.rolesDeclared }.map(\.name)
    if catalysts.isEmpty {
      for name in undeclared.prefix(3) { b.input(false, declare: "`\(name).roles` (catalyst, leader, manager …)") }
    }
    let status: InsightStatus
    if catalysts.isEmpty {
      status = undeclared.isEmpty ? .risk : .notAssessed
    } else if !leaders.isEmpty && (!managers.isEmpty || !managerNeeded) && (partnership == .working || !partnershipNeeded) {
      status = .strength
    } else {
      status = .warning
    }

    // Role changes are gathered per actor, so that one `try:` gives an actor every role it is
    // advised to take (two tries that each rewrote `roles` would undo each other).
    var proposed: [(actor: String, roles: [ClusterRole])] = []
    func propose(_ name: String, _ role: ClusterRole) {
      if let i = proposed.firstIndex(where: { $0.actor == name }) {
        if !proposed[i].roles.contains(role) { proposed[i].roles.append(role) }
      } else {
        proposed.append((name, [role]))
      }
    }
    func rolesChange(_ name: String) -> [String] {
      let current = facts.institution(name)?.roles ?? facts.firmGroup(name)?.roles ?? facts.buyer(name)?.roles ?? []
      let added = proposed.first { $0.actor == name }?.roles ?? []
      var all: [ClusterRole] = current
      for role in added where !all.contains(role) { all.append(role) }
      return ["set \(name).roles = [" + all.map(\.rawValue).joined(separator: ", ") + "]"]
    }
    var catalystCandidate: String?
    var managerCandidate: String?
    if catalysts.isEmpty, let candidate = candidates.first {
      catalystCandidate = candidate
      propose(candidate, .catalyst)
    }
    let acting = catalysts.first ?? catalystCandidate
    if leaders.isEmpty, let actor = acting { propose(actor, .leader) }
    let organizations = facts.institutions.filter { $0.kind?.organizesFirms == true }.sorted { ($0.formal ? 0 : 1) < ($1.formal ? 0 : 1) }
    if managers.isEmpty, managerNeeded, acting != nil, let manager = organizations.first?.name ?? leaders.first ?? acting {
      managerCandidate = manager
      propose(manager, .manager)
    }

    if catalysts.isEmpty {
      if let candidate = catalystCandidate {
        let developmental = facts.isDevelopmental && facts.institutions.contains(where: \.isGovernment)
        b.advise(Advice(
          (status == .notAssessed ? "If none of them catalyses, ask " : "Ask ") + candidate
            + (leaders.contains(candidate) ? ", which already leads," : "") + " to act as the catalyst"
            + (candidates.count > 1 ? " (or " + Figure.list(Array(candidates.dropFirst().prefix(2))) + ")" : "")
            + (developmental ? "; for an artisan or micro-producers' cluster government may act as catalyst" : "")
            + ": in most developing-country clusters 'a catalyst is required'.",
          step: .conditions, because: "insight 3: no catalyst", change: rolesChange(candidate),
          see: "KNIDGRO in Ludhiana, TEA in Tirupur, Nespresso in Caldas (insights 3, 5, 10)"))
      } else {
        b.advise(Advice(
          "Identify natural leaders among the firms, or bring in an external facilitator to coordinate the first activities"
            + (facts.isDevelopmental ? " (for a cluster of micro-producers, a government agency or a donor: 'Act as a catalyst for artisan clusters')" : "")
            + ": no actor of the case can act as catalyst yet.",
          step: .conditions, because: "insight 3: no catalyst; Part 3, step 2"))
      }
    }
    if !catalysts.isEmpty, leaders.isEmpty, let catalyst = catalysts.first {
      b.advise(Advice(
        "Let \(catalyst) lead as well as catalyse" + (managerCandidate == catalyst ? " and manage" : "")
          + ", or name a leader among the cluster's organizations.",
        step: .conditions, because: "insight 3: no leader", change: rolesChange(catalyst),
        see: "TEA, 'both cluster catalyst and cluster leader' (insight 3)"))
    }
    if !catalysts.isEmpty, managers.isEmpty, managerNeeded {
      if let manager = managerCandidate, !(leaders.isEmpty && manager == catalysts.first) {
        b.advise(Advice(
          "Give \(manager) the coordination and management of the joint projects"
            + (structure.needsStructure ? "." : "; no additional structure is needed beyond agreements among the existing organizations (insight 7)."),
          step: .conditions, because: "insight 3: no manager", change: rolesChange(manager)))
      } else if managerCandidate == nil {
        b.advise(Advice(
          "Establish a cluster-based association of firms to manage the joint projects.",
          step: .conditions, because: "insight 3: no manager and no organization of firms",
          change: ["institution \(c.freshName("ClusterAssociation")) { kind: association, roles: [manager], formal: true }"]))
      }
    }
    if !catalysts.isEmpty, partnership != .working, partnershipNeeded {
      let governments = facts.institutions.filter(\.isGovernment).map(\.name)
      // Government's projects, under way or planned: then the private side is what is missing.
      // (Not an export subsidy: insight 8 advises replacing those.)
      let governmentProjects = facts.projects.filter {
        $0.status != .dropped && $0.status != .failed && !$0.isWTOIncompatible && facts.hasGovernmentPartner($0)
      }
      if let project = governmentProjects.first {
        // The private side is an organization (an association, a consortium, a firm), not a
        // cohort of firms: without one, the firms form an association to be the partner.
        let candidate = facts.privatePartnerCandidate
        let association = c.freshName("ClusterAssociation")
        b.advise(Advice(
          "Bring private actors into \(project.name)" + (governmentProjects.count > 1 ? " and the other government projects" : "")
            + (candidate.map { " (such as \($0))" } ?? ": the firms need an organization of their own to be the partner, such as an association")
            + ": 'a solid public-private sector partnership is an essential precursor to coordination'.",
          step: .conditions, because: "insight 3: no public–private partnership",
          change: candidate.map { ["set \(project.name).partners = [" + (project.partners + [$0]).joined(separator: ", ") + "]"] }
            ?? ["institution \(association) { kind: association, sector: private, formal: true }",
                "set \(project.name).partners = [" + (project.partners + [association]).joined(separator: ", ") + "]"],
          see: "TEA and the governments in Tirupur's water scheme (insight 8)"))
      } else if let government = governments.first, facts.happened.contains(where: { $0.lead.map(facts.isPrivate) == true }) {
        let target = facts.happened.last { $0.gear?.needsPartnership == true && $0.lead.map(facts.isPrivate) == true }
          ?? facts.happened.last { $0.lead.map(facts.isPrivate) == true }
        b.advise(Advice(
          "Bring \(government) into the initiative's projects" + (target.map { " (such as \($0.name))" } ?? "")
            + ": 'a solid public-private sector partnership is an essential precursor to coordination'.",
          step: .conditions, because: "insight 3: no public–private partnership",
          change: target.map { ["set \($0.name).partners = [" + ($0.partners + [government]).joined(separator: ", ") + "]"] } ?? []))
      } else {
        b.advise(Advice(
          "No government actor takes part" + (donors.isEmpty ? "" : " (" + Figure.list(donors) + " is a donor, not the State)")
            + ": involve the state or local government in the initiative's projects.",
          step: .conditions, because: "insight 3: no public–private partnership"))
      }
    }

    let finding = b.finding(
      status,
      rule: "risk: no catalyst (an institution, or a large firm or lead buyer with the role) while every institution, lead buyer and large firm declares its roles (not assessed otherwise); strength: catalyst, leader (declared, or leading most projects under way), manager (once joint projects or consortia are under way: with none there is nothing to coordinate), and a working public–private partnership — which an embryonic, private-led initiative does not need yet; else warning",
      inputs: [
        TrailInput("catalyst", Figure.list(catalysts)), TrailInput("leader", Figure.list(leaders)),
        TrailInput("manager", Figure.list(managers)), TrailInput("partnership", partnership.rawValue),
        TrailInput("private-led", privateLed ? "yes" : "no"), TrailInput("stage", c.stage.text),
      ])

    var indicators: [Indicator] = []
    for (id, names, passage) in [
      ("catalyst", catalysts, "insight 3: 'a catalyst is required. This catalyst is normally an institution'; insight 5: 'large firms acting as catalysts'"),
      ("leader", leaders, "insight 3: 'TEA assumed the role of both cluster catalyst and cluster leader'"),
      ("manager", managers, "insight 3: 'coordination and management must complement the catalyst and leadership roles'"),
    ] {
      indicators.append(Indicator(
        id: id, title: id, value: Double(names.count), text: Figure.list(names) + (id == "leader" ? leaderNote : ""), unit: "actors",
        trail: Trail(
          inputs: facts.institutions.map { TrailInput($0.name + ".roles", Figure.list($0.roles.map(\.rawValue))) }
            + facts.firms.filter { !$0.roles.isEmpty }.map { TrailInput($0.name + ".roles", Figure.list($0.roles.map(\.rawValue))) }
            + facts.buyers.filter { !$0.roles.isEmpty }.map { TrailInput($0.name + ".roles", Figure.list($0.roles.map(\.rawValue))) },
          rule: "actors present in the year whose roles include \(id)" + (id == "leader" ? "; when none, the actor leading most of the projects under way (at least two)" : ""),
          passage: passage)))
    }
    indicators.append(Indicator(
      id: "ppp", title: "public–private partnership", value: partnership == .working ? 1 : 0, text: pppText,
      trail: Trail(
        inputs: [
          TrailInput("projects under way with government and private actors", Figure.list(working.map(\.name))),
          TrailInput("planned ones", Figure.list(planned.map(\.dated))),
          TrailInput("partner links between government and others", Figure.list(partnerLinks.map(\.description))),
          TrailInput("donors (not government)", Figure.list(donors)),
        ],
        rule: "working when a government actor and a private or mixed actor take part in a project under way, or are partners; planned when only in projects not started; donors and international agencies do not count as government",
        passage: "insight 3: 'a solid public-private sector partnership is an essential precursor to coordination'; Part 1: in Tirupur governments joined 'only in 1992, after the first results were achieved'")))
    return (finding, indicators, roles)
  }

  /// The paper's table of potential contributions, each row checked against the projects as of
  /// the year.
  static func contributions(_ c: Context) -> [Contribution] {
    let facts = c.facts
    let live = facts.projects.filter { $0.status != .dropped && $0.status != .failed }
    let publicProjects = live.filter(facts.hasGovernmentPartner)
    let privateProjects = live.filter(facts.isPrivateLed)
    func row(_ side: String, _ text: String, _ projects: [Project], _ kinds: (InterventionKind) -> Bool) -> Contribution {
      let matching = projects.filter { $0.kind.map(kinds) ?? false }
      let active = matching.filter { $0.status.hasHappened }
      let state: Contribution.State = !active.isEmpty ? .done : matching.isEmpty ? .missing : .partly
      var evidence = matching.map { $0.status.hasHappened ? $0.name : $0.dated + " planned" }.joined(separator: ", ")
      var finalState = state
      if matching.isEmpty {
        // Say who does it when the row's side does not: a donor's awareness programme is not the
        // private sector's. A lead whose sector nobody declared may be either: not assessed.
        let others = live.filter { p in (p.kind.map(kinds) ?? false) && !projects.contains { $0.name == p.name } }
        evidence = others.isEmpty ? "no such project"
          : "none by the \(side); " + Figure.list(others.map { $0.name + ($0.lead.map { " (led by \($0))" } ?? "") })
        if others.contains(where: { p in p.lead.flatMap(facts.institution)?.sector == .unknown }) {
          finalState = .notAssessed
          evidence += "; declare the lead's `sector`"
        }
      }
      return Contribution(side: side, text: text, state: finalState, evidence: evidence)
    }
    func fact(_ side: String, _ text: String, _ holds: Bool, _ evidence: String) -> Contribution {
      Contribution(side: side, text: text, state: holds ? .done : .missing, evidence: evidence)
    }
    let govServes = facts.links(["service"]).contains { facts.isGovernment($0.from) }
    let universities = facts.institutions.filter { $0.kind == .university || $0.kind == .research }.map(\.name)
    let universityLinks = facts.links.contains { universities.contains($0.from) || universities.contains($0.to) }
    let publicCatalyst = facts.institutions.filter { $0.isGovernment && $0.roles.contains(.catalyst) }.map(\.name)
    let associations = facts.institutions.filter { $0.kind?.organizesFirms == true && !$0.isGovernment }.map(\.name)
    let trust = facts.trust.value
    let first = facts.happened.first
    let earlyWins = MixAndTiming.earlyWinFirst(facts)
    let g = "government"
    let s = "private sector"
    return [
      row(g, "Support cluster-specific information gathering and compilation.", publicProjects) { $0 == .marketInformation },
      fact(g, "Organize its services around clusters.", govServes, govServes ? "a government institution has service links to firms" : "no service link from a government institution"),
      fact(g, "Foster linkages between universities and clusters.", universityLinks, universities.isEmpty ? "no university declared" : "universities: " + Figure.list(universities)),
      row(g, "Improve infrastructure requirements for clusters.", publicProjects) { $0.isInfrastructure },
      row(g, "Streamline regulations that affect clusters' ability to compete.", publicProjects) { $0 == .regulationStreamlining || $0 == .customsFacilitation },
      row(g, "Focus export promotion activities around clusters.", publicProjects) { $0.gear == .borderOut },
      Contribution(side: g, text: "Act as a sophisticated buyer for clusters' products and services.", state: .notAssessed, evidence: "public purchasing is not declared in this language"),
      row(g, "Establish cluster-oriented free trade zones or industrial parks.", publicProjects) { $0 == .industrialPark },
      row(g, "Focus efforts on attracting financing options around clusters.", publicProjects) { [.ventureCapital, .fdiAttraction, .waterSupply, .effluentTreatment].contains($0) },
      row(g, "Sponsor forums to bring together cluster participants.", publicProjects) { [.networkingSessions, .buyerSellerMeetings, .awarenessBuilding].contains($0) },
      fact(g, "Act as a catalyst for artisan clusters or clusters that need initial organizational support.", !publicCatalyst.isEmpty, publicCatalyst.isEmpty ? "no government catalyst" : Figure.list(publicCatalyst)),
      Contribution(side: g, text: "Incorporate interests of clusters in trade negotiations and international agreements.", state: .notAssessed, evidence: "trade negotiations are not declared in this language"),
      row(s, "Jointly develop mechanisms to collect and disseminate cluster information.", privateProjects) { $0 == .marketInformation || $0 == .ictAdoption },
      row(s, "Develop specialized education.", privateProjects) { $0 == .trainingInstitute || $0 == .designInstitute },
      row(s, "Collaborate with local universities and institutions on cluster-related research.", privateProjects) { $0 == .universityResearch || $0 == .technologyTransfer },
      facts.consortia.isEmpty
        ? row(s, "Market jointly through trade fairs and delegations.", privateProjects) { $0.isJointExportPromotion && $0 != .marketInformation }
        : fact(s, "Market jointly through trade fairs and delegations.", true, "consortia: " + Figure.list(facts.consortia.prefix(4).map(\.name)) + (facts.consortia.count > 4 ? " …" : "")),
      row(s, "Collaborate on international market research.", privateProjects) { $0 == .marketInformation || $0 == .marketPresence },
      trust == nil
        ? Contribution(side: s, text: "Find a balance between cooperation in some activities and competition in others.", state: .notAssessed, evidence: "trust not declared")
        : fact(s, "Find a balance between cooperation in some activities and competition in others.", !facts.links(["cooperation"]).isEmpty && (trust ?? 0) >= c.p[.trustLow], "cooperation links: \(facts.links(["cooperation"]).count); trust \(Figure.score(trust ?? 0))"),
      fact(s, "Establish cluster-based trade associations.", !associations.isEmpty, associations.isEmpty ? "no organization of firms" : Figure.list(associations)),
      fact(s, "Establish cluster linkages with suppliers, customers and related businesses.", !facts.links(["supplies", "customer", "buys"]).isEmpty, "vertical and buyer links: \(facts.links(["supplies", "customer", "buys"]).count)"),
      row(s, "Cooperate with government to streamline regulations.", privateProjects) { $0 == .regulationStreamlining || $0 == .customsFacilitation },
      row(s, "Take the lead on infrastructure projects, involving financial institutions and governments.",
          privateProjects.filter { p in facts.hasGovernmentPartner(p) || p.involved.contains { facts.institution($0)?.kind == .finance || facts.institution($0)?.kind == .spv } }
          + live.filter { $0.lead.flatMap(facts.institution)?.kind == .spv }) { $0.isInfrastructure },
      row(s, "Foster trust among its members.", privateProjects) { $0.buildsTrust },
      first == nil || earlyWins == nil
        ? Contribution(
          side: s, text: "Start with small projects. Advertise early successes to gain support for cluster activities.",
          state: first == nil ? .missing : .notAssessed, evidence: first == nil ? "no project under way" : "start years not declared")
        : fact(
          s, "Start with small projects. Advertise early successes to gain support for cluster activities.", earlyWins == true,
          earlyWins == true ? "a simple project in the first year (insight 5)" : "complex projects came first (insight 5)"),
    ]
  }
}
