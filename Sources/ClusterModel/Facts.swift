// Facts: what a cluster's declarations say, read once into plain values (firms by size and
// role, institutions by sector, interventions with their gear, cost and public share, links by
// category) so every rule reads the same facts the same way.

import ClusterWorkspace

/// An actor that stands for one or more firms.
public struct FirmGroup: Sendable {
  public let name: String
  public let count: Int
  public let role: String?
  public let employees: Double?
  public let exports: Double?
  public let sales: Double?
  public let large: Bool
  public let foreign: Bool
  public let directExport: Bool
  public let informal: Bool
  public let technology: String?
  public let stages: [String]
  public let certifications: [String]
  public let founded: Int?
}

/// An intervention with what the rules need resolved: gear and complexity (declared, or from
/// its kind), cost, and the money by sector of the source.
public struct Project: Sendable {
  public let name: String
  public let kind: String?
  public let gear: String?
  public let complexity: String
  public let lead: String?
  public let partners: [String]
  /// Everyone involved: lead, partners and funders.
  public let involved: [String]
  public let start: Int?
  public let status: String
  public let cost: Double
  public let publicMoney: Double
  public let privateMoney: Double
  public let financing: String?
  public let effects: [String: Double]

  /// Planned projects have not happened yet.
  public var isPlanned: Bool { status == "planned" || status == "dropped" || status == "failed" }
}

/// An institution with its sector resolved.
public struct InstitutionFact: Sendable {
  public let name: String
  public let kind: String?
  public let isPublic: Bool
  public let isLocal: Bool
  public let roles: [String]
  public let services: [String]
  public let mandate: String?
  public let formal: Bool
  public let respected: Bool
  public let budget: Double
}

/// Link categories of insight 1.
public enum LinkCategory: String, Sendable, CaseIterable {
  case vertical, horizontal, institutional, buyer
}

/// Everything the rules read about one cluster.
public struct Facts: Sendable {
  public let cluster: Cluster
  public let name: String
  public let type: String?
  public let year: Int?
  public let firms: [FirmGroup]
  public let institutions: [InstitutionFact]
  public let buyers: [Entity]
  public let consortia: [Entity]
  public let projects: [Project]
  public let parameters: ParameterSet

  public init(_ cluster: Cluster, parameters: ParameterSet) {
    self.cluster = cluster
    self.parameters = parameters
    name = cluster.name
    type = cluster["type"].word
    year = cluster["year"].number.map { Int($0) }
    let largeMin = parameters["large_firm_min_employees"]
    firms = cluster.entities.filter { $0.kind == .firm || $0.kind == .cohort }.map { e in
      let employees = e["employees"].number
      let size = e["size"].word
      return FirmGroup(
        name: e.name, count: e.firmCount, role: e["role"].word, employees: employees,
        exports: e["exports"].number, sales: e["sales"].number,
        large: size == "large" || e["role"].word == "lead_producer" || (employees ?? 0) >= largeMin,
        foreign: e["foreign"].bool ?? false, directExport: e["direct_export"].bool ?? false,
        informal: e["informal"].bool ?? false, technology: e["technology"].word,
        stages: e["stages"].words, certifications: e["certifications"].words,
        founded: e["founded"].number.map { Int($0) })
    }
    institutions = cluster.entities.filter { $0.kind == .institution }.map { e in
      let kind = e["kind"].word
      let sector = e["sector"].word
      let isPublic = sector == "public" || (sector == nil && kind == "government")
      let level = e["level"].word
      return InstitutionFact(
        name: e.name, kind: kind, isPublic: isPublic, isLocal: level == nil || level == "local" || level == "state",
        roles: e["roles"].words, services: e["services"].words, mandate: e["mandate"].word,
        formal: e["formal"].bool ?? false, respected: e["respected"].bool ?? false, budget: e["budget"].number ?? 0)
    }
    buyers = cluster.entities.filter { $0.kind == .buyer }
    consortia = cluster.entities.filter { $0.kind == .consortium }
    let publicNames = Set(institutions.filter(\.isPublic).map(\.name))
    projects = cluster.entities.filter { $0.kind == .intervention }.map { e in
      let kind = e["kind"].word
      let spec = kind.flatMap(Schema.interventionKind)
      var publicMoney = 0.0
      var privateMoney = 0.0
      var funders: [String] = []
      for entry in e["funding"].entries {
        let amount = entry.value.number ?? 0
        funders.append(entry.key)
        if publicNames.contains(entry.key) { publicMoney += amount } else { privateMoney += amount }
      }
      let funded = publicMoney + privateMoney
      let cost = max(e["cost"].number ?? funded, funded)
      let lead = e["lead"].name
      let partners = e["partners"].names
      var effects: [String: Double] = [:]
      for entry in e["effects"].entries { effects[entry.key] = entry.value.number ?? 0 }
      return Project(
        name: e.name, kind: kind, gear: e["gear"].word ?? spec?.gear,
        complexity: e["complexity"].word ?? spec?.complexity ?? "simple", lead: lead, partners: partners,
        involved: Array(Set([lead].compactMap { $0 } + partners + funders)).sorted(),
        start: e["start"].number.map { Int($0) }, status: Facts.status(e, caseYear: cluster["year"].number),
        cost: cost, publicMoney: publicMoney, privateMoney: cost - publicMoney, financing: e["financing"].word,
        effects: effects)
    }
  }

