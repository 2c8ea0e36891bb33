// Insight 1: "The distinguishing feature of clusters compared to 'concentrations of firms' is
// what happens between the 'boxes', not inside them." Vertical partnerships, horizontal ties
// among firms weighted by how dense and how trusted they are, firms' links to institutions and
// the clarity of the institutions' mandates.

import ClusterWorkspace

/// The linkages of a cluster, as later rules and the simulation read them.
struct Linkages {
  /// Share of firms with at least one trusted tie to another firm (0 to 1).
  var horizontalReach = 0.0
  /// Whether that reach rests on an assumed trust somewhere.
  var trustAssumed = false
  /// Share of firms with a member or service link to an institution.
  var institutionReach = 0.0
  var verticalLinks = 0
  var partnerships = 0
  var armLength = 0
  var unclearMandates: [String] = []
  var socialCapital: Double?
}

enum BetweenTheBoxes {
  /// The share of firms reached by horizontal ties: for each group of firms, the chance that a
  /// firm has at least one trusted tie, 1 − Π(1 − d·t)^k over its cooperation links (k possible
  /// partners, density d, trust t), memberships of a producers' cooperative and of consortia,
  /// and never above the highest trust of those ties: trust is read as the share of firms ready
  /// to trust, and a firm that does not trust has no trusted tie however many partners it has
  /// (insight 6: "Without trust … clusters cannot succeed").
  /// `assumedTrust` replaces the trust of links nobody declared one for (nil: `trust_assumed`).
  static func horizontalReach(_ facts: Facts, assumedTrust: Double? = nil) -> (reach: Double, assumed: Bool) {
    let firms = facts.firmCount
    guard firms > 0 else { return (0, false) }
    func trust(_ link: Link) -> (value: Double, assumed: Bool) {
      let t = facts.trust(of: link)
      return t.assumed ? (assumedTrust ?? t.value, true) : t
    }
    var assumed = false
    var reached = 0.0
    let defaultDensity = facts.parameters[.networkCohortDensity]
    var consortiaOf: [String: [ConsortiumFact]] = [:]
    for consortium in facts.consortia {
      for member in Set(consortium.members) { consortiaOf[member, default: []].append(consortium) }
    }
    for group in facts.firms {
      var none = 1.0
      // The most trust any of the group's ties carries: the reach's ceiling.
      var ceiling = 0.0
      for link in facts.links(["cooperation"], of: group.name) {
        let other = link.from == group.name ? link.to : link.from
        guard let partner = facts.firmGroup(other) else { continue }
        let (t, isAssumed) = trust(link)
        assumed = assumed || isAssumed
        let partners = other == group.name ? group.count - 1 : partner.count
        guard partners > 0 else { continue }
        ceiling = max(ceiling, t)
        if let d = link.attributes["density"]?.number ?? (other == group.name ? defaultDensity : nil) {
          none *= pow(max(0, 1 - min(1, d * t)), Double(partners))
        } else {
          // A tie between two groups without a density: one partner for each firm of the smaller.
          none *= 1 - t * min(1, Double(partner.count) / Double(max(1, group.count)))
        }
      }
      for link in facts.links(["member"], of: group.name) where link.from == group.name {
        guard facts.institution(link.to)?.kind == .cooperative else { continue }
        let (t, isAssumed) = trust(link)
        assumed = assumed || isAssumed
        ceiling = max(ceiling, t)
        none *= 1 - t
      }
      for consortium in consortiaOf[group.name] ?? [] {
        let pool = consortium.members.compactMap { facts.firmGroup($0)?.count }.reduce(0, +)
        let share = pool > 0 ? min(1, Double(consortium.firms) / Double(pool)) : 0
        let t = facts.trust.value ?? assumedTrust ?? facts.parameters[.trustAssumed]
        assumed = assumed || facts.trust.value == nil
        if share > 0 { ceiling = max(ceiling, t) }
        none *= 1 - t * share
      }
      reached += Double(group.count) * min(1 - none, ceiling)
    }
    return (reached / Double(firms), assumed)
  }

