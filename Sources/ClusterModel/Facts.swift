// Facts: what a cluster's declarations say as of one year, read once into typed values. Actors
// founded later, links that began later and projects that start later are not part of that
// year's cluster: they are listed as what comes, with their year. What nobody declared stays
// unknown (nil), never "absent".

import ClusterWorkspace

/// A role an actor plays in the cluster initiative [insight 3].
public enum ClusterRole: String, CaseIterable, Sendable {
  case catalyst, leader, manager, facilitator, broker, financier
}

/// Whose side an actor is on in a partnership: the paper's "public-private partnership" is one
/// between government and private actors; donors and international agencies are neither. A
/// university, a service or finance institution that declares no `sector` is `unknown`: it may
/// be public (the Indian Institute of Science) or private.
public enum Sector: String, Sendable {
  case government, donor, `private`, mixed, unknown
}

/// An actor that stands for one or more firms.
public struct FirmGroup: Sendable {
  public let name: String
  public let count: Int
  public let role: String?
  public let employees: Double?
  /// micro, small, medium or large, when declared.
  public let size: String?
  public let exports: Double?
  public let sales: Double?
  public let large: Bool
  public let foreign: Bool
  /// nil: not declared.
  public let directExport: Bool?
  public let informal: Bool
  public let technology: String?
  public let stages: [String]
  public let certifications: [String]
  public let founded: Int?
  public let roles: [ClusterRole]
  /// Whether `roles` is declared at all (an undeclared role is unknown, not absent).
  public let rolesDeclared: Bool
  /// The years its firms arrive in the cluster, evenly (`arrive: 1995 to 2005`; one declared
  /// year is a range of one); nil when `arrive` is not declared.
  public let arrival: ClosedRange<Int>?

  /// Suppliers, jobbers, service firms and agents sell inside the cluster: they do not export
  /// on their own unless they say so.
  public var sellsInsideCluster: Bool { ["supplier", "jobber", "service", "agent"].contains(role ?? "") }
}

/// An institution with its kind and sector resolved.
public struct InstitutionFact: Sendable {
  public let name: String
  public let kind: InstitutionKind?
  public let sector: Sector
  public let isLocal: Bool
  public let roles: [ClusterRole]
  public let rolesDeclared: Bool
  public let services: [String]
  public let mandate: String?
  public let formal: Bool
  /// Whether `formal` is declared (true or false).
  public let formalDeclared: Bool
  public let respected: Bool
  public let budget: Double
  public let founded: Int?

  public var isGovernment: Bool { sector == .government }
}

/// A buyer, with what insight 10 needs: whether it links the cluster to global markets.
public struct BuyerFact: Sendable {
  public enum Reach: String, Sendable {
    /// Foreign buyers, importers and multinationals, and local lead buyers "with extensive
    /// global connections" [insight 10].
    case global
    /// A local buyer or intermediary without a stake: the domestic market.
    case domestic
    /// Origin not declared.
    case unknown
  }
  public let name: String
  public let kind: String?
  public let origin: String?
  public let lead: Bool
  /// Whether `lead` is declared (true or false).
  public let leadDeclared: Bool
  public let roles: [ClusterRole]
  public let rolesDeclared: Bool
  public let minOrder: Double?
  public let founded: Int?

  public var reach: Reach {
    if origin == "foreign" || kind == "importer" || kind == "multinational" { return .global }
    if origin == "local" { return lead ? .global : .domestic }
    return .unknown
  }
}

/// A consortium of firms [insight 9].
public struct ConsortiumFact: Sendable {
  public let name: String
  public let members: [String]
  /// Firms it groups: declared, or the sizes of its members.
  public let firms: Int
  public let markets: [String]
  public let formed: Int?
}

