// Clusters side by side: the rows of the UNIDO table in insight 5 (key players, the roles of
// large firms, local support institutions and the State, key constraints), derived from facts.

import ClusterWorkspace

/// One row of a comparison: a label and one cell per cluster.
public struct ComparisonRow: Sendable {
  public let label: String
  public let cells: [String]
  /// How the row is derived.
  public let rule: String
}

public enum Comparison {
  /// The rows comparing evaluated clusters, in the order given.
  public static func rows(_ evaluations: [Evaluation]) -> [ComparisonRow] {
    func row(_ label: String, _ rule: String, _ cell: (Evaluation) -> String) -> ComparisonRow {
      ComparisonRow(label: label, cells: evaluations.map(cell), rule: rule)
    }
    var rows = [
      row("type", "declared `type`") { $0.facts.type?.rawValue ?? "—" },
      row("year", "declared `year`") { $0.facts.year.map(String.init) ?? "—" },
      row("stage", "life-cycle stage (`why stage`)") { $0.stage.text },
      row("firms", "firms, cohorts counted by size") { String($0.facts.firmCount) },
      row("exports", "declared cluster `exports`") { e in e.facts.cluster["exports"].number.map(Figure.money) ?? "—" },
      row("key players", "lead buyers with links → 'Foreign buyers' (all foreign) or 'Buyers'; else large firms that SMEs supply → 'Large firms' ('and TNCs' when some are foreign); else linked buyers; else — (none derived)", keyPlayers),
      row("role of large firms", "'Yes' when any firm is large or a lead producer (large_firm_min_employees)") { $0.facts.largeFirms.isEmpty ? "No" : "Yes" },
      row("role of local support institutions", "score = Σ over local non-public support institutions of 1 + support_service_weight × their services; levels from institutions_limited, institutions_important, institutions_very_important", localInstitutions),
      row("role of the State", "'Important' when public money or public-led projects reach state_important_share; 'Limited' with some public role; else 'Minimal'", state),
      row("key constraints", "declared `constraints`, plus infrastructure when `infrastructure` is weak or none", constraints),
    ]
    for n in 1...10 {
      rows.append(row("insight \(n)", Insight.titles[n - 1]) { $0.insights[n - 1].status.rawValue })
    }
    return rows
  }

  /// Who the cluster's linkages centre on: lead buyers first (insight 10), then large firms that
  /// SMEs supply (networks around lead producers, foreign ones being TNCs), then other buyers.
  static func keyPlayers(_ e: Evaluation) -> String {
    let f = e.facts
    func buyers(_ list: [BuyerFact]) -> String {
      list.allSatisfy { $0.origin == "foreign" } ? "Foreign buyers" : "Buyers"
    }
    let linkedBuyers = f.buyers.filter { b in f.links.contains { $0.touches(b.name) } }
    let leadBuyers = linkedBuyers.filter(\.lead)
    if !leadBuyers.isEmpty { return buyers(leadBuyers) }
    let largeNames = Set(f.largeFirms.map(\.name))
    let hubs = f.links(["supplies", "customer"]).filter { largeNames.contains($0.to) && !largeNames.contains($0.from) }.map(\.to)
    if !hubs.isEmpty {
      let hubGroups = f.largeFirms.filter { hubs.contains($0.name) }
      if hubGroups.contains(where: \.foreign) {
        return hubGroups.contains(where: { !$0.foreign }) ? "Large firms and TNCs" : "TNCs"
      }
      return "Large firms"
    }
    if !linkedBuyers.isEmpty { return buyers(linkedBuyers) }
    return "—"
  }

  /// Institutions that support firms locally: associations, service and technical centres, training,
  /// universities and research, chambers, standards bodies, cooperatives, NGOs and local financiers.
  static let supportKinds: Set<InstitutionKind> = [
    .association, .university, .training, .research, .service, .chamber, .standards, .cooperative, .ngo, .finance,
  ]

  /// The local support score behind "role of local support institutions".
  public static func localSupportScore(_ f: Facts) -> Double {
    let perService = f.parameters[.supportServiceWeight]
    return f.institutions.filter { !$0.isGovernment && $0.sector != .donor && $0.isLocal && $0.kind.map(supportKinds.contains) == true }
      .reduce(0) { $0 + 1 + perService * Double($1.services.count) }
  }

  static func localInstitutions(_ e: Evaluation) -> String {
    let p = e.facts.parameters
    let score = localSupportScore(e.facts)
    if score >= p[.institutionsVeryImportant] { return "Very important" }
    if score >= p[.institutionsImportant] { return "Important" }
    if score >= p[.institutionsLimited] { return "Limited" }
    return "Minimal"
  }

  static func state(_ e: Evaluation) -> String {
    let f = e.facts
    let share = e.financing.publicShare ?? 0
    let led = f.projects.filter { $0.lead.map(f.isGovernment) ?? false }.count
    let ledShare = f.projects.isEmpty ? 0 : Double(led) / Double(f.projects.count)
    let threshold = f.parameters[.stateImportantShare]
    if share >= threshold || ledShare >= threshold { return "Important" }
    if f.projects.contains(where: f.hasGovernmentPartner) || f.institutions.contains(where: \.isGovernment) { return "Limited" }
    return "Minimal"
  }

  static func constraints(_ e: Evaluation) -> String {
    var list = e.facts.cluster["constraints"].words
    if ["weak", "none"].contains(e.facts.cluster["infrastructure"].word ?? ""), !list.contains("infrastructure") {
      list.insert("infrastructure", at: 0)
    }
    return list.isEmpty ? "—" : list.map { $0.prefix(1).uppercased() + $0.dropFirst().split(separator: "_").joined(separator: " ") }.joined(separator: ", ")
  }
}