  /// `trust`: insight 6's verdict. While trust is a risk the horizontal ties cannot be a
  /// strength, whatever their reach (insight 6: "Without trust … clusters cannot succeed"):
  /// this insight never contradicts that one.
  static func assess(_ c: Context, trust: InsightStatus? = nil) -> (InsightFinding, [Indicator], Linkages) {
    let facts = c.facts
    var b = FindingBuilder(1, c.p)
    var l = Linkages()
    let firms = max(1, facts.firmCount)
    let vertical = facts.links(["supplies", "customer"]).filter { facts.firmGroup($0.from) != nil || facts.firmGroup($0.to) != nil }
    l.verticalLinks = vertical.count
    l.partnerships = vertical.filter { $0.attributes["mode"]?.word == "partnership" }.count
    l.armLength = vertical.filter { $0.attributes["mode"]?.word == "arm_length" }.count
    let withMode = l.partnerships + l.armLength
    let partnershipShare: Double? = withMode > 0 ? Double(l.partnerships) / Double(withMode) : nil
    (l.horizontalReach, l.trustAssumed) = horizontalReach(facts)
    // A case that declares no horizontal tie at all (no cooperation link, consortium or producers'
    // cooperative) has not described them: horizontal linkage is not assessed, not absent.
    let cooperatives = Set(facts.institutions.filter { $0.kind == .cooperative }.map(\.name))
    let described = !facts.links(["cooperation"]).isEmpty || !facts.consortia.isEmpty
      || facts.links(["member"]).contains { cooperatives.contains($0.to) }
    // Where trust is assumed, the reach lies between the reaches with no trust and with full trust.
    let reachRange = l.trustAssumed ? (horizontalReach(facts, assumedTrust: 0).reach, horizontalReach(facts, assumedTrust: 1).reach) : (l.horizontalReach, l.horizontalReach)
    var linkedToInstitutions: Set<String> = []
    for link in facts.links(["member", "service"]) {
      for (firm, other) in [(link.from, link.to), (link.to, link.from)]
      where facts.firmGroup(firm) != nil && facts.institution(other) != nil {
        linkedToInstitutions.insert(firm)
      }
    }
    let institutionFirms = facts.firms.filter { linkedToInstitutions.contains($0.name) }.reduce(0) { $0 + $1.count }
    l.institutionReach = Double(institutionFirms) / Double(firms)
    l.unclearMandates = facts.institutions.filter { $0.mandate == "unclear" || $0.mandate == "overlapping" }.map(\.name)
    if let t = facts.trust.value { l.socialCapital = (l.horizontalReach + l.institutionReach + t) / 3 }

    // Inputs declared: the horizontal ties and the trust behind their weights, the modes of
    // vertical links, the mandates.
    b.input(described, declare: "the firms' cooperation (`link GROUP -- GROUP : cooperation density … trust …`)")
    if described { b.input(!l.trustAssumed, declare: "`trust` on the cooperation links or for the cluster") }
    if !vertical.isEmpty { b.input(withMode == vertical.count, declare: "the `mode` of each supply link (arm_length or partnership)") }
    if !facts.institutions.isEmpty {
      b.input(facts.institutions.contains { $0.mandate != nil }, declare: "the `mandate` of the support institutions")
    }
    b.input(facts.firmCount > 0, declare: "the cluster's firms")

    let lowTrust = trust == .risk
    let horizontalOK = b.atLeast(
      l.horizontalReach, .horizontalReachMin, figure: "firms with a trusted horizontal tie",
      meaning: "the share from which horizontal linkages are a strength") && !lowTrust
    // Undeclared trust that could put the reach on either side of the threshold leaves it open,
    // and so do horizontal ties nobody described.
    let horizontalOpen = !described || (reachRange.0 < c.p[.horizontalReachMin] && reachRange.1 >= c.p[.horizontalReachMin])
    let institutionsOK = b.atLeast(
      l.institutionReach, .institutionReachMin, figure: "firms linked to an institution",
      meaning: "the share from which firm–institution linkages count as established")
    var partnershipOK = true
    if let share = partnershipShare {
      partnershipOK = b.atLeast(
        share, .partnershipShareMin, figure: "vertical links that are partnerships",
        meaning: "the share from which vertical partnerships are a strength")
    }
    let mandatesOK = l.unclearMandates.isEmpty

    let cooperation = facts.links(["cooperation"]).count
    // Trusted ties per firm, the figure behind the reach: a dense web and one tie per firm both
    // reach a firm, and this says which it is.
    var trustedTies = 0.0
    for link in facts.links(["cooperation"]) where link.from == link.to {
      guard let group = facts.firmGroup(link.from) else { continue }
      let d = link.attributes["density"]?.number ?? c.p[.networkCohortDensity]
      trustedTies += Double(group.count) * d * facts.trust(of: link).value * Double(max(0, group.count - 1))
    }
    let tiesPerFirm = trustedTies / Double(firms)
    b.evidence = [
      "horizontal: "
        + (!described ? "not described (no cooperation link, consortium or producers' cooperative declared)"
          : (horizontalOpen ? Figure.share(reachRange.0) + " to " + Figure.share(reachRange.1) : Figure.share(l.horizontalReach))
            + " of firms have a trusted tie to another firm (\(Figure.count(cooperation, "cooperation link"))"
            + (tiesPerFirm > 0 ? ", \(Figure.approx(tiesPerFirm)) trusted ties a firm on average" : "") + ")"
            + (l.trustAssumed ? "; trust not declared" : "")),
      "firm–institution: \(Figure.share(l.institutionReach)) of firms linked to an institution",
      "vertical: \(vertical.count) (\(l.partnerships) partnership, \(l.armLength) arm's length)",
    ]
    if !l.unclearMandates.isEmpty { b.evidence.append("unclear or overlapping mandates: " + Figure.list(l.unclearMandates)) }
    if lowTrust, described {
      b.evidence.append("trust is too low for the ties to carry joint action (insight 6: a risk): horizontal linkages are no strength")
    }
    b.indicators = ["horizontal_links", "institution_reach", "vertical_links", "partnership_share", "mandates", "network_density", "social_capital"]

    let status: InsightStatus
    if facts.firmCount == 0 {
      status = .notApplicable
    } else if described && reachRange.1 < c.p[.horizontalReachMin] / 2 && l.institutionReach < c.p[.institutionReachMin] / 2 {
      status = .risk
    } else if !institutionsOK || !partnershipOK || !mandatesOK || (!horizontalOK && !horizontalOpen) {
      status = .warning
    } else if horizontalOpen {
      status = .notAssessed
    } else {
      status = .strength
    }

    // Advice from the case: who could broker, which firms lack links, which mandates.
    if status == .risk || status == .warning {
      let broker = c.organizer
      if !horizontalOK && !horizontalOpen {
        let existing = facts.projects.filter { $0.kind?.buildsTrust == true && $0.status != .dropped && $0.status != .failed }.map(\.name)
          + facts.consortia.map(\.name).prefix(facts.consortia.count > 2 ? 0 : 2)
          + (facts.consortia.count > 2 ? ["the \(facts.consortia.count) consortia"] : [])
        if existing.isEmpty {
          b.advise(Advice(
            status == .risk
              ? "This is a concentration of firms, not yet a cluster: broker horizontal ties among firms" + (broker.map { ", with \($0) as broker" } ?? "") + ": networking sessions by function, then joint projects."
              : "Thicken the horizontal ties among firms" + (broker.map { " (\($0) could broker them)" } ?? "") + ": networking sessions by function, then joint projects.",
            step: .conditions, because: "insight 1: \(Figure.share(l.horizontalReach)) of firms with a trusted tie",
            change: broker == nil ? [] : [c.newProject("NetworkingSessions", .networkingSessions, lead: broker)],
            see: "KNIDGRO's horizontal linkages in Ludhiana (insight 1)"))
        } else {
          b.advise(Advice(
            "Let " + Figure.and(existing) + " turn into lasting, trusted ties among firms before complex joint projects"
              + (facts.trust.value.map { $0 < c.p[.trustLow] ? ": at the declared trust few of the ties carry." : "." } ?? "."),
            step: .conditions, because: "insight 1: \(Figure.share(l.horizontalReach)) of firms with a trusted tie"))
        }
      }
      if !institutionsOK {
        let unlinked = facts.firms.filter { !linkedToInstitutions.contains($0.name) }.sorted { $0.count > $1.count }
        let provider = facts.institutions.filter { !$0.services.isEmpty && !$0.isGovernment }.max { $0.services.count < $1.services.count }
        var change: [String] = []
        if let provider, let group = unlinked.first { change = ["link \(provider.name) -> \(group.name) : service"] }
        b.advise(Advice(
          "Link firms to the support institutions' services"
            + (unlinked.isEmpty ? "" : " (" + Figure.list(unlinked.prefix(3).map(\.name)) + " have none)")
            + (provider.map { "; " + $0.name + " could serve them" } ?? "; the case declares no support institution with services to serve them") + ".",
          step: .conditions, because: "insight 1: \(Figure.share(l.institutionReach)) of firms linked to an institution", change: change))
      }
      if !partnershipOK {
        b.advise(Advice(
          "Turn arm's-length supply links into partnerships founded on information and process sharing.",
          step: .action, because: "insight 1: \(l.partnerships) of \(withMode) vertical links are partnerships"))
      }
      for name in l.unclearMandates {
        b.advise(Advice(
          "Clarify the mandate of \(name): 'Clarity of purpose is a central requirement of non-firm players'.",
          step: .conditions, because: "insight 1, Fayyaz", change: ["set \(name).mandate = clear"]))
      }
    }

    let finding = b.finding(
      status,
      rule: "not applicable without firms; risk: horizontal reach below half of horizontal_reach_min and institution reach below half of institution_reach_min; not assessed when undeclared trust could put the horizontal reach on either side of horizontal_reach_min (its reach with no trust and with full trust) and nothing else is wanting; strength: horizontal reach ≥ horizontal_reach_min (and trust not a risk, insight 6), institution reach ≥ institution_reach_min, partnership share ≥ partnership_share_min (when modes are declared) and clear mandates; else warning",
      parameters: [.horizontalReachMin, .institutionReachMin, .partnershipShareMin, .borderlineBand],
      inputs: [
        TrailInput("firms with a trusted horizontal tie", Figure.share(l.horizontalReach)),
        TrailInput("firms linked to an institution", Figure.share(l.institutionReach)),
        TrailInput("vertical partnerships", partnershipShare.map(Figure.share) ?? "no modes declared"),
        TrailInput("unclear mandates", Figure.list(l.unclearMandates)),
      ])

    let networkTrail = Trail(
      inputs: [TrailInput("nodes (cohorts expanded into firms)", String(c.network.nodes)), TrailInput("edges", String(c.network.edges))],
      rule: "the declared links present in the year expanded deterministically into a graph of firms and actors",
      parameters: ["network_cohort_density", "network_seed", "network_exact_limit", "network_samples"],
      passage: "insight 1: 'It is this more complex set of interactions among the different players that determines the cluster's ability to compete and grow'")
    var brokerTrail = networkTrail
    brokerTrail.rule = c.network.betweennessExact
      ? "betweenness centrality, exact (Brandes); a cohort scores the mean of its firms"
      : "betweenness centrality sampled from \(c.network.betweennessSamples) sources, relative error about \(Figure.share(c.network.betweennessError)); a cohort scores the mean of its firms"
    let indicators = [
      Indicator(
        id: "vertical_links", title: "vertical linkages", value: Double(vertical.count),
        text: "\(vertical.count) (\(l.partnerships) partnership, \(l.armLength) arm's length)", unit: "links",
        trail: Trail(
          inputs: [TrailInput("supplies and customer links", String(vertical.count)), TrailInput("mode partnership", String(l.partnerships)), TrailInput("mode arm_length", String(l.armLength))],
          rule: "count of the vertical links present in the year, by their mode",
          passage: "insight 1: vertical linkages 'can be arm's length or they can involve a true partnership relationship'")),
      Indicator(
        id: "partnership_share", title: "vertical partnerships", value: partnershipShare,
        text: partnershipShare.map(Figure.share) ?? (vertical.isEmpty ? "no vertical links" : "no modes declared"), unit: "share",
        trail: Trail(
          inputs: [TrailInput("partnerships", String(l.partnerships)), TrailInput("vertical links with a mode", String(withMode))],
          rule: "partnership share = partnerships ÷ vertical links whose mode is declared (strength from partnership_share_min)",
          parameters: ["partnership_share_min"],
          passage: "insight 1: a partnership 'founded on information and process sharing and mutual trust'")),
      Indicator(
        id: "horizontal_links", title: "horizontal linkages among firms", value: l.horizontalReach,
        text: "\(Figure.share(l.horizontalReach)) of firms have a trusted tie", unit: "share of firms",
        trail: Trail(
          inputs: facts.links(["cooperation"]).map { link in
            TrailInput(link.description, "density \(link.attributes["density"]?.number.map(Figure.number) ?? "not declared"), trust \(Figure.score(facts.trust(of: link).value))\(facts.trust(of: link).assumed ? " (assumed)" : "")")
          } + [TrailInput("firms", String(facts.firmCount))],
          rule: "not assessed when no cooperation link, consortium or cooperative membership is declared; for each group of firms, the chance a firm has at least one trusted tie: 1 − Π(1 − density × trust)^(possible partners) over its cooperation links (network_cohort_density when a cohort's own link gives none), times (1 − trust) for a producers' cooperative and for a consortium it is in, and at most the highest trust of those ties (a firm that does not trust has no trusted tie, however many partners); weighted by the groups' sizes",
          parameters: ["network_cohort_density", "trust_assumed"],
          passage: "insight 1: 'horizontal linkages between and among the firms in the cluster' … 'At the centre is the collaboration between firms'")),
      Indicator(
        id: "institution_reach", title: "firm–institution linkages", value: l.institutionReach,
        text: "\(Figure.share(l.institutionReach)) of firms linked to an institution", unit: "share of firms",
        trail: Trail(
          inputs: [TrailInput("firms with member or service links to institutions", String(institutionFirms)), TrailInput("firms", String(facts.firmCount))],
          rule: "share of firms with a member or service link to an institution present in the year (strength from institution_reach_min)",
          parameters: ["institution_reach_min"],
          passage: "insight 1: 'Firms must receive, and be aware of receiving, benefits from each of the other players'")),
      Indicator(
        id: "mandates", title: "clarity of support agencies' mandates", value: Double(l.unclearMandates.count),
        text: l.unclearMandates.isEmpty ? "no unclear mandate declared" : "unclear or overlapping: " + Figure.list(l.unclearMandates),
        unit: "institutions",
        trail: Trail(
          inputs: facts.institutions.map { TrailInput($0.name + ".mandate", $0.mandate ?? "not declared") },
          rule: "institutions whose mandate is declared unclear or overlapping",
          passage: "insight 1, Anjum Fayyaz: 'the mandates of support agencies are poorly defined, which results in a lack of focus, an overlapping of activity and weak linkages'")),
      Indicator(id: "network_density", title: "network density", value: c.network.density, text: Figure.approx(c.network.density), trail: networkTrail),
      Indicator(
        id: "network_components", title: "connected components", value: Double(c.network.components),
        text: "\(c.network.components) (largest holds \(Figure.share(c.network.largestComponentShare)) of nodes)", trail: networkTrail),
      Indicator(
        id: "network_clustering", title: "clustering coefficient", value: c.network.clusteringCoefficient,
        text: Figure.approx(c.network.clusteringCoefficient), trail: networkTrail),
      Indicator(
        id: "brokers", title: "top brokers", value: c.network.brokers.first?.betweenness,
        text: Figure.list(c.network.brokers.prefix(3).map(\.name)), trail: brokerTrail),
      Indicator(
        id: "social_capital", title: "social capital", value: l.socialCapital,
        text: l.socialCapital.map(Figure.score) ?? "not assessed (trust not declared)", unit: "0 to 1",
        trail: Trail(
          inputs: [TrailInput("horizontal reach", Figure.share(l.horizontalReach)), TrailInput("institution reach", Figure.share(l.institutionReach)), TrailInput("trust", facts.trust.value.map(Figure.score) ?? "not declared")],
          rule: "the mean of horizontal reach, institution reach and trust; not assessed when trust is not declared",
          passage: "Part 1: clusters 'reinforce inter-firm relationships and cooperation (i.e. they increase social capital)'")),
    ]
    return (finding, indicators, l)
  }
}