/// A dated shock or ruling (`event`): what it is, when it strikes, how hard and for how long,
/// and whom it hits. `size` is a signed fraction whose meaning `kind` gives (`EventKind`).
public struct EventFact: Sendable {
  public let name: String
  public let kind: EventKind
  /// The year it strikes.
  public let year: Int
  /// A signed fraction: −0.3 for `-30%`.
  public let size: Double
  /// Years it holds at full size (at least 1; 1 when not declared).
  public let duration: Int
  /// Years over which it then fades back to nothing, evenly (0 when not declared); nil for a
  /// lasting event, which never fades.
  public let recovery: Int?
  /// A permanent effect (`lasting: true`): full size from `year` on, for good.
  public let lasting: Bool
  /// The buyer markets it hits; empty: every market.
  public let markets: [String]
  /// The firms, cohorts or buyers it hits; empty: the whole cluster.
  public let hits: [String]

  public init(
    name: String, kind: EventKind, year: Int, size: Double, duration: Int = 1, recovery: Int? = 0,
    lasting: Bool = false, markets: [String] = [], hits: [String] = []
  ) {
    self.name = name
    self.kind = kind
    self.year = year
    self.size = size
    self.duration = max(1, duration)
    self.lasting = lasting
    self.recovery = lasting ? nil : max(0, recovery ?? 0)
    self.markets = markets
    self.hits = hits
  }

  /// The share of its size in force in `year`, from 0 to 1: 1 from `year` through `duration`
  /// years, then falling evenly to 0 over `recovery` years (with a recovery of 3: 3/4, 1/2,
  /// 1/4, then 0); always 1 from `year` on when lasting; 0 before `year`.
  public func strength(in year: Int) -> Double {
    guard year >= self.year else { return 0 }
    if lasting { return 1 }
    let after = year - (self.year + duration - 1)
    guard after > 0 else { return 1 }
    let recovery = self.recovery ?? 0
    guard after <= recovery else { return 0 }
    return 1 - Double(after) / Double(recovery + 1)
  }

  /// The signed change in force in `year`: `size` × `strength(in:)`.
  public func change(in year: Int) -> Double { size * strength(in: year) }

  /// The last year it has any effect; nil when lasting.
  public var lastYear: Int? {
    lasting ? nil : year + duration - 1 + (recovery ?? 0)
  }

  /// Whether it hits every market (no `markets` declared).
  public var hitsEveryMarket: Bool { markets.isEmpty }
  /// Whether it hits the whole cluster (no `hits` declared).
  public var hitsWholeCluster: Bool { hits.isEmpty }

  /// "Alert (1998)"
  public var dated: String { "\(name) (\(year))" }
}

/// What a project is as of the year of the evaluation.
public enum ProjectStatus: String, Sendable {
  case planned, running, done, failed, dropped

  /// Running or done: it turns its gear, makes its partnership, counts as a move.
  public var hasHappened: Bool { self == .running || self == .done }
}

/// An intervention with what the rules need resolved: kind, gear and complexity (declared, or
/// from its kind), its status as of the evaluation year, and its money by the funders' sector.
public struct Project: Sendable {
  public let name: String
  public let kind: InterventionKind?
  public let gear: Gear?
  public let complexity: Complexity
  public let lead: String?
  public let partners: [String]
  public let funders: [String]
  /// Everyone involved: lead, partners and funders.
  public let involved: [String]
  public let start: Int?
  /// The year it ended or ends: declared `end`, or `start + duration`.
  public let end: Int?
  public let status: ProjectStatus
  /// The status the case declares, whatever the year: a project declared `failed` that starts
  /// after the case's year is planned in that year, and fails when it starts (the simulation).
  public let declaredStatus: ProjectStatus?
  /// Declared `planned` in the case year, counted as going ahead in a later year (as the
  /// simulation runs it).
  public let assumedFromPlan: Bool
  /// Total cost (declared, or the funding listed); 0 when neither is declared.
  public let cost: Double
  /// Whether a cost or any funding is declared.
  public let moneyDeclared: Bool
  public let governmentMoney: Double
  public let donorMoney: Double
  /// The rest of the cost: private funders, and cost no funder is named for.
  public let privateMoney: Double
  public let financing: String?
  public let revenue: Double?
  /// Constraints it is declared to address, beyond what its kind addresses.
  public let addresses: [Constraint]
  public let effects: [String: Double]

