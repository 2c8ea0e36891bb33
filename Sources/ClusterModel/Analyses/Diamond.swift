// Porter's diamond (Part 1): each corner scored 0 to 1 from the inputs the case declares, the
// undeclared ones left out of the mean (a corner with none is not assessed).

import ClusterWorkspace

enum Diamond {
  static func corners(_ c: Context, linkages: Linkages, roles: RolesResult, financing: FinancingResult) -> ([DiamondCorner], [Indicator]) {
    let facts = c.facts
    let p = c.p
    func level(_ word: String?) -> Double? {
      switch word {
      case "strong", "high": return p[.diamondLevelStrong]
      case "moderate", "medium", "latent": return p[.diamondLevelModerate]
      case "weak", "low": return p[.diamondLevelWeak]
      case "none": return 0
      default: return nil
      }
    }
    func mean(_ values: [Double?]) -> Double? {
      let known = values.compactMap { $0 }
      return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
    }
    let skills = facts.institutions.filter { $0.kind?.producesSkills == true }.count
    let infrastructure = facts.cluster["infrastructure"].word
    let demand = facts.cluster["demand"].word
    let leadBuyers = facts.buyers.filter { b in b.lead && facts.links.contains { $0.touches(b.name) } }.count
    let suppliers = facts.firms.filter(\.sellsInsideCluster).reduce(0) { $0 + $1.count }
    let vertical = linkages.verticalLinks
    let trust = facts.trust.value
    let governmentProjects = facts.happened.filter(facts.hasGovernmentPartner).count
    let wto = financing.wtoIncompatible.count
    let hasGovernment = facts.institutions.contains(where: \.isGovernment)
    let governmentScore = max(0, min(1, Double(governmentProjects) / p[.diamondPublicProjectsFull]) - p[.diamondWtoPenalty] * Double(wto))
      * (hasGovernment ? 1 : p[.diamondNoPublicFactor])
    let firms = Double(max(1, facts.firmCount))

    let corners = [
      DiamondCorner(
        id: "factor", name: "factor conditions",
        score: mean([level(infrastructure), min(1, Double(skills) / p[.diamondSkillsFull])]),
        inputs: [TrailInput("infrastructure", infrastructure ?? "not declared"), TrailInput("universities, training and research institutions", String(skills))],
        note: "infrastructure level and institutions producing skills"),
      DiamondCorner(
        id: "demand", name: "demand conditions", score: mean([level(demand), min(1, Double(leadBuyers))]),
        inputs: [TrailInput("international demand", demand ?? "not declared"), TrailInput("lead buyers", String(leadBuyers))],
        note: "demand and sophisticated (lead) buyers"),
      DiamondCorner(
        id: "related", name: "related and supporting industries",
        score: facts.firmCount == 0 ? nil : mean([min(1, Double(suppliers) / firms / p[.diamondSupplierShareFull]), min(1, Double(vertical) / p[.diamondVerticalLinksFull])]),
        inputs: [TrailInput("supplier, jobber and service firms", String(suppliers)), TrailInput("vertical links", String(vertical))],
        note: "suppliers in the cluster and linkages to them"),
      DiamondCorner(
        id: "rivalry", name: "firm strategy, structure and rivalry",
        score: facts.firmCount == 0 ? nil : mean([min(1, firms / p[.establishedMinFirms]), linkages.horizontalReach, trust]),
        inputs: [TrailInput("firms", String(facts.firmCount)), TrailInput("horizontal reach", Figure.share(linkages.horizontalReach)), TrailInput("trust", trust.map(Figure.score) ?? "not declared")],
        note: "enough rivals, balanced by cooperation"),
      DiamondCorner(
        id: "government", name: "government", score: governmentScore,
        inputs: [TrailInput("projects under way with a government partner", String(governmentProjects)), TrailInput("WTO-incompatible instruments in force", String(wto)), TrailInput("government institutions", hasGovernment ? "yes" : "none (donors are not the State)")],
        note: "government partners in projects under way, less for instruments WTO rules no longer allow"),
      DiamondCorner(
        id: "chance", name: "chance", score: nil, inputs: [TrailInput("chance events", "not part of a case")],
        note: "outside the case: not assessed"),
    ]
    let indicators = corners.map { corner in
      Indicator(
        id: "diamond_" + corner.id, title: "diamond: " + corner.name, value: corner.score,
        text: corner.score.map(Figure.score) ?? "not assessed", unit: "0 to 1",
        trail: Trail(
          inputs: corner.inputs, rule: corner.note + " (each declared input scaled to 0–1 and averaged; undeclared ones left out)",
          parameters: ["diamond_level_strong", "diamond_level_moderate", "diamond_level_weak"]
            + (corner.id == "factor" ? ["diamond_skills_full"] : [])
            + (corner.id == "related" ? ["diamond_supplier_share_full", "diamond_vertical_links_full"] : [])
            + (corner.id == "rivalry" ? ["established_min_firms"] : [])
            + (corner.id == "government" ? ["diamond_public_projects_full", "diamond_wto_penalty", "diamond_no_public_factor"] : []),
          passage: "Part 1: Porter's 'diamond model' — 'four sets of interrelated forces determine competitiveness'"))
    }
    return (corners, indicators)
  }
}
