// Insight 10: "Successful clusters are linked to global markets." Firms' exposure to world
// markets: direct export, multinationals' own channels, foreign and export-market buyers (or
// local lead buyers "with extensive global connections"), buyers reached through a consortium;
// second hand, through a supply link to such a firm, weighted by the link's trust. A local
// intermediary is the domestic market. What nobody declared bounds the figure from both sides.

import ClusterWorkspace

enum GlobalMarkets {
  /// Each firm group's exposure as a range: (unknowns as no exposure, unknowns as full).
  static func exposure(_ c: Context) -> [String: (low: Double, high: Double)] {
    let facts = c.facts
    let domesticDriver = facts.cluster["driver"].word == "domestic"
    var direct: [String: (low: Double, high: Double)] = [:]
    for group in facts.firms {
      var low = 0.0
      var high = 0.0
      if group.directExport == true || group.foreign || group.role == "exporter" {
        low = 1
      } else if group.directExport == nil, !group.sellsInsideCluster, !domesticDriver {
        // Whether it exports is not declared (a cluster driven by its domestic market says its
        // firms sell at home).
        high = 1
      }
      for link in facts.links(["buys", "supplies", "customer"], of: group.name) {
        let other = link.from == group.name ? link.to : link.from
        guard let buyer = facts.buyer(other) else { continue }
        switch buyer.reach {
        case .global: low = 1
        case .unknown: high = 1
        case .domestic: break
        }
      }
      direct[group.name] = (low, max(low, high))
    }
    // Buyer–seller meetings under way with buyers of global reach expose the firms they bring to
    // the buyers' requirements (Ludhiana: "awareness of market requirements … buyer contact"),
    // each reaching a share of them.
    let meetings = facts.happened.filter { p in p.kind == .buyerSellerMeetings && p.involved.contains { facts.buyer($0) != nil } }
    let global = meetings.filter { p in p.involved.contains { facts.buyer($0)?.reach == .global } }
    let reachedGlobal = c.projectsReaching(facts.firms, by: global)
    let reachedAny = c.projectsReaching(facts.firms, by: meetings)
    for group in facts.firms {
      var e = direct[group.name] ?? (0, 0)
      if let k = reachedGlobal[group.name] { e.low = max(e.low, c.share(reachedBy: k)) }
      if let k = reachedAny[group.name] { e.high = max(e.high, c.share(reachedBy: k)) }
      direct[group.name] = e
    }
    // Consortia reach their buyers and markets for the members' firms they group.
    for consortium in facts.consortia {
      let buyers = facts.links(["buys", "supplies", "customer"], of: consortium.name)
        .compactMap { link in facts.buyer(link.from == consortium.name ? link.to : link.from) }
      let global = buyers.contains { $0.reach == .global } || !consortium.markets.isEmpty
      let unknown = buyers.contains { $0.reach == .unknown }
      guard global || unknown else { continue }
      // Members not declared: any of the cluster's firms may be in it (the high bound only).
      let members = consortium.members.isEmpty ? facts.firms.map(\.name) : consortium.members
      let known = !consortium.members.isEmpty
      let pool = members.compactMap { facts.firmGroup($0)?.count }.reduce(0, +)
      for member in members {
        guard let group = facts.firmGroup(member), pool > 0 else { continue }
        let share = min(1, Double(consortium.firms) / Double(pool))
        var e = direct[member] ?? (0, 0)
        if global && known { e.low = max(e.low, share) }
        e.high = max(e.high, global || unknown ? max(e.low, share) : e.high)
        if group.count > 0 { direct[member] = e }
      }
    }
    // Second hand: a firm that supplies an exposed one, as far as the link's trust carries.
    var exposure = direct
    for link in facts.links(["supplies", "customer"]) {
      let (supplier, customer) = link.kind == "supplies" ? (link.from, link.to) : (link.to, link.from)
      guard let s = exposure[supplier], let d = direct[customer] else { continue }
      let t = facts.trust(of: link).value
      exposure[supplier] = (max(s.low, t * d.low), max(s.high, t * d.high))
    }
    return exposure
  }