  /// Whether it addresses `constraint`, by its kind or by its declaration.
  public func addresses(_ constraint: Constraint) -> Bool {
    addresses.contains(constraint) || (kind.map(constraint.remedies.contains) ?? false)
  }

  public var isInfrastructure: Bool { kind?.isInfrastructure ?? false }
  public var isWTOIncompatible: Bool {
    (kind?.isWTOIncompatible ?? false) || financing == "subsidy" || financing == "fiscal_incentive"
  }
  /// A simple initiative of the members that can bring an early win and build trust among them
  /// (Part 3, step 3); a government instrument (`InterventionKind.isInstrument`) cannot.
  public var bringsEarlyWin: Bool { complexity == .simple && !(kind?.isInstrument ?? false) }
  /// "ICD (1992)"
  public var dated: String { name + (start.map { " (\($0))" } ?? "") }
}

/// Trust among the cluster's firms, one reading for every rule [insight 6].
public struct TrustReading: Sendable {
  public enum Source: Sendable, Equatable {
    /// The cluster's declared `trust`.
    case cluster
    /// The tie-weighted mean of trust declared on links among firms.
    case links(Int)
    /// A simulated year.
    case simulated
    case unknown
  }
  public let value: Double?
  public let source: Source
}

/// A simulated year, to evaluate the cluster as the simulation left it.
public struct SimulatedYear: Sendable {
  public let year: Int
  public let firms: Double
  public let exports: Double
  /// The run's trust: read only when the case declares trust (a run started from an assumed
  /// trust does not make it known).
  public let trust: Double
  public let stage: Stage?
  /// Exports over those three years before (the simulation's sign of decline), when the run
  /// has them.
  public let growth: Double?
  /// The cluster's share of its market over three years before (the sign of maturity).
  public let shareGrowth: Double?

  public init(
    year: Int, firms: Double, exports: Double, trust: Double, stage: Stage?, growth: Double? = nil, shareGrowth: Double? = nil
  ) {
    self.year = year
    self.firms = firms
    self.exports = exports
    self.trust = trust
    self.stage = stage
    self.growth = growth
    self.shareGrowth = shareGrowth
  }
}

/// Everything the rules read about one cluster as of one year.
public struct Facts: Sendable {
  /// The cluster as of the year: actors founded later and links that began later removed, firm
  /// counts from the simulation when one is read.
  public let cluster: Cluster
  /// The cluster as declared.
  public let declared: Cluster
  public let name: String
  public let type: ClusterType?
  /// The year the case describes (`year`).
  public let caseYear: Int?
  /// The year of this evaluation: `in YEAR`, else the case year.
  public let year: Int?
  public let simulated: SimulatedYear?
  public let firms: [FirmGroup]
  public let institutions: [InstitutionFact]
  public let buyers: [BuyerFact]
  public let consortia: [ConsortiumFact]
  /// Links present in the year (both ends present, `since` not later).
  public let links: [Link]
  public let projects: [Project]
  /// Every event declared, whatever the year of the evaluation (a simulation needs those to
  /// come), by year and then name. `eventsHappened(asOf:)` keeps those struck by a year.
  public let events: [EventFact]
  /// Actors and links that come after the year, with the year they come: "multinationals (1998)".
  public let later: [String]
  public let trust: TrustReading
  public let parameters: ParameterSet
  /// Every project in order of start year, then declaration (no start year last).
  public let byStart: [Project]
  /// Lookups by name, and each actor's links: rules ask them inside loops over thousands of
  /// firms and links, so they are read once.
  let firmIndex: [String: Int]
  let institutionIndex: [String: Int]
  let buyerIndex: [String: Int]
  let linksByActor: [String: [Link]]

