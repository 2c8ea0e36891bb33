// The indicators of each part of the paper, computed from the facts with a trail each.

import ClusterWorkspace

extension Assessment {
  // MARK: prerequisites [insight 2]

  mutating func prerequisites() {
    let smes = facts.smeCount
    let large = facts.largeFirms.map(\.name)
    let minSMEs = p["production_base_min_smes"]
    let base = Double(smes) >= minSMEs
    add(Indicator(
      id: "production_base", title: "production base of SMEs", value: Double(smes),
      text: base ? "\(smes) SMEs" + (large.isEmpty ? "" : "; lead producers: " + Figure.list(large)) : "only \(smes) SMEs",
      unit: "firms",
      trail: Trail(
        inputs: [TrailInput("SMEs (firms of at most sme_max_employees)", String(smes)), TrailInput("large firms", Figure.list(large))],
        rule: "a production base exists when SMEs ≥ production_base_min_smes",
        parameters: ["sme_max_employees", "production_base_min_smes", "large_firm_min_employees"],
        passage: "insight 2: 'Confirmed production capacity within the target geographic area based on SMEs (and possibly one or more larger, prospective lead producers)'")))
    let advantage = facts.cluster["advantage"].words
    add(Indicator(
      id: "advantage", title: "competitive advantage", value: advantage.isEmpty ? 0 : 1,
      text: advantage.isEmpty ? "none declared" : Figure.list(advantage),
      trail: Trail(
        inputs: [TrailInput("cluster advantage", Figure.list(advantage))],
        rule: "present when the cluster declares at least one advantage (process, product, location, cost)",
        passage: "insight 2: 'Some form of actual or potential competitive advantage (defined in terms of process, product, location or cost)'")))
    let readiness = facts.cluster["readiness"].word
    let cooperation = !facts.links(.horizontal).isEmpty
    let ready = readiness == "latent" || readiness == "high" || (readiness == nil && cooperation)
    add(Indicator(
      id: "readiness", title: "readiness to cooperate", value: ready ? 1 : 0,
      text: readiness ?? (cooperation ? "cooperation links exist" : "not declared"),
      trail: Trail(
        inputs: [TrailInput("cluster readiness", readiness ?? "not declared"), TrailInput("cooperation links", String(facts.links(.horizontal).count))],
        rule: "ready when readiness is latent or high, or, when undeclared, when firms already cooperate",
        passage: "insight 2: 'A latent readiness among producers to cooperate'")))
    let demand = facts.cluster["demand"].word
    let international = demand == "moderate" || demand == "strong"
    add(Indicator(
      id: "demand", title: "international demand", value: international ? 1 : 0, text: demand ?? "not declared",
      trail: Trail(
        inputs: [TrailInput("cluster demand", demand ?? "not declared")],
        rule: "present when international demand is moderate or strong",
        passage: "insight 2: 'for an export-oriented cluster, there must also be international demand for the product'")))
    var missing: [String] = []
    if !base { missing.append("a production base of SMEs") }
    if advantage.isEmpty { missing.append("a competitive advantage") }
    if !ready { missing.append("readiness to cooperate") }
    if !international { missing.append("international demand") }
    add(Indicator(
      id: "prerequisites", title: "prerequisites", value: Double(4 - missing.count),
      text: missing.isEmpty ? "can be enhanced" : "missing: " + missing.joined(separator: ", "), unit: "of 4",
      trail: Trail(
        inputs: [TrailInput("present", "\(4 - missing.count) of 4"), TrailInput("missing", Figure.list(missing))],
        rule: "all four present: the cluster can be enhanced; any missing: it cannot be created 'from scratch'",
        parameters: ["production_base_min_smes"],
        passage: "insight 2: 'Clusters can be enhanced, and even induced, but they cannot be created from scratch'")))
  }

  // MARK: between the boxes [insight 1]