  static func assess(_ c: Context) -> (InsightFinding, [Indicator]) {
    let facts = c.facts
    var b = FindingBuilder(10, c.p)
    let e = exposure(c)
    let firms = Double(max(1, facts.firmCount))
    let low = facts.firms.reduce(0.0) { $0 + Double($1.count) * (e[$1.name]?.low ?? 0) } / firms
    let high = facts.firms.reduce(0.0) { $0 + Double($1.count) * (e[$1.name]?.high ?? 0) } / firms
    let directFirms = facts.firms.filter { (e[$0.name]?.low ?? 0) >= 1 }.reduce(0) { $0 + $1.count }
    let linked = Set(facts.links.flatMap { [$0.from, $0.to] })
    let leadBuyers = facts.buyers.filter { $0.lead && $0.reach != .domestic && linked.contains($0.name) }.map(\.name)
    // Large firms with their own channels to world markets: "Large firms and TNCs" (UNIDO table).
    let keyFirms = facts.largeFirms.filter { $0.foreign || $0.directExport == true || $0.role == "exporter" }.map(\.name)
    let domestic = facts.buyers.filter { $0.reach == .domestic && linked.contains($0.name) }.map(\.name)
    let unknownBuyers = facts.buyers.filter { $0.reach == .unknown && linked.contains($0.name) }.map(\.name)
    let unknownFirms = facts.firms.filter { $0.directExport == nil && !$0.sellsInsideCluster && (e[$0.name]?.high ?? 0) > (e[$0.name]?.low ?? 0) }.map(\.name)

    for name in unknownBuyers { b.input(false, declare: "`\(name).origin` (foreign, or local)") }
    if unknownBuyers.isEmpty, !unknownFirms.isEmpty {
      b.input(false, declare: "how " + Figure.list(Array(unknownFirms.prefix(3))) + " reach export markets: `direct_export`, or a `buys` link from a buyer")
    }
    b.input(facts.firmCount > 0, declare: "the cluster's firms")

    let range = Figure.share(low) == Figure.share(high) ? Figure.share(low) : Figure.share(low) + " to " + Figure.share(high)
    b.evidence = [
      "exposed to world markets: " + range + " of firms (weighted); \(directFirms) fully (exporting directly or selling to a buyer of global reach)",
      "lead buyers: " + Figure.list(leadBuyers) + (keyFirms.isEmpty ? "" : "; large firms with their own channels: " + Figure.list(Array(keyFirms.prefix(4)))),
    ]
    if !domestic.isEmpty { b.evidence.append("domestic buyers and intermediaries (not a global link): " + Figure.list(domestic)) }
    if !unknownBuyers.isEmpty { b.evidence.append("buyers of undeclared origin: " + Figure.list(unknownBuyers)) }
    b.indicators = ["buyer_reach", "lead_buyers"]

    let minimum = c.p[.buyerReachMin]
    let status: InsightStatus
    if facts.firmCount == 0 {
      status = .notApplicable
    } else if b.atLeast(low, .buyerReachMin, figure: "firms exposed to world markets", meaning: "the share from which the cluster counts as linked to global markets") {
      status = leadBuyers.isEmpty && keyFirms.isEmpty ? .warning : .strength
    } else if high < minimum {
      status = high == 0 ? .risk : .warning
    } else {
      status = .notAssessed
    }

    if status == .warning || status == .risk {
      if low < minimum {
        // Only the channels the case lacks; meetings come with an export buyer the case has.
        let lead = c.organizer
        let globalBuyers = facts.buyers.filter { $0.reach == .global }.map(\.name)
        // Fairs and meetings already bring buyers to the cluster: widen them rather than add one.
        let meetings = facts.projects.filter {
          [.buyerSellerMeetings, .tradeFair, .tradeFairComplex].contains($0.kind) && $0.status != .dropped && $0.status != .failed
        }
        var ways: [String] = []
        if meetings.isEmpty { ways.append("buyer–seller meetings with export buyers" + (globalBuyers.first.map { " (\($0))" } ?? "")) }
        if facts.consortia.isEmpty && !facts.projects.contains(where: { $0.kind == .exportConsortium }) {
          ways.append("export consortia")
        } else if facts.consortia.contains(where: { $0.markets.isEmpty }) {
          ways.append("taking more of the consortia to export markets")
        }
        if !domestic.isEmpty { ways.append("direct export rather than through " + Figure.list(domestic) + ", a domestic channel") }
        if ways.isEmpty { ways.append("letting " + Figure.and(meetings.map(\.name)) + " bring export buyers") }
        var change: [String] = []
        if meetings.isEmpty, let lead, let buyer = globalBuyers.first, let year = c.year {
          change = ["intervention \(c.freshName("ExportBuyerMeetings")) { kind: buyer_seller_meetings, lead: \(lead), partners: [\(buyer)], start: \(year) }"]
        }
        b.advise(Advice(
          "Link more firms to world markets: " + Figure.and(ways) + ".",
          step: .extend, because: "insight 10: \(Figure.share(low)) of firms exposed", change: change,
          see: "Ludhiana's buyer–seller meetings (insight 9); Nespresso in Caldas (insight 10)"))
      }
      if leadBuyers.isEmpty && keyFirms.isEmpty {
        let global = facts.buyers.filter { $0.reach == .global && linked.contains($0.name) }.map(\.name)
        if let candidate = global.first {
          b.advise(Advice(
            "Nurture \(candidate) into a lead buyer with a long-term stake: clear market requirements, logistics, quality programmes.",
            step: .extend, because: "insight 10: no lead buyer", change: ["set \(candidate).lead = true"]))
        } else {
          b.advise(Advice(
            "Identify and nurture a lead buyer with a long-term stake; it need not be foreign — a sizeable local buyer with global connections will do.",
            step: .extend, because: "insight 10: no lead buyer"))
        }
      }
    }

    let finding = b.finding(
      status,
      rule: "not applicable without firms; each firm group's exposure: 1 for direct export, an exporter's role, a foreign firm (its own channels), a link to a foreign buyer, an importer or multinational, or a local lead buyer; its share of a consortium with export buyers or markets; 1 − (1 − joint_promotion_reach)^k for firms k buyer–seller meetings under way bring to buyers of global reach; trust × its customer's exposure for a supplier; undeclared export status and buyers of undeclared origin bound it from 0 to 1. Strength: the low bound reaches buyer_reach_min and a lead buyer or a large firm with its own channels exists; not assessed when only the high bound reaches it; risk when no firm can be exposed; else warning",
      parameters: [.buyerReachMin, .trustAssumed, .borderlineBand],
      inputs: facts.firms.map { g in TrailInput(g.name, "\(g.count) firms, exposure " + (e[g.name].map { $0.low == $0.high ? Figure.score($0.low) : Figure.score($0.low) + " to " + Figure.score($0.high) } ?? "0")) })
    let indicators = [
      Indicator(
        id: "buyer_reach", title: "firms exposed to world markets", value: low,
        text: range + " of firms, \(directFirms) fully exposed",
        unit: "share of firms", trail: finding.trail),
      Indicator(
        id: "lead_buyers", title: "lead buyers", value: Double(leadBuyers.count), text: Figure.list(leadBuyers), unit: "buyers",
        trail: Trail(
          inputs: facts.buyers.map { TrailInput($0.name, "lead \($0.lead ? "yes" : "no"), origin \($0.origin ?? "not declared")") },
          rule: "buyers declared lead: true (a long-term stake), not domestic intermediaries, linked to the cluster in the year",
          passage: "insight 10: 'the involvement of one or more leading buyers has proved beneficial for SME-dominated clusters' … 'They can be sizeable local buyers with extensive global connections'")),
    ]
    return (finding, indicators)
  }
}