  /// Reads `cluster` as of `year` (nil: the case year), or as a simulation left it. `everything`
  /// keeps actors and links of every year (the simulation makes them arrive in their year).
  public init(
    _ declared: Cluster, parameters: ParameterSet, asOf year: Int? = nil, simulated: SimulatedYear? = nil,
    everything: Bool = false
  ) {
    self.declared = declared
    self.parameters = parameters
    self.simulated = simulated
    name = declared.name
    type = declared["type"].word.flatMap(ClusterType.init(rawValue:))
    let caseYear = declared["year"].number.map { Int($0) }
    self.caseYear = caseYear
    let asOf = simulated?.year ?? year ?? caseYear
    self.year = asOf
    func present(_ founded: Int?) -> Bool {
      guard !everything, let founded, let asOf else { return true }
      return founded <= asOf
    }
    func foundedYear(_ e: Entity) -> Int? {
      (e.kind == .consortium ? e["formed"] : e["founded"]).number.map { Int($0) }
    }
    // The cluster as of the year.
    var view = Cluster(name: declared.name, attributes: declared.attributes, declaredAt: declared.declaredAt)
    var later: [String] = []
    for e in declared.entities {
      if e.kind.isActor, !present(foundedYear(e)) {
        later.append("\(e.name) (\(foundedYear(e).map(String.init) ?? "?"))")
        continue
      }
      view.add(e)
    }
    for link in declared.links {
      let since = link.attributes["since"]?.number.map { Int($0) }
      guard view.entity(named: link.from) != nil, view.entity(named: link.to) != nil else { continue }
      if !present(since) {
        later.append("\(link.description) (\(since.map(String.init) ?? "?"))")
        continue
      }
      view.append(link: link)
    }
    view.targets = declared.targets
    view.parameters = declared.parameters
    // A simulated year: the firms grow or shrink in proportion; exports and trust are the run's.
    if let simulated {
      let declaredFirms = view.entities.reduce(0) { $0 + $1.firmCount }
      let scale = declaredFirms > 0 ? simulated.firms / Double(declaredFirms) : 1
      for e in view.entities where e.kind == .cohort {
        var scaled = e
        scaled.attributes["count"] = .plain(Double(max(1, Int((Double(e.firmCount) * scale).rounded()))))
        view.replace(scaled)
      }
      view.attributes["exports"] = .number(simulated.exports, .money, written: nil)
      if Facts.trustReading(view, simulated: nil).value != nil { view.attributes["trust"] = .plain(simulated.trust) }
    }
    cluster = view
    self.later = later

    let largeMin = parameters[.largeFirmMinEmployees]
    firms = view.entities.filter { $0.kind == .firm || $0.kind == .cohort }.map { e in
      let employees = e["employees"].number
      return FirmGroup(
        name: e.name, count: e.firmCount, role: e["role"].word, employees: employees, size: e["size"].word,
        exports: e["exports"].number, sales: e["sales"].number,
        large: e["size"].word == "large" || e["role"].word == "lead_producer" || (employees ?? 0) >= largeMin,
        foreign: e["foreign"].bool ?? false, directExport: e["direct_export"].bool,
        informal: e["informal"].bool ?? false, technology: e["technology"].word,
        stages: e["stages"].words, certifications: e["certifications"].words,
        founded: e["founded"].number.map { Int($0) }, roles: e["roles"].words.compactMap(ClusterRole.init(rawValue:)),
        rolesDeclared: e.attributes["roles"] != nil, arrival: e["arrive"].yearRange)
    }
    institutions = view.entities.filter { $0.kind == .institution }.map { e in
      let kind = e["kind"].word.flatMap(InstitutionKind.init(rawValue:))
      let level = e["level"].word
      return InstitutionFact(
        name: e.name, kind: kind, sector: Facts.sector(kind: kind, sector: e["sector"].word, level: level),
        isLocal: level == nil || level == "local" || level == "state",
        roles: e["roles"].words.compactMap(ClusterRole.init(rawValue:)), rolesDeclared: e.attributes["roles"] != nil,
        services: e["services"].words,
        mandate: e["mandate"].word, formal: e["formal"].bool ?? false, formalDeclared: e["formal"].bool != nil, respected: e["respected"].bool ?? false,
        budget: e["budget"].number ?? 0, founded: e["founded"].number.map { Int($0) })
    }
    buyers = view.entities.filter { $0.kind == .buyer }.map { e in
      BuyerFact(
        name: e.name, kind: e["kind"].word, origin: e["origin"].word, lead: e["lead"].bool ?? false,
        leadDeclared: e["lead"].bool != nil,
        roles: e["roles"].words.compactMap(ClusterRole.init(rawValue:)), rolesDeclared: e.attributes["roles"] != nil,
        minOrder: e["min_order"].number,
        founded: e["founded"].number.map { Int($0) })
    }
    consortia = view.entities.filter { $0.kind == .consortium }.map { e in
      let members = e["members"].names
      let size = members.compactMap { view.entity(named: $0)?.firmCount }.reduce(0, +)
      return ConsortiumFact(
        name: e.name, members: members, firms: e["firms"].number.map { Int($0) } ?? size, markets: e["markets"].words,
        formed: e["formed"].number.map { Int($0) })
    }
    links = view.links
    let sectors = Dictionary(
      institutions.map { ($0.name, $0.sector) }, uniquingKeysWith: { first, _ in first })
    projects = view.entities.filter { $0.kind == .intervention }.map { e in
      Facts.project(e, sectors: sectors, asOf: asOf, caseYear: caseYear)
    }
    events = declared.entities.compactMap(Facts.event).sorted { ($0.year, $0.name) < ($1.year, $1.name) }
    trust = Facts.trustReading(view, simulated: simulated)
    byStart = projects.enumerated().sorted { ($0.element.start ?? Int.max, $0.offset) < ($1.element.start ?? Int.max, $1.offset) }
      .map(\.element)
    firmIndex = Dictionary(firms.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    institutionIndex = Dictionary(institutions.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    buyerIndex = Dictionary(buyers.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    var byActor: [String: [Link]] = [:]
    for link in view.links {
      byActor[link.from, default: []].append(link)
      if link.to != link.from { byActor[link.to, default: []].append(link) }
    }
    linksByActor = byActor
  }

  /// An institution's sector: donors and international agencies are not the State.
  static func sector(kind: InstitutionKind?, sector: String?, level: String?) -> Sector {
    if kind == .donor { return .donor }
    if level == "international", sector != "private" { return .donor }
    if kind == .government || sector == "public" { return .government }
    if sector == "mixed" || kind == .spv { return .mixed }
    if sector == "private" { return .private }
    // Organizations of firms and NGOs are private by nature; others may be either.
    return kind?.organizesFirms == true || kind == .ngo ? .private : .unknown
  }

  static func project(_ e: Entity, sectors: [String: Sector], asOf: Int?, caseYear: Int?) -> Project {
    let kind = e["kind"].word.flatMap(InterventionKind.init(rawValue:))
    var governmentMoney = 0.0
    var donorMoney = 0.0
    var funded = 0.0
    var funders: [String] = []
    for entry in e["funding"].entries {
      let amount = entry.value.number ?? 0
      funders.append(entry.key)
      funded += amount
      switch sectors[entry.key] {
      case .government: governmentMoney += amount
      case .donor: donorMoney += amount
      default: break
      }
    }
    let declaredCost = e["cost"].number
    let cost = max(declaredCost ?? funded, funded)
    let lead = e["lead"].name
    let partners = e["partners"].names
    var effects: [String: Double] = [:]
    for entry in e["effects"].entries { effects[entry.key] = entry.value.number ?? 0 }
    let start = e["start"].number.map { Int($0) }
    let end = e["end"].number.map { Int($0) } ?? both(start, e["duration"].number).map { $0 + Int($1) }
    let declared = e["status"].word.flatMap(ProjectStatus.init(rawValue:))
    let (status, assumed) = Facts.status(declared: declared, start: start, end: end, asOf: asOf, caseYear: caseYear)
    return Project(
      name: e.name, kind: kind, gear: e["gear"].word.flatMap(Gear.init(rawValue:)) ?? kind?.gear,
      complexity: e["complexity"].word.flatMap(Complexity.init(rawValue:)) ?? kind?.complexity ?? .simple,
      lead: lead, partners: partners, funders: funders,
      involved: Array(Set([lead].compactMap { $0 } + partners + funders)).sorted(),
      start: start, end: end, status: status, declaredStatus: declared, assumedFromPlan: assumed, cost: cost,
      moneyDeclared: declaredCost != nil || !funders.isEmpty, governmentMoney: governmentMoney,
      donorMoney: donorMoney, privateMoney: cost - governmentMoney - donorMoney, financing: e["financing"].word,
      revenue: e["revenue"].number, addresses: e["addresses"].words.compactMap(Constraint.init(rawValue:)), effects: effects)
  }

  /// An event entity as a fact; nil for any other entity (or one without kind, year and size,
  /// which the checker does not let through).
  static func event(_ e: Entity) -> EventFact? {
    guard e.kind == .event, let kind = e["kind"].word.flatMap(EventKind.init(rawValue:)),
      let year = e["year"].yearRange?.lowerBound, let size = e["size"].number
    else { return nil }
    let lasting = e["lasting"].bool ?? false
    func years(_ attribute: String) -> Int? {
      guard let x = e[attribute].number, x.isFinite, x >= 0, x < 1e6 else { return nil }
      return Int(x)
    }
    return EventFact(
      name: e.name, kind: kind, year: year, size: size, duration: years("duration") ?? 1,
      recovery: lasting ? nil : years("recovery") ?? 0, lasting: lasting, markets: e["markets"].words,
      hits: e["hits"].names)
  }

  /// A project's status as of `asOf`. The declared status describes the case year; a project
  /// that starts later has not happened yet; one declared planned goes ahead in a later year (as
  /// the simulation runs it); one with an end year in the past is done.
  static func status(declared: ProjectStatus?, start: Int?, end: Int?, asOf: Int?, caseYear: Int?) -> (ProjectStatus, Bool) {
    if declared == .dropped { return (.dropped, false) }
    if let start, let asOf, start > asOf { return (.planned, false) }
    if declared == .failed { return (.failed, false) }
    var assumed = false
    if declared == .planned {
      guard let asOf, let caseYear, asOf > caseYear, start != nil else { return (.planned, false) }
      assumed = true
    }
    if let end, let asOf, end <= asOf { return (.done, assumed) }
    if declared == .done, let asOf, let caseYear, asOf >= caseYear { return (.done, false) }
    if declared == .done, asOf == nil { return (.done, false) }
    return (.running, assumed)
  }

  /// The cluster's declared trust; else the mean of the trust declared on links among firms,
  /// each weighted by the ties it stands for; else unknown.
  static func trustReading(_ cluster: Cluster, simulated: SimulatedYear?) -> TrustReading {
    if simulated != nil, let t = cluster["trust"].number { return TrustReading(value: t, source: .simulated) }
    if let t = cluster["trust"].number { return TrustReading(value: t, source: .cluster) }
    var sum = 0.0
    var weight = 0.0
    var count = 0
    for link in cluster.links where ["cooperation", "supplies", "customer"].contains(link.kind) {
      guard let t = link.attributes["trust"]?.number,
        let a = cluster.entity(named: link.from), let b = cluster.entity(named: link.to),
        a.firmCount > 0, b.firmCount > 0
      else { continue }
      let ties = max(1, Facts.expectedTies(link, a.firmCount, b.firmCount, sameGroup: link.from == link.to))
      sum += t * ties
      weight += ties
      count += 1
    }
    return weight > 0 ? TrustReading(value: sum / weight, source: .links(count)) : TrustReading(value: nil, source: .unknown)
  }

  /// The firm pairs a link between groups of `a` and `b` firms stands for: its density × the
  /// possible pairs (a cohort's link to itself: pairs within it); one pair per firm of the
  /// smaller group without a density.
  static func expectedTies(_ link: Link, _ a: Int, _ b: Int, sameGroup: Bool) -> Double {
    let pairs = sameGroup ? Double(a) * Double(a - 1) / 2 : Double(a) * Double(b)
    if let d = link.attributes["density"]?.number { return d * pairs }
    return Double(sameGroup ? a : min(a, b))
  }

  // MARK: - derived counts

  public var firmCount: Int { firms.reduce(0) { $0 + $1.count } }

  /// Firms with at most `sme_max_employees` employees that are not large (firms of unknown size
  /// count as SMEs: the paper's clusters are "based on SMEs").
  public var smeCount: Int {
    let limit = parameters[.smeMaxEmployees]
    return firms.filter { !$0.large && ($0.employees ?? 0) <= limit }.reduce(0) { $0 + $1.count }
  }

  public var largeFirms: [FirmGroup] { firms.filter(\.large) }

  /// A cluster "'developmentally' oriented rather than commercially oriented" [insight 2]:
  /// agricultural or artisanal, or populated mostly by informal or micro-producers of low
  /// technology, "perpetually preoccupied with survival" (Santa Cruz, insight 7).
  public var isDevelopmental: Bool {
    if type?.isDevelopmental == true { return true }
    let micro = firms.filter { $0.informal || $0.size == "micro" }.reduce(0) { $0 + $1.count }
    let lowTech = cluster["technology"].word == "low" || (!firms.isEmpty && firms.allSatisfy { $0.technology == "low" })
    return lowTech && firmCount > 0 && 2 * micro > firmCount
  }

  public func institution(_ name: String) -> InstitutionFact? {
    institutionIndex[name].map { institutions[$0] }
  }

  public func firmGroup(_ name: String) -> FirmGroup? {
    firmIndex[name].map { firms[$0] }
  }

  public func buyer(_ name: String) -> BuyerFact? {
    buyerIndex[name].map { buyers[$0] }
  }

  /// The links of `kinds` that touch `actor`, in declaration order.
  public func links(_ kinds: Set<String>, of actor: String) -> [Link] {
    (linksByActor[actor] ?? []).filter { kinds.contains($0.kind) }
  }

  /// A government actor (not a donor, not a mixed special purpose vehicle).
  public func isGovernment(_ actor: String) -> Bool {
    institution(actor)?.isGovernment ?? false
  }

  public func isDonor(_ actor: String) -> Bool {
    institution(actor)?.sector == .donor
  }

  /// Private firms, buyers and institutions: everyone but government, donors and mixed bodies.
  public func isPrivate(_ actor: String) -> Bool {
    if let i = institution(actor) { return i.sector == .private }
    return cluster.entity(named: actor).map { $0.kind.isActor } ?? false
  }

  public func links(_ kinds: Set<String>) -> [Link] {
    links.filter { kinds.contains($0.kind) }
  }

  /// The trust a link carries: its own, else the cluster's; else `trust_assumed` (the flag says
  /// so). Only weights use the assumption; a verdict on trust itself is then "not assessed".
  public func trust(of link: Link) -> (value: Double, assumed: Bool) {
    if let t = link.attributes["trust"]?.number { return (t, false) }
    if let t = trust.value { return (t, false) }
    return (parameters[.trustAssumed], true)
  }

  /// Projects that have happened by the year (running or done), in order of start.
  public var happened: [Project] { byStart.filter { $0.status.hasHappened } }

  /// The events that have struck by `year` (their year not later), by year and then name; those
  /// long over included (`EventFact.strength(in:)` says how much of each is still in force).
  public func eventsHappened(asOf year: Int) -> [EventFact] {
    events.filter { $0.year <= year }
  }

  /// The events with some effect in `year`, by year and then name.
  public func eventsInForce(in year: Int) -> [EventFact] {
    events.filter { $0.strength(in: year) > 0 }
  }


  /// A buyer or a group of large firms: a private actor with the means to carry a large project
  /// itself (insight 7's carriers; insight 10: "the integration of large buyers has proved
  /// beneficial" even in small agricultural clusters, where Nespresso's joint activities include
  /// "infrastructure upgrading, logistics").
  public func isPrivateCarrier(_ actor: String) -> Bool {
    buyer(actor) != nil || (firmGroup(actor)?.large ?? false)
  }

  /// A private partner of a public–private partnership: an organization that can hold up the
  /// private side (a private or mixed institution such as an association or an SPV, a
  /// consortium, a single firm, a buyer), not a cohort of firms (insight 4: the paper's
  /// partnerships are institutional, "a formal public-private partnership between TEA, the State
  /// Government of Tamil Nadu (GoTN) and IL&FS").
  public func isPrivatePartner(_ actor: String) -> Bool {
    if let i = institution(actor) { return i.sector == .private || i.sector == .mixed }
    guard let kind = cluster.entity(named: actor)?.kind else { return false }
    return kind == .firm || kind == .buyer || kind == .consortium
  }

  /// The case's own candidate for the private side of a partnership: an organization of firms,
  /// another private institution, a consortium, a buyer, a single firm; nil when the case has
  /// none (a cohort of firms is none).
  public var privatePartnerCandidate: String? {
    institutions.first { $0.sector == .private && $0.kind?.organizesFirms == true }?.name
      ?? institutions.first { $0.sector == .private }?.name
      ?? consortia.first?.name
      ?? buyers.first?.name
      ?? firms.first { isPrivatePartner($0.name) }?.name
  }

  /// Whether a project joins a government and a private partner organization: the partnership
  /// at work in that project (donors are development partners, not the State).
  public func isPublicPrivatePartnership(_ project: Project) -> Bool {
    hasGovernmentPartner(project) && project.involved.contains(where: isPrivatePartner)
  }

  /// Partner links between a government and a private partner organization present in the
  /// year: a standing partnership, at work whatever the project.
  public var standingPartnerships: [Link] {
    links(["partner"]).filter {
      (isGovernment($0.from) && isPrivatePartner($0.to)) || (isGovernment($0.to) && isPrivatePartner($0.from))
    }
  }

  /// Whether a government institution takes part in a project (leads, partners or funds).
  public func hasGovernmentPartner(_ project: Project) -> Bool {
    project.involved.contains(where: isGovernment)
  }

  /// Whether a private actor leads it.
  public func isPrivateLed(_ project: Project) -> Bool {
    project.lead.map(isPrivate) ?? false
  }

  /// Actors that hold a role: institutions, and firms and buyers (a large firm or lead buyer
  /// may be the catalyst: insight 5, "large firms acting as catalysts").
  public func holders(of role: ClusterRole) -> [String] {
    institutions.filter { $0.roles.contains(role) }.map(\.name)
      + firms.filter { $0.roles.contains(role) }.map(\.name)
      + buyers.filter { $0.roles.contains(role) }.map(\.name)
  }

  /// The year the organized initiative began, as far as the facts tell: the founding of an actor
  /// that catalyses, leads or manages it, or the start of the first project that has happened.
  /// `exact` is false when an organizer's founding is not declared, so the initiative may be
  /// older than its first project.
  public var initiativeStart: (year: Int, exact: Bool)? {
    let organizers: Set<ClusterRole> = [.catalyst, .leader, .manager]
    // A government's founding says nothing of when it began to organize the cluster.
    let organizing = institutions.filter { !Set($0.roles).isDisjoint(with: organizers) && !$0.isGovernment }
    let founded = organizing.compactMap(\.founded)
    let starts = happened.compactMap(\.start)
    guard let first = (founded + starts).min() else { return nil }
    let unknownFounding = organizing.contains { $0.founded == nil }
    return (first, founded.contains(first) || !unknownFounding)
  }
}

/// Both values, or nil when either is missing.
func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