  /// A project's status as of the case year: declared, or planned when it starts after the
  /// year the case describes, else done.
  static func status(_ e: Entity, caseYear: Double?) -> String {
    if let declared = e["status"].word { return declared }
    if let start = e["start"].number, let year = caseYear, start > year { return "planned" }
    return "done"
  }

  // MARK: - derived counts

  public var firmCount: Int { firms.reduce(0) { $0 + $1.count } }

  /// Firms with at most `sme_max_employees` (firms of unknown size count as SMEs).
  public var smeCount: Int {
    let limit = parameters["sme_max_employees"]
    return firms.filter { !$0.large && ($0.employees ?? 0) <= limit }.reduce(0) { $0 + $1.count }
  }

  public var largeFirms: [FirmGroup] { firms.filter(\.large) }

  public func isPublic(_ actor: String) -> Bool {
    institutions.contains { $0.name == actor && $0.isPublic }
  }

  public func institution(_ name: String) -> InstitutionFact? {
    institutions.first { $0.name == name }
  }

  public func firmGroup(_ name: String) -> FirmGroup? {
    firms.first { $0.name == name }
  }

  /// The category of a link kind in insight 1's terms.
  public static func category(of kind: String) -> LinkCategory {
    switch kind {
    case "supplies", "customer": return .vertical
    case "cooperation": return .horizontal
    case "buys": return .buyer
    default: return .institutional
    }
  }

  public func links(_ category: LinkCategory) -> [Link] {
    cluster.links.filter { Facts.category(of: $0.kind) == category }
  }

  /// Firms (weighted by cohort size) that have at least one link of `category` to an actor of
  /// `kinds` (both directions).
  public func firmsLinked(by categories: Set<LinkCategory>, toKinds kinds: Set<EntityKind>) -> Int {
    var linked: Set<String> = []
    for link in cluster.links where categories.contains(Facts.category(of: link.kind)) {
      let ends = [(link.from, link.to), (link.to, link.from)]
      for (firm, other) in ends {
        guard firmGroup(firm) != nil, let otherKind = cluster.entity(named: other)?.kind, kinds.contains(otherKind)
        else { continue }
        linked.insert(firm)
      }
    }
    // Consortium members reach what their consortium reaches.
    return firms.filter { linked.contains($0.name) }.reduce(0) { $0 + $1.count }
  }

  /// The mean trust over the cluster's declared trust and its links' trust, with how many
  /// values it rests on.
  public var trust: (value: Double?, sources: Int) {
    var values: [Double] = []
    if let t = cluster["trust"].number { values.append(t) }
    for link in cluster.links {
      if let t = link.attributes["trust"]?.number { values.append(t) }
    }
    guard !values.isEmpty else { return (nil, 0) }
    return (values.reduce(0, +) / Double(values.count), values.count)
  }

  /// Projects that turn a gear, in order of start year then declaration.
  public var projectsByStart: [Project] {
    projects.enumerated().sorted { ($0.element.start ?? Int.max, $0.offset) < ($1.element.start ?? Int.max, $1.offset) }
      .map(\.element)
  }

  /// Whether a public institution takes part in a project (leads, partners or funds).
  public func hasPublicPartner(_ project: Project) -> Bool {
    project.involved.contains(where: isPublic)
  }

  /// Whether a private actor leads it, or funds it.
  public func isPrivateLed(_ project: Project) -> Bool {
    guard let lead = project.lead else { return false }
    return !isPublic(lead)
  }

  /// The year the organized initiative began: the earliest start of a project that has
  /// happened, or the founding of the institution that catalyses, leads or manages it (TEA in
  /// 1990), not of any institution (IL&FS was founded in 1987 for other purposes).
  public var initiativeStart: Int? {
    let starts = projects.filter { !$0.isPlanned }.compactMap(\.start)
    let organizers = Set(institutions.filter { !$0.roles.filter { ["catalyst", "leader", "manager"].contains($0) }.isEmpty }.map(\.name))
    let founded = cluster.entities.filter { $0.kind == .institution && organizers.contains($0.name) }
      .compactMap { $0["founded"].number.map { Int($0) } }
    return (starts + founded).min()
  }
}