  mutating func betweenTheBoxes(_ network: NetworkResult) {
    let firms = max(1, facts.firmCount)
    let vertical = facts.links(.vertical)
    let partnerships = vertical.filter { $0.attributes["mode"]?.word == "partnership" }.count
    let armLength = vertical.filter { $0.attributes["mode"]?.word == "arm_length" }.count
    add(Indicator(
      id: "vertical_links", title: "vertical linkages", value: Double(vertical.count),
      text: "\(vertical.count) (\(partnerships) partnership, \(armLength) arm's length)", unit: "links",
      trail: Trail(
        inputs: [TrailInput("supplies and customer links", String(vertical.count)), TrailInput("mode partnership", String(partnerships)), TrailInput("mode arm_length", String(armLength))],
        rule: "count of declared vertical links, by their mode",
        passage: "insight 1: vertical linkages 'can be arm's length or they can involve a true partnership relationship'")))
    let share = vertical.isEmpty ? nil : Double(partnerships) / Double(vertical.count)
    add(Indicator(
      id: "partnership_share", title: "vertical partnerships", value: share,
      text: share.map(Figure.share) ?? "no vertical links", unit: "share",
      trail: Trail(
        inputs: [TrailInput("partnerships", String(partnerships)), TrailInput("vertical links", String(vertical.count))],
        rule: "partnership share = partnerships ÷ vertical links (strength from partnership_share_min)",
        parameters: ["partnership_share_min"],
        passage: "insight 1: a partnership 'founded on information and process sharing and mutual trust'")))
    // Firms in cooperation links, in a cohort's ties among its own firms, members of a cooperative
    // (organized cooperation among producers) or of a consortium.
    var horizontal: Set<String> = []
    for link in facts.links(.horizontal) {
      for end in [link.from, link.to] where facts.firmGroup(end) != nil { horizontal.insert(end) }
    }
    let cooperatives = Set(facts.institutions.filter { $0.kind == "cooperative" }.map(\.name))
    for link in facts.cluster.links where link.kind == "member" && cooperatives.contains(link.to) {
      horizontal.insert(link.from)
    }
    for consortium in facts.consortia { horizontal.formUnion(consortium["members"].names) }
    let horizontalFirms = facts.firms.filter { horizontal.contains($0.name) }.reduce(0) { $0 + $1.count }
    let horizontalReach = Double(min(firms, horizontalFirms)) / Double(firms)
    add(Indicator(
      id: "horizontal_links", title: "horizontal linkages among firms", value: horizontalReach,
      text: "\(Figure.count(facts.links(.horizontal).count, "link")) reaching \(Figure.share(horizontalReach)) of firms", unit: "share of firms",
      trail: Trail(
        inputs: [TrailInput("cooperation links", String(facts.links(.horizontal).count)), TrailInput("firms", String(facts.firmCount))],
        rule: "share of firms in a cooperation link (a cohort's link to itself reaches the whole cohort), a cooperative or a consortium",
        passage: "insight 1: 'horizontal linkages between and among the firms in the cluster'")))
    let institutionFirms = facts.firmsLinked(by: [.institutional], toKinds: [.institution])
    let reach = Double(institutionFirms) / Double(firms)
    add(Indicator(
      id: "institution_reach", title: "firm–institution linkages", value: reach,
      text: "\(Figure.share(reach)) of firms linked to an institution", unit: "share of firms",
      trail: Trail(
        inputs: [TrailInput("firms with member or service links to institutions", String(institutionFirms)), TrailInput("firms", String(facts.firmCount))],
        rule: "share of firms with a member or service link to an institution (strength from institution_reach_min)",
        parameters: ["institution_reach_min"],
        passage: "insight 1: 'Firms must receive, and be aware of receiving, benefits from each of the other players'")))
    let unclear = facts.institutions.filter { $0.mandate == "unclear" || $0.mandate == "overlapping" }.map(\.name)
    add(Indicator(
      id: "mandates", title: "clarity of support agencies' mandates", value: Double(unclear.count),
      text: unclear.isEmpty ? "no unclear mandate declared" : "unclear or overlapping: " + Figure.list(unclear), unit: "institutions",
      trail: Trail(
        inputs: facts.institutions.map { TrailInput($0.name + ".mandate", $0.mandate ?? "not declared") },
        rule: "institutions whose mandate is declared unclear or overlapping",
        passage: "insight 1, Anjum Fayyaz: 'the mandates of support agencies are poorly defined, which results in a lack of focus, an overlapping of activity and weak linkages'")))
    let networkTrail = Trail(
      inputs: [TrailInput("nodes (cohorts expanded into firms)", String(network.nodes)), TrailInput("edges", String(network.edges))],
      rule: "the declared links expanded deterministically into a graph of firms and actors",
      parameters: ["network_cohort_density", "network_seed", "network_exact_limit", "network_samples"],
      passage: "insight 1: 'It is this more complex set of interactions among the different players that determines the cluster's ability to compete and grow'")
    add(Indicator(id: "network_density", title: "network density", value: network.density, text: Figure.number(network.density), trail: networkTrail))
    add(Indicator(
      id: "network_components", title: "connected components", value: Double(network.components),
      text: "\(network.components) (largest holds \(Figure.share(network.largestComponentShare)) of nodes)", trail: networkTrail))
    add(Indicator(
      id: "network_clustering", title: "clustering coefficient", value: network.clusteringCoefficient,
      text: Figure.number(network.clusteringCoefficient), trail: networkTrail))
    var brokerTrail = networkTrail
    brokerTrail.rule = network.betweennessExact
      ? "betweenness centrality, exact (Brandes); a cohort scores the mean of its firms"
      : "betweenness centrality sampled from \(network.betweennessSamples) sources, relative error about \(Figure.share(network.betweennessError)); a cohort scores the mean of its firms"
    add(Indicator(
      id: "brokers", title: "top brokers", value: network.brokers.first?.betweenness,
      text: Figure.list(network.brokers.prefix(3).map(\.name)), trail: brokerTrail))
    let trust = facts.trust.value ?? 0
    let social = (horizontalReach + reach + trust) / 3
    add(Indicator(
      id: "social_capital", title: "social capital", value: social, text: Figure.number(social), unit: "0 to 1",
      trail: Trail(
        inputs: [TrailInput("horizontal reach", Figure.share(horizontalReach)), TrailInput("institution reach", Figure.share(reach)), TrailInput("mean trust", facts.trust.value.map(Figure.number) ?? "not declared (0)")],
        rule: "the mean of horizontal reach, institution reach and trust",
        passage: "Part 1: clusters 'reinforce inter-firm relationships and cooperation (i.e. they increase social capital)'")))
  }

