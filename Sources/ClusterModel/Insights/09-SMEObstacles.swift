// Insight 9: "Clusters can effectively overcome obstacles to export promotion facing SMEs." SMEs
// that sell beyond the cluster, acting alone, "cannot effectively promote" their products or meet
// buyers' volumes; consortia (Bangalore machine tools: 56 SMEs in 9 consortia), buyer–seller
// meetings (Ludhiana), joint marketing and fairs overcome it. Judged on how many of those SMEs
// joint action reaches, and on the volume gap when buyers declare their minimum orders.

import ClusterWorkspace

enum SMEObstacles {
  static func assess(_ c: Context) -> (InsightFinding, [Indicator]) {
    let facts = c.facts
    var b = FindingBuilder(9, c.p)
    let limit = c.p[.smeMaxEmployees]
    // SMEs that sell beyond the cluster: suppliers and jobbers sell to the cluster's own firms.
    let smes = facts.firms.filter { !$0.large && ($0.employees ?? 0) <= limit && !$0.sellsInsideCluster }
    let smeCount = smes.reduce(0) { $0 + $1.count }

    // Firms each SME group has in joint export promotion: consortia, and the projects under way
    // of the actors they are members of, are served by, or whose buyers they meet.
    // A consortium's declared firms, shared among its member groups by size: they both promote
    // and pool volumes.
    var inConsortia: [String: Double] = [:]
    for consortium in facts.consortia {
      let pool = consortium.members.compactMap { facts.firmGroup($0)?.count }.reduce(0, +)
      guard pool > 0 else { continue }
      for member in consortium.members {
        guard let group = facts.firmGroup(member) else { continue }
        inConsortia[member, default: 0] += Double(consortium.firms) * Double(group.count) / Double(pool)
      }
    }
    var reached = inConsortia
    let joint = facts.happened.filter { $0.kind?.isJointExportPromotion == true }
    // An association or producers' cooperative that markets for its members markets jointly: one
    // more programme for its members.
    let marketers = Set(facts.institutions.filter { $0.kind?.organizesFirms == true && $0.services.contains("marketing") }.map(\.name))
    var programmes = c.projectsReaching(smes, by: joint)
    for group in smes where facts.links(["member"], of: group.name).contains(where: { $0.from == group.name && marketers.contains($0.to) }) {
      programmes[group.name, default: 0] += 1
    }
    for group in smes {
      guard let k = programmes[group.name] else { continue }
      reached[group.name] = min(Double(group.count), (reached[group.name] ?? 0) + Double(group.count) * c.share(reachedBy: k))
    }
    // Below buyers' minimum orders, only pooled volumes help: consortia, and joint marketing or
    // export-consortium projects (fairs and meetings promote, they do not pool).
    var pooled = inConsortia
    let pooling = c.projectsReaching(smes, by: joint.filter { $0.kind == .exportConsortium || $0.kind == .jointMarketing })
    for group in smes {
      guard let k = pooling[group.name] else { continue }
      pooled[group.name] = min(Double(group.count), (pooled[group.name] ?? 0) + Double(group.count) * c.share(reachedBy: k))
    }
    let minimumOrder = facts.buyers.compactMap(\.minOrder).min()
    func belowMinimum(_ group: FirmGroup) -> Bool {
      guard let m = minimumOrder, let volume = group.exports ?? group.sales else { return false }
      return volume < m
    }
    // SMEs that already export on their own (directly, or to a buyer linked to world markets)
    // at the buyers' volumes have overcome the obstacle.
    let onTheirOwn = Set(smes.filter { group in
      !belowMinimum(group)
        && (group.directExport == true
          || facts.links(["buys", "supplies", "customer"], of: group.name).contains { link in
            facts.buyer(link.from == group.name ? link.to : link.from)?.reach == .global
          })
    }.map(\.name))
    func covered(_ groups: [FirmGroup]) -> Int {
      groups.reduce(0) { $0 + (onTheirOwn.contains($1.name) ? $1.count : Int(min(Double($1.count), reached[$1.name] ?? 0).rounded())) }
    }
    let jointCount = smes.reduce(0) { $0 + Int(min(Double($1.count), reached[$1.name] ?? 0).rounded()) }
    let reachedCount = covered(smes)

    // The volume gap: SMEs whose exports (or sales) per firm are below the smallest minimum order.
    let minimum = minimumOrder
    let below = smes.filter(belowMinimum)
    let belowCount = below.reduce(0) { $0 + $1.count }
    let belowCovered = below.reduce(0) { $0 + Int(min(Double($1.count), pooled[$1.name] ?? 0).rounded()) }
    let base = belowCount > 0 ? belowCount : smeCount
    let cover = base > 0 ? Double(belowCount > 0 ? belowCovered : reachedCount) / Double(base) : 0

    let plannedJoint = facts.projects.filter { $0.kind?.isJointExportPromotion == true && $0.status == .planned }
    let plannedJointKinds = plannedJoint.compactMap(\.kind)
    b.input(!smes.isEmpty || facts.firmCount > 0, declare: "the cluster's firms")
    // Export promotion is for SMEs that export or mean to: a case that says nothing of markets
    // (no export driver, demand, exports, buyer or joint promotion) leaves the insight open.
    let cluster = facts.cluster
    let exportAim =
      cluster["driver"].word == "exports" || cluster["demand"].word != nil || (cluster["exports"].number ?? 0) > 0
      || smes.contains { ($0.exports ?? 0) > 0 || $0.directExport == true }
      || facts.links.contains { l in facts.buyer(l.from) != nil && smes.contains { $0.name == l.to } }
      || !joint.isEmpty || !facts.consortia.isEmpty || !plannedJointKinds.isEmpty
    b.input(exportAim, declare: "whether the SMEs export or mean to (`set \(facts.name).driver = exports`, `demand`, the firms' `exports`, or a buyer)")
    if minimum != nil { b.input(below.isEmpty || smes.allSatisfy { $0.exports != nil || $0.sales != nil }, declare: "the SMEs' `exports` per firm") }
    b.evidence = [
      (exportAim ? "SMEs selling beyond the cluster: " : "SMEs (not suppliers to the cluster's firms): ") + "\(smeCount)",
      "reached by joint export promotion: \(jointCount) (" + Figure.share(smeCount > 0 ? Double(jointCount) / Double(smeCount) : 0) + ")"
        + (facts.consortia.isEmpty ? "" : "; \(Figure.count(facts.consortia.count, "consortium")) of \(facts.consortia.reduce(0) { $0 + $1.firms }) firms")
        + (joint.isEmpty ? "" : "; " + Figure.list(joint.map(\.name)))
        + (marketers.isEmpty ? "" : "; marketing by " + Figure.list(marketers.sorted())),
    ]
    if let minimum {
      b.evidence.append("below buyers' minimum order of \(Figure.money(minimum)): \(belowCount) firms, \(belowCovered) of them pooling volumes (consortia, joint marketing)")
    }
    if !onTheirOwn.isEmpty {
      b.evidence.append("selling to world markets already (directly or to a buyer of global reach): " + Figure.list(smes.filter { onTheirOwn.contains($0.name) }.map { "\($0.name) (\($0.count))" }))
    }
    if !plannedJoint.isEmpty { b.evidence.append("planned: " + Figure.list(plannedJoint.map(\.dated))) }
    b.indicators = ["sme_gap", "joint_promotion"]

    let status: InsightStatus
    if smeCount == 0 || (jointCount == 0 && smes.allSatisfy { onTheirOwn.contains($0.name) }) {
      status = .notApplicable
    } else if !exportAim {
      status = .notAssessed
    } else if b.atLeast(cover, .consortiaCoverMin, figure: "SMEs reached by joint export promotion", meaning: "the share from which joint action covers the SMEs") {
      status = .strength
    } else if belowCount > 0 && belowCovered == 0 {
      status = .risk
    } else {
      status = .warning
    }

    if status == .warning || status == .risk {
      let lead = c.organizer
      let largest = smes.filter { (reached[$0.name] ?? 0) < Double($0.count) }.max { $0.count < $1.count }
      // A developmentally oriented embryonic cluster learns and organizes first; joint export
      // promotion follows (insight 2).
      let later = facts.isDevelopmental && c.stage.candidates == [.embryonic]
      if belowCount > 0 && belowCovered * 2 < belowCount {
        // The volume gap: only pooled volumes close it.
        b.advise(Advice(
          (later ? "Once the first learning and organization are in place, pool" : "Pool") + " the volumes of the SMEs below buyers' minimum orders ("
            + Figure.list(below.map(\.name)) + ") in export consortia — common brochures, sales agents, a warehouse, joint large orders"
            + (lead.map { ", organized by \($0)" } ?? "") + ".",
          step: later ? .extend : .action, because: "insight 9: \(belowCount) firms below \(Figure.money(minimum ?? 0))",
          change: lead == nil ? [] : [c.newProject("ExportConsortium", .exportConsortium, lead: lead)],
          see: "the 9 marketing consortia of the Bangalore machine-tool cluster (insight 9)"))
      } else if plannedJoint.isEmpty {
        b.advise(Advice(
          (later ? "Once the first learning and organization are in place, group the SMEs" : "Group the SMEs")
            + (largest.map { " (such as the \($0.count) firms of \($0.name))" } ?? "") + " in export consortia — common brochures, sales agents, websites, a warehouse — or bring buyers to them in buyer–seller meetings"
            + (lead.map { ", organized by \($0)" } ?? "") + ".",
          step: later ? .extend : .action,
          because: "insight 9: \(Figure.share(cover)) of the SMEs reached by joint action or exporting on their own",
          change: lead == nil || c.has(.buyerSellerMeetings) ? [] : [c.newProject("BuyerSellerMeetings", .buyerSellerMeetings, lead: lead)],
          see: "the Bangalore machine-tool consortia and Ludhiana's buyer–seller meetings (insight 9)"))
      } else {
        b.advise(Advice(
          "Until " + Figure.list(plannedJoint.map(\.dated)) + ", simpler joint action (buyer–seller meetings, joint participation in fairs) reaches the SMEs sooner.",
          step: .action, because: "insight 9: \(Figure.share(cover)) of the SMEs reached by joint action or exporting on their own"))
      }
    }

    let finding = b.finding(
      status,
      rule: "not applicable without SMEs that sell beyond the cluster, or when all of them export on their own (directly, or to a buyer linked to world markets); not assessed when nothing says they export or mean to (no export driver, demand, exports, buyer, consortium or joint promotion); strength: joint export promotion (consortia by their declared firms; k buyer–seller meetings, joint marketing programmes and fairs under way, through their organizers' members, served firms and buyers, and an association or cooperative that markets for its members, reaching 1 − (1 − joint_promotion_reach)^k of a group) reaches, with those exporting on their own, at least consortia_cover_min of them — or, when buyers declare minimum orders and SMEs sell below them, pooled volumes (consortia, joint marketing, export-consortium projects) reach that share of those below; risk: firms below the minimum and none reached; else warning",
      parameters: [.consortiaCoverMin, .jointPromotionReach, .smeMaxEmployees, .borderlineBand],
      inputs: smes.map { TrailInput($0.name, "\($0.count) firms, \(Int((reached[$0.name] ?? 0).rounded())) reached") })

    let indicators = [
      Indicator(
        id: "sme_gap", title: "SMEs below buyers' minimum volumes", value: minimum == nil ? nil : Double(belowCount),
        text: minimum.map { "\(belowCount) firms below \(Figure.money($0))" } ?? "no buyer declares a minimum order",
        unit: "firms",
        trail: Trail(
          inputs: [TrailInput("smallest buyer min_order", minimum.map(Figure.money) ?? "none")] + below.map { TrailInput($0.name, "below") },
          rule: "SME groups whose exports (or sales) per firm are below the smallest buyer minimum order",
          parameters: ["sme_max_employees"],
          passage: "insight 9: 'Acting on their own … they cannot meet the minimum volume requirements of the foreign buyer'")),
      Indicator(
        id: "joint_promotion", title: "SMEs reached by joint export promotion", value: cover,
        text: Figure.share(cover) + (belowCount > 0 ? " of the SMEs below buyers' minimum" : " of the SMEs selling beyond the cluster"),
        unit: "share", trail: finding.trail),
    ]
    return (finding, indicators)
  }
}