  // MARK: trust [insight 6]

  mutating func trustIndicators() {
    let (trust, sources) = facts.trust
    let builders = facts.projects.filter { $0.kind == "networking_sessions" || $0.kind == "awareness_building" }.map(\.name)
    add(Indicator(
      id: "trust", title: "trust", value: trust,
      text: trust.map { Figure.number($0) + " (from \(sources) value\(sources == 1 ? "" : "s"))" } ?? "not declared",
      unit: "0 to 1",
      trail: Trail(
        inputs: [TrailInput("cluster trust", facts.cluster["trust"].number.map(Figure.number) ?? "not declared"), TrailInput("links with trust", String(max(0, sources - (facts.cluster["trust"].number == nil ? 0 : 1)))), TrailInput("trust-building projects", Figure.list(builders))],
        rule: "the mean of the cluster's trust and its links' trust; low below trust_low, strong from trust_high",
        parameters: ["trust_low", "trust_high"],
        passage: "insight 6: 'Without trust, and the institutions that foster trust among cluster members, clusters cannot succeed'")))
  }

  // MARK: SME obstacles [insight 9]

  mutating func smeObstacles() {
    let minimums = facts.buyers.compactMap { $0["min_order"].number }
    let limit = p["sme_max_employees"]
    guard let smallest = minimums.min() else {
      add(Indicator(
        id: "sme_gap", title: "SMEs below buyers' minimum volumes", value: nil, text: "no buyer declares a minimum order",
        trail: Trail(
          inputs: [TrailInput("buyers with min_order", "0")],
          rule: "firms whose exports (or sales) per firm are below the smallest buyer minimum order",
          passage: "insight 9: 'they cannot meet the minimum volume requirements of the foreign buyer'")))
      add(Indicator(
        id: "consortia_cover", title: "SMEs grouped in consortia", value: nil,
        text: "\(facts.consortia.count) consortia; no volume gap to cover without buyers' minimum orders",
        trail: Trail(
          inputs: [TrailInput("consortia", String(facts.consortia.count))],
          rule: "firms grouped by consortia whose members include the SME groups below the minimum, ÷ those SMEs",
          passage: "insight 9: 'The consortium approach has proven an effective tool'")))
      return
    }
    var below: [String] = []
    var belowFirms = 0
    for group in facts.firms where !group.large && (group.employees ?? 0) <= limit {
      guard let volume = group.exports ?? group.sales, volume < smallest else { continue }
      below.append(group.name)
      belowFirms += group.count
    }
    add(Indicator(
      id: "sme_gap", title: "SMEs below buyers' minimum volumes", value: Double(belowFirms),
      text: "\(belowFirms) firms (\(Figure.list(below))) below \(Figure.money(smallest))", unit: "firms",
      trail: Trail(
        inputs: [TrailInput("smallest buyer min_order", Figure.money(smallest))] + below.map { TrailInput($0, "below") },
        rule: "SME groups whose exports per firm (or sales) are below the smallest buyer minimum order",
        parameters: ["sme_max_employees"],
        passage: "insight 9: 'Acting on their own … they cannot meet the minimum volume requirements of the foreign buyer'")))
    var covered = 0
    for consortium in facts.consortia {
      let members = consortium["members"].names
      guard members.contains(where: below.contains) else { continue }
      covered += Int(consortium["firms"].number ?? Double(members.compactMap { facts.firmGroup($0)?.count }.reduce(0, +)))
    }
    let joint = facts.projects.filter { ["export_consortium", "joint_marketing"].contains($0.kind ?? "") }.map(\.name)
    let cover = belowFirms == 0 ? 1 : min(1, Double(covered) / Double(belowFirms))
    add(Indicator(
      id: "consortia_cover", title: "SMEs grouped in consortia", value: cover,
      text: "\(covered) of \(belowFirms) firms below the minimum are in consortia" + (joint.isEmpty ? "" : "; joint marketing: " + Figure.list(joint)),
      unit: "share",
      trail: Trail(
        inputs: [TrailInput("consortia", String(facts.consortia.count)), TrailInput("firms in consortia drawing on those SMEs", String(covered)), TrailInput("export_consortium or joint_marketing projects", Figure.list(joint))],
        rule: "firms grouped by consortia whose members include the SME groups below the minimum, ÷ those SMEs",
        passage: "insight 9: 'The consortium approach has proven an effective tool … 56 SMEs were organized into 9 marketing consortiums'")))
  }

  // MARK: links to global markets [insight 10]

  mutating func globalMarkets() {
    // Reached directly: a buys or supplies link with a buyer, or direct export. Reached through
    // the supply chain: firms that supply a directly reached firm.
    let buyerNames = Set(facts.buyers.map(\.name))
    var direct: Set<String> = Set(facts.firms.filter(\.directExport).map(\.name))
    for link in facts.cluster.links where ["buys", "supplies", "customer"].contains(link.kind) {
      if buyerNames.contains(link.from), facts.firmGroup(link.to) != nil { direct.insert(link.to) }
      if buyerNames.contains(link.to), facts.firmGroup(link.from) != nil { direct.insert(link.from) }
    }
    var indirect: Set<String> = []
    for link in facts.links(.vertical) where link.kind == "supplies" && direct.contains(link.to) && !direct.contains(link.from) {
      if facts.firmGroup(link.from) != nil { indirect.insert(link.from) }
    }
    let firms = facts.firms
    func count(_ names: Set<String>) -> Int { firms.filter { names.contains($0.name) }.reduce(0) { $0 + $1.count } }
    let linked = count(direct) + count(indirect)
    let share = facts.firmCount == 0 ? 0 : Double(linked) / Double(facts.firmCount)
    add(Indicator(
      id: "buyer_reach", title: "firms linked to buyers", value: share,
      text: "\(linked) of \(facts.firmCount) firms (\(Figure.share(share))): \(count(direct)) directly, \(count(indirect)) through the supply chain",
      unit: "share of firms",
      trail: Trail(
        inputs: [TrailInput("firms linked to a buyer or exporting directly", String(count(direct))), TrailInput("firms supplying those", String(count(indirect))), TrailInput("firms", String(facts.firmCount))],
        rule: "share of firms linked to a buyer, exporting directly, or supplying such a firm (strength from buyer_reach_min)",
        parameters: ["buyer_reach_min"],
        passage: "insight 10: 'Firms inside a cluster must also have enough exposure to world markets'")))
    // A lead buyer counts when it is linked to the cluster: a stake, not a name.
    let lead = facts.buyers.filter { b in b["lead"].bool == true && facts.cluster.links.contains { $0.touches(b.name) } }.map(\.name)
    add(Indicator(
      id: "lead_buyers", title: "lead buyers", value: Double(lead.count), text: Figure.list(lead), unit: "buyers",
      trail: Trail(
        inputs: facts.buyers.map { TrailInput($0.name + ".lead", $0["lead"].bool.map { $0 ? "true" : "false" } ?? "not declared") },
        rule: "buyers declared lead: true (a long-term stake in the cluster) that are linked to the cluster",
        passage: "insight 10: 'the involvement of one or more leading buyers has proved beneficial for SME-dominated clusters' (Nespresso in Caldas)")))
  }
}
