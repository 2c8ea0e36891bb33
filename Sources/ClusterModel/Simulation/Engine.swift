// The yearly simulation: the cluster's market and its position in it, capacity, infrastructure,
// labour, trust and the life cycle, driven by its interventions and by events. Deterministic
// without a seed; with one, demand, a run's own competitiveness, project outcomes and random
// events are drawn. Every mechanism and parameter is in docs/model.md ("The simulation").

import ClusterWorkspace

/// What bound exports in a simulated year: buyers' demand, the firms' capacity or the
/// infrastructure [insight 8].
public enum Binding: String, Sendable, Equatable {
  case demand, capacity, infrastructure
}

/// One year of a trajectory.
public struct YearState: Sendable, Equatable {
  public var year: Int
  /// Direct exports in US dollars.
  public var exports: Double
  /// The demand buyers bring: exports if nothing constrains them.
  public var demand: Double
  public var firms: Double
  public var exporters: Double
  public var employment: Double
  /// Exports the firms could make, in US dollars a year.
  public var capacity: Double
  /// Exports the infrastructure can carry, in US dollars a year.
  public var infrastructure: Double
  /// Exports ÷ infrastructure capacity: 1 means the infrastructure binds; below 1, the rest is
  /// idle capacity.
  public var infrastructureLoad: Double { infrastructure > 0 ? exports / infrastructure : 0 }
  public var trust: Double
  public var socialCapital: Double
  public var valueRetention: Double
  public var marketShare: Double
  public var stage: Stage
  /// The world market for the cluster's products, US dollars a year.
  public var market: Double = 0
  /// The cluster's labour as a share of its region's labour pool (wages and land rise with it).
  public var labourLoad: Double = 0

  /// What bound exports this year.
  public var binding: Binding {
    if exports >= demand * 0.999_999 { return .demand }
    return capacity <= infrastructure ? .capacity : .infrastructure
  }
}

/// A simulated run: one state a year and the events that shaped it.
public struct Trajectory: Sendable, Equatable {
  public var years: [YearState]
  /// "1995: Water failed (trust 0.21 under trust_low 0.3)" and the like, in order.
  public var events: [String]
  /// What the run assumed because the case does not declare it: "trust 0.5 (trust_assumed)".
  public var assumed: [String] = []

  public func state(in year: Int) -> YearState? {
    guard let first = years.first, year >= first.year, year - first.year < years.count else { return nil }
    return years[year - first.year]
  }

  /// The metrics a trajectory answers, in the order reports show them (`Metric.simulated`).
  public static let metrics = Metric.simulated.map(\.rawValue)

  public func value(_ metric: String, in year: Int) -> Double? {
    state(in: year).flatMap { Trajectory.value(metric, of: $0) }
  }

  /// Writes a state's metrics, in the order of `metrics`, from `offset` on: Monte Carlo fills
  /// millions of cells and must not look each one up by name.
  static func write(_ s: YearState, into row: inout [Double], at offset: Int) {
    let values = [
      s.exports, s.demand, s.firms, s.exporters, s.employment, s.capacity, s.infrastructure, s.infrastructureLoad,
      s.trust, s.socialCapital, s.valueRetention, s.marketShare, s.market, s.labourLoad,
    ]
    for (m, v) in values.enumerated() { row[offset + m] = v }
  }

  public static func value(_ metric: String, of s: YearState) -> Double? {
    Metric(rawValue: metric).flatMap { value($0, of: s) }
  }

  public static func value(_ metric: Metric, of s: YearState) -> Double? {
    switch metric {
    case .exports: return s.exports
    case .demand: return s.demand
    case .firms: return s.firms
    case .exporters: return s.exporters
    case .employment: return s.employment
    case .capacity: return s.capacity
    case .infrastructure: return s.infrastructure
    case .infrastructureLoad: return s.infrastructureLoad
    case .trust: return s.trust
    case .socialCapital: return s.socialCapital
    case .valueRetention: return s.valueRetention
    case .marketShare: return s.marketShare
    case .market: return s.market
    case .labourLoad: return s.labourLoad
    case .cost, .leadTime, .sales: return nil
    }
  }
}

/// Randomness for one run: none (deterministic expected values) or a seeded generator.
struct Draws {
  private var generator: SplitMix64?

  init(seed: UInt64?) {
    generator = seed.map { SplitMix64(seed: SplitMix64.mix($0)) }
  }

  var isRandom: Bool { generator != nil }

  /// A standard normal draw (Irwin–Hall: the sum of 12 uniforms minus 6), or 0.
  mutating func normal() -> Double {
    guard var g = generator else { return 0 }
    var sum = 0.0
    for _ in 0..<12 { sum += g.unit() }
    generator = g
    return sum - 6
  }

  /// Whether an event of probability `p` happens; without a seed, the caller uses `p` itself.
  mutating func happens(_ p: Double) -> Bool {
    guard var g = generator else { return p >= 0.5 }
    let u = g.unit()
    generator = g
    return u < p
  }
}

/// What a simulation reads from a cluster, read once: Monte Carlo runs share it.
public struct SimulationCase: Sendable {
  let facts: Facts
  let prerequisites: (prerequisites: Prerequisites, horizontalReach: Double, institutionReach: Double, valueRetention: Double)

  public init(_ cluster: Cluster, parameters: ParameterSet = ParameterSet()) {
    facts = Facts(cluster, parameters: parameters, everything: true)
    prerequisites = ClusterModel.simulationInputs(Facts(cluster, parameters: parameters))
  }
}

public enum Simulation {
  /// Simulates the cluster year by year and returns the years from `from` to `to` (inclusive).
  /// The run starts in the year the case describes (its `year`), whatever `from` is: years
  /// before it hold the described state, and a later `from` only hides the years before it.
  /// `seed` nil gives the deterministic run.
  public static func run(_ cluster: Cluster, parameters p: ParameterSet = ParameterSet(), from: Int, to: Int, seed: UInt64? = nil)
    -> Trajectory
  {
    run(SimulationCase(cluster, parameters: p), from: from, to: to, seed: seed)
  }

  public static func run(_ prepared: SimulationCase, from: Int, to: Int, seed: UInt64? = nil, recordEvents: Bool = true)
    -> Trajectory
  {
    run(prepared, from: from, to: to, seed: seed, recordEvents: recordEvents, mask: ChannelMask())
  }

  static func run(_ prepared: SimulationCase, from: Int, to: Int, seed: UInt64?, recordEvents: Bool, mask: ChannelMask)
    -> Trajectory
  {
    var engine = Engine(prepared, from: startYear(prepared, from: from, to: to), seed: seed)
    engine.recordEvents = recordEvents
    engine.mask = mask
    return run(&engine, from: from, to: to)
  }

  /// The year a run starts in: the case's year (whatever the years asked for), else `from`.
  static func startYear(_ prepared: SimulationCase, from: Int, to: Int) -> Int {
    prepared.facts.caseYear ?? from
  }

  /// Steps a prepared engine to `to` and returns the years from `from` on. Monte Carlo prepares
  /// one engine per worker and copies it for each run, changing only its draws.
  static func run(_ engine: inout Engine, from: Int, to: Int) -> Trajectory {
    let start = engine.state.year
    var years: [YearState] = []
    years.reserveCapacity(max(0, to - from) + 1)
    if from < start {
      let last = min(start - 1, to)
      for year in from...max(from, last) where year <= last {
        var held = engine.state
        held.year = year
        years.append(held)
      }
      if engine.recordEvents {
        let span = last > from ? "\(from)–\(last)" : "\(from)"
        engine.events.insert("\(span): before the case's year \(start), the state it describes", at: 0)
      }
    }
    if engine.recordEvents {
      // An event dated by the case's year is in the state the case describes: say so, rather
      // than drop it without a word.
      for (i, project) in engine.projects.enumerated() where project.declaredFailed && (project.start ?? Int.max) <= start {
        engine.events.append("\(project.start ?? start): \(engine.projectNames[i]) failed (declared): it delivers nothing")
      }
      for shock in engine.shocks where shock.year <= start {
        engine.events.append("\(shock.year): \(shock.name) strikes by the case's year \(start): the state it describes includes it")
      }
    }
    if start >= from && start <= to { years.append(engine.state) }
    if to > start {
      for year in (start + 1)...to {
        engine.step(to: year)
        if year >= from { years.append(engine.state) }
      }
    }
    return Trajectory(years: years, events: engine.events, assumed: engine.assumed)
  }
}

/// What a run needs of a project, without its strings.
struct ProjectRun {
  let start: Int?
  /// The year it stops running (its channels other than the assets it built stop acting).
  let end: Int?
  let complex: Bool
  let simple: Bool
  let dropped: Bool
  let declaredFailed: Bool
  let cost: Double
  /// Its strength from its money: (money ÷ reference)^funding_elasticity, within bounds; 1
  /// when it declares no money.
  let scale: Double
  let channels: Channels
  let renews: Bool
  let reform: Bool
  /// More than one actor involved (lead, partners, funders): aligned joint action, which needs
  /// management [insight 3], as the evaluation reads it.
  let joint: Bool
  let wtoIncompatible: Bool
  /// Its declared `effects`, by metric.
  let effects: ProjectEffects

  init(_ project: Project, _ k: StepParameters, _ p: ParameterSet) {
    start = project.start
    end = project.end
    complex = project.complexity == .complex
    simple = project.complexity == .simple
    dropped = project.status == .dropped
    // Declared failed: it delivers none of its channels or effects, whenever it starts (the
    // evaluation reads it so too) [principle 7].
    declaredFailed = project.declaredStatus == .failed
    cost = project.cost
    let reference = complex ? k.referenceCostComplex : k.referenceCostSimple
    scale = project.moneyDeclared && project.cost > 0
      ? min(k.fundingScaleMax, max(k.fundingScaleMin, pow(project.cost / reference, k.fundingElasticity))) : 1
    channels = project.kind?.channels(p) ?? Channels()
    renews = project.kind?.renews ?? false
    reform = project.kind?.isReform ?? false
    joint = Set(project.involved).count > 1
    wtoIncompatible = project.isWTOIncompatible
    effects = ProjectEffects(project.effects)
  }
}

/// The effects a project declares, each acting through its stated channel once the project
/// delivers (docs/model.md, "Declared effects").
struct ProjectEffects {
  /// usd a year of demand buyers bring.
  var exports = 0.0
  /// Firms that enter (with an average firm's capacity).
  var firms = 0.0
  /// Producers that become direct exporters.
  var exporters = 0.0
  /// Jobs added.
  var employment = 0.0
  /// usd a year of production capacity.
  var capacity = 0.0
  /// usd a year of exports the infrastructure can carry.
  var infrastructure = 0.0
  /// Trust added (0 to 1).
  var trust = 0.0
  /// Value retention added (0 to 1).
  var valueRetention = 0.0

  init(_ declared: [String: Double]) {
    for (name, value) in declared {
      switch Metric(rawValue: name) {
      case .exports?: exports = value
      case .firms?: firms = value
      case .exporters?: exporters = value
      case .employment?: employment = value
      case .capacity?: capacity = value
      case .infrastructure?: infrastructure = value
      case .trust?: trust = value
      case .valueRetention?: valueRetention = value
      default: break  // the checker refuses effects the simulation does not read
      }
    }
  }

  init() {}

  var isEmpty: Bool {
    exports == 0 && firms == 0 && exporters == 0 && employment == 0 && capacity == 0 && infrastructure == 0 && trust == 0
      && valueRetention == 0
  }
}

/// What a run needs of firms arriving after the start (FDI, announced entrants): `count` firms
/// spread evenly over the years `first...last`.
struct Arrival {
  let count: Int
  let large: Bool
  let foreign: Bool
  let first: Int
  let last: Int

  /// Firms arriving in `year`.
  func arriving(in year: Int) -> Double {
    guard year >= first, year <= last else { return 0 }
    return Double(count) / Double(last - first + 1)
  }
}

/// A dated shock as a run reads it [docs/model.md, "Events"]: a declared event, or a bad year
/// a Monte Carlo run draws.
struct ShockRun {
  enum Channel { case demand, position, price, capacity }
  let event: EventFact
  /// Signed change of what its channel moves: demand or position (−0.3 is a 30% fall), the
  /// cluster's prices abroad (+0.2 is 20% dearer), capacity (−0.1 stops a tenth).
  let size: Double
  let channel: Channel
  /// The share of the cluster it reaches: of its buyers in the markets it hits, of its firms
  /// in the cohorts it hits.
  let reach: Double

  /// Whether nothing declared where the cluster sells, so a market event reaches all of it.
  let reachAssumed: Bool

  init(_ event: EventFact, reach: Double, reachAssumed: Bool = false) {
    self.event = event
    self.reach = reach
    self.reachAssumed = reachAssumed
    switch event.kind {
    case .demandShock, .importAlert: (channel, size) = (.demand, event.size)
    case .quotaPhaseOut: (channel, size) = (.position, event.size)
    case .costShock: (channel, size) = (.price, event.size)
    // A currency shock's size is the change of price competitiveness: −15% is 15% dearer.
    case .currencyShock: (channel, size) = (.price, -event.size)
    case .regulation: (channel, size) = (.capacity, -event.size)
    }
  }

  var year: Int { event.year }
  var name: String { event.name }
  func intensity(in year: Int) -> Double { event.strength(in: year) }
}

/// Which channels of the projects act in a run: all of them, except when `why` adds them one
/// at a time to break a figure down.
struct ChannelMask {
  var market = true
  var capacity = true
  var infrastructure = true
  var trust = true
  var entry = true
  var value = true
  var price = true
  var effects = true
  var renewal = true

  static let none = ChannelMask(
    market: false, capacity: false, infrastructure: false, trust: false, entry: false, value: false, price: false,
    effects: false, renewal: false)

  func apply(_ c: Channels) -> Channels {
    Channels(
      market: market ? c.market : 0, capacity: capacity ? c.capacity : 0, infrastructure: infrastructure ? c.infrastructure : 0,
      trust: trust ? c.trust : 0, entry: entry ? c.entry : 0, value: value ? c.value : 0, price: price ? c.price : 0)
  }
}

/// The state and rules of one run.
struct Engine {
  let p: ParameterSet
  let k: StepParameters
  /// The evaluation's parameters a step reads, looked up once.
  let trustLow: Double
  let wtoYear: Double
  let facts: Facts
  var draws: Draws
  var state: YearState
  var events: [String] = []
  /// Monte Carlo runs skip the event log: thousands of runs need only the numbers.
  var recordEvents = true
  /// The channels projects act through (`why` turns them on one at a time).
  var mask = ChannelMask()
  let startYear: Int
  /// Physical infrastructure per dollar of exports, relative to manufacturing.
  let intensity: Double
  /// Ordinary infrastructure (without the cluster's projects or its firms' own).
  var baseInfrastructure: Double
  /// What firms built for themselves while the shared infrastructure bound.
  var ownInfrastructure = 0.0
  /// Share growth lost last year to what firms spent on their own infrastructure.
  var selfProvisionCost = 0.0
  /// The labour load that raises wages and land (congestion): of the exports the cluster's own
  /// buyers take, not of a windfall.
  var congestionLoad = 0.0
  let capacityPerFirmStart: Double
  let employeesPerFirmStart: Double
  var capacityPerFirm: Double
  /// The cluster's position: the share of its market buyers would give it, before temporary
  /// shocks and constraints.
  var position: Double
  /// The share of its market the cluster can reach: market_share_max for a growing cluster,
  /// about its own share for one that the case says is mature. Renewal raises it; imitation by
  /// other locations wears it down once the cluster is mature.
  var attainable: Double
  var labourPool: Double
  var exporterShare: Double
  /// The market's growth above the long run this year.
  var excessGrowth: Double
  /// Share growth lost to missing prerequisites, less what those met give [insight 2].
  let prerequisiteDrag: Double
  let horizontalReach: Double
  let institutionReach: Double
  let initiativeStart: Int
  /// A run's own competitiveness (0 without a seed), drawn once.
  var luck = 0.0
  let arrivals: [Arrival]
  let arrivalNames: [String]
  /// The projects with their channels, read once so the yearly steps touch no strings (Monte
  /// Carlo workers retaining the same names would contend for them across cores).
  let projects: [ProjectRun]
  let projectNames: [String]
  /// Shocks declared, and those drawn in a Monte Carlo run.
  var shocks: [ShockRun]
  /// Whether an actor manages the initiative's joint projects (or may: roles undeclared).
  let managed: Bool
  /// Whether a lead buyer is linked to the cluster [insight 10].
  let leadBuyer: Bool
  /// Universities, training and research institutions: the skills that let firms enter.
  let education: Double
  /// Each project's outcome quality once it has started (nil before).
  var quality: [Double?]
  /// Whether each project of renewal has been reported as renewing the mature cluster.
  var renewalDone: [Double]
  /// The first year the run was mature.
  var matureSince: Int?
  /// Whether the run has been established or mature: only such a cluster can decline.
  var everEstablished: Bool
  /// The stage the signs point to and for how many years in a row (hysteresis).
  var pending: (stage: Stage, years: Int)?
  /// The life cycle's signs that do not change in a run [LifeCycle].
  let organized: Bool?
  let complexStarts: [Int]
  let demandWeak: Bool?
  var history: [YearState] = []
  /// What the run takes for the inputs the case leaves undeclared [unknown is not absent: the
  /// run says so].
  var assumed: [String] = []

  /// The start of a run in `from`; only `draws` depends on the seed.
  init(_ prepared: SimulationCase, from: Int, seed: UInt64?) {
    facts = prepared.facts
    p = facts.parameters
    let k = StepParameters(p)
    self.k = k
    trustLow = p[.trustLow]
    wtoYear = p[.wtoYear]
    let cluster = facts.cluster
    draws = Draws(seed: seed)
    startYear = from
    // Firms founded after the start arrive in their founding year, or spread over their
    // declared `arrive` span.
    var present = 0
    var arrivals: [Arrival] = []
    var arrivalNames: [String] = []
    for group in facts.firms {
      let span = group.arrival ?? (group.founded.map { $0...$0 })
      if let span, span.upperBound > from {
        let first = max(span.lowerBound, from + 1)
        let already = span.lowerBound <= from
          ? Int((Double(group.count) * Double(from - span.lowerBound + 1) / Double(span.count)).rounded()) : 0
        present += already
        arrivals.append(Arrival(count: group.count - already, large: group.large, foreign: group.foreign, first: first, last: span.upperBound))
        arrivalNames.append(group.name)
      } else {
        present += group.count
      }
    }
    self.arrivals = arrivals
    self.arrivalNames = arrivalNames
    let presentGroups = facts.firms.filter { g in !arrivalNames.contains(g.name) }
    let firms = Double(max(1, present))
    let declaredExports = cluster["exports"].number
      ?? presentGroups.reduce(0.0) { $0 + Double($1.count) * ($1.exports ?? 0) }
    let exports = declaredExports > 0 ? declaredExports : firms * k.exportsPerFirmAssumed
    var assumed: [String] = []
    if declaredExports <= 0 { assumed.append("exports \(Figure.money(k.exportsPerFirmAssumed)) a firm (exports_per_firm_assumed)") }
    capacityPerFirmStart = exports / k.utilization / firms
    capacityPerFirm = capacityPerFirmStart
    let employees = cluster["employment"].number
      ?? presentGroups.reduce(0.0) { $0 + Double($1.count) * ($1.employees ?? k.employeesAssumed) }
    employeesPerFirmStart = max(1, employees / firms)
    // The market: declared, or the type's; never smaller than the cluster's own exports allow.
    let typeMarket: Double
    let typeGrowth: Double
    switch facts.type {
    case .manufacturing?: (typeMarket, typeGrowth) = (k.marketSizeManufacturing, k.marketGrowthManufacturing)
    case .highTech?: (typeMarket, typeGrowth) = (k.marketSizeHighTech, k.marketGrowthHighTech)
    case .agricultural?: (typeMarket, typeGrowth) = (k.marketSizeAgricultural, k.marketGrowthAgricultural)
    case .artisanal?: (typeMarket, typeGrowth) = (k.marketSizeArtisanal, k.marketGrowthOther)
    case .services?: (typeMarket, typeGrowth) = (k.marketSizeServices, k.marketGrowthOther)
    case nil: (typeMarket, typeGrowth) = (k.marketSizeOther, k.marketGrowthOther)
    }
    let market = max(cluster["market_size"].number ?? typeMarket, exports / k.marketShareMax)
    if cluster["market_size"].number == nil {
      assumed.append("a world market of \(Figure.money(market)) (market_size_\(facts.type?.rawValue ?? "other"))")
    } else if market > (cluster["market_size"].number ?? 0) {
      assumed.append("a world market of \(Figure.money(market)), not the declared \(Figure.money(cluster["market_size"].number ?? 0)): exports ÷ market_share_max")
    }
    if cluster["employment"].number == nil, presentGroups.contains(where: { $0.employees == nil }) {
      assumed.append("\(Figure.number(k.employeesAssumed)) employees a firm where none is declared (employees_assumed)")
    }
    position = exports / market
    attainable = k.marketShareMax
    labourPool = max(employees * k.labourPoolMultiple, k.labourPoolMin)
    // International demand for this cluster's product [insight 2] scales its market's growth.
    let demandLevel: Double
    switch cluster["demand"].word {
    case "strong": demandLevel = 1
    case "weak": demandLevel = k.demandWeakFactor
    case "none": demandLevel = 0
    default:
      demandLevel = k.demandModerateFactor
      if cluster["demand"].word == nil {
        assumed.append("international demand moderate (demand_moderate_factor)" + (prepared.prerequisites.prerequisites.demandApplies ? ", a prerequisite met" : ""))
      }
    }
    excessGrowth = typeGrowth * demandLevel - k.marketGrowthLongRun
    let exportersNow = presentGroups.filter { $0.role == "exporter" || $0.directExport == true || ($0.exports ?? 0) > 0 }
      .reduce(0.0) { $0 + Double($1.count) }
    exporterShare = min(1, max(exportersNow, 1) / firms)
    let headroom: Double
    switch cluster["infrastructure"].word {
    case "weak", "none": headroom = k.infrastructureHeadroomWeak
    case "strong": headroom = k.infrastructureHeadroomStrong
    default:
      headroom = k.infrastructureHeadroomModerate
      if cluster["infrastructure"].word == nil { assumed.append("infrastructure moderate (infrastructure_headroom_moderate)") }
    }
    let intensity: Double
    switch facts.type {
    case .highTech?: intensity = k.infrastructureIntensityHighTech
    case .services?: intensity = k.infrastructureIntensityServices
    default: intensity = 1
    }
    self.intensity = intensity
    baseInfrastructure = exports * headroom / intensity
    // Prerequisites [insight 2], read as the evaluation reads them.
    // Unknown is not absent: an undeclared prerequisite is scored at the value the run assumes
    // for it, the lowest declared value that meets it (demand moderate, as the market's growth
    // assumes; readiness latent, the paper's own word; an advantage of some kind; a production
    // base), and the run says so. Declaring exactly that value changes nothing.
    let evaluation = prepared.prerequisites
    var prerequisites = evaluation.prerequisites
    if prerequisites.productionBase == nil {
      prerequisites.productionBase = true
      assumed.append("a production base of SMEs, a prerequisite met (no firms declared)")
    }
    if prerequisites.advantage == nil {
      prerequisites.advantage = true
      assumed.append("a competitive advantage, a prerequisite met (declare `advantage`: process, product, location or cost; `[]` for none)")
    }
    if prerequisites.readiness == nil {
      prerequisites.readiness = true
      assumed.append("readiness to cooperate latent, a prerequisite met")
    }
    if prerequisites.demandApplies, prerequisites.demand == nil { prerequisites.demand = true }  // said with the market's growth above
    prerequisiteDrag = Double(prerequisites.unmet) * k.missingPrerequisiteDrag - Double(prerequisites.met) / 4 * k.advantageGain
    horizontalReach = evaluation.horizontalReach
    institutionReach = evaluation.institutionReach
    initiativeStart = facts.initiativeStart?.year ?? from
    let parameters = facts.parameters
    projects = facts.projects.map { ProjectRun($0, k, parameters) }
    // Insight 3: "if a cluster is to grow, and not just evolve, coordination and management
    // must complement the catalyst and leadership roles". Without an actor managing the
    // initiative, joint projects deliver only part of their effect; an actor whose roles
    // nobody declared may be the manager (unknown is not absent).
    let managers = facts.holders(of: .manager)
    let rolesUnknown = facts.institutions.contains { !$0.rolesDeclared }
    managed = !managers.isEmpty || rolesUnknown
    if managers.isEmpty, rolesUnknown, facts.projects.contains(where: { Set($0.involved).count > 1 }) {
      assumed.append("a manager for the joint projects (no actor declares the role; some declare no roles)")
    }
    projectNames = facts.projects.map(\.name)
    // A project declared failed that started by the case's year delivers nothing; the trust its
    // failure cost is in the trust the case declares.
    quality = projects.map { $0.declaredFailed && ($0.start ?? Int.min) <= from ? 0 : nil }
    renewalDone = Array(repeating: 0, count: facts.projects.count)
    shocks = Engine.shocks(facts)
    leadBuyer = facts.buyers.contains { b in b.lead && cluster.links.contains { $0.touches(b.name) } }
    education = Double(facts.institutions.filter { $0.kind?.producesSkills == true }.count)
    organized = LifeCycle.signs(facts).organized
    complexStarts = facts.projects.filter {
      $0.complexity == .complex && $0.status != .dropped && $0.status != .failed && $0.declaredStatus != .failed
    }.compactMap(\.start)
    demandWeak = cluster["demand"].word.map { $0 == "weak" || $0 == "none" }
    let trust = facts.trust.value ?? p[.trustAssumed]
    if facts.trust.value == nil { assumed.append("trust \(Figure.number(trust)) (trust_assumed)") }
    self.assumed = assumed
    state = YearState(
      year: from, exports: exports, demand: exports, firms: firms, exporters: exporterShare * firms,
      employment: employees, capacity: exports / k.utilization, infrastructure: baseInfrastructure, trust: trust,
      socialCapital: (trust + horizontalReach + institutionReach) / 3, valueRetention: evaluation.valueRetention,
      marketShare: position, stage: .embryonic, market: market, labourLoad: employees / labourPool)
    everEstablished = false
    let declaredStage = cluster["stage"].word.flatMap(Stage.init(rawValue:))
    state.stage = declaredStage ?? candidateStage(previous: [])
    everEstablished = state.stage != .embryonic
    if state.stage == .mature || state.stage == .declining {
      matureSince = from
      // A mature cluster is at the share it can reach, with what it has built so far.
      attainable = min(k.marketShareMax, position * (1 + k.maturityGrowth) / ceilingFactor(in: from))
    }
    history = [state]
    congestionLoad = state.labourLoad
  }

  /// The events the case declares, as a run reads them.
  static func shocks(_ facts: Facts) -> [ShockRun] {
    let buyers = facts.cluster.entities.filter { $0.kind == .buyer }
    let firmCount = max(1, facts.firms.reduce(0) { $0 + $1.count })
    // Where the cluster sells: the markets its firm groups (weighted by their firms) and its
    // buyers declare.
    let groups = facts.cluster.entities.filter { ($0.kind == .firm || $0.kind == .cohort) && !$0["markets"].words.isEmpty }
    let placed: [(markets: Set<String>, weight: Double)] =
      groups.map { (Set($0["markets"].words), Double(max(1, $0.firmCount))) }
      + buyers.filter { !$0["market"].words.isEmpty }.map { (Set($0["market"].words), 1) }
    let placedWeight = placed.reduce(0) { $0 + $1.weight }
    return facts.events.map { e in
      var reach = 1.0
      var assumed = false
      if !e.markets.isEmpty {
        if placedWeight > 0 {
          reach = placed.filter { !$0.markets.isDisjoint(with: e.markets) }.reduce(0) { $0 + $1.weight } / placedWeight
        } else {
          assumed = true  // nothing says where the cluster sells: the event reaches all of it
        }
      }
      if !e.hits.isEmpty {
        let hitGroups = facts.firms.filter { e.hits.contains($0.name) }
        let firms = hitGroups.reduce(0) { $0 + $1.count }
        let hitBuyers = buyers.filter { e.hits.contains($0.name) }.count
        // A stage every product passes through (suppliers, job-workers or services the others
        // buy from) stops the whole chain as far as it stops.
        let upstream = hitGroups.contains { g in
          g.sellsInsideCluster && facts.cluster.links.contains { $0.from == g.name && ($0.kind == "supplies" || $0.kind == "service") }
        }
        reach *= upstream ? 1 : firms > 0 ? Double(firms) / Double(firmCount) : buyers.isEmpty ? 1 : Double(hitBuyers) / Double(buyers.count)
      }
      return ShockRun(e, reach: reach, reachAssumed: assumed)
    }
  }

  /// How much what the cluster has built raises the share of its market it can reach: lasting
  /// assets (capacity, infrastructure, design and reputation: the capacity, infrastructure and
  /// value channels of projects delivered) by 1 + asset_gain × ln(1 + units), and projects of
  /// renewal (diversification, repositioning, technology) by 1 + renewal_market_gain × ln(1 +
  /// units). Logarithms: each unit does less than the one before, and nothing stacks without end.
  func ceilingFactor(in year: Int) -> Double {
    var assets = 0.0
    var renewal = 0.0
    for (i, project) in projects.enumerated() {
      let started = quality[i] ?? ((project.start ?? Int.max) <= year ? 1 : 0)
      let delivered = progress(project, in: year) * started
      guard delivered > 0 else { continue }
      let c = mask.apply(project.channels)
      let weight = project.complex ? 1.0 : k.simpleProjectWeight
      assets += delivered * project.scale * weight * (c.capacity + c.infrastructure + c.value)
      if mask.renewal, project.renews { renewal += delivered * project.scale }
    }
    return (1 + k.assetGain * naturalLog(1 + assets)) * (1 + k.renewalMarketGain * naturalLog(1 + renewal))
  }

  /// How rooted the cluster is, from 0 to 1: its firms against established_min_firms, times its
  /// years of organized initiative against established_min_years (0 if nobody organizes it).
  func rootedness(in year: Int) -> Double {
    let firms = min(1, state.firms / max(1, p[.establishedMinFirms]))
    let years = organized == false ? 0 : min(1, Double(max(0, year - initiativeStart)) / max(1, p[.establishedMinYears]))
    return firms * years
  }

  /// How far a project delivers in `year`: 0 before it starts, ramping to 1.
  func progress(_ project: ProjectRun, in year: Int) -> Double {
    guard let start = project.start, !project.dropped else { return 0 }
    if project.simple { return year >= start ? 1 : 0 }
    let lag = Int(k.projectLagComplex)
    let ramp = max(1, k.projectRampComplex)
    return min(1, max(0, Double(year - start - lag + 1) / ramp))
  }

  /// Decides a project's outcome when it starts, from the trust it starts under [insight 6].
  mutating func start(_ project: ProjectRun, index: Int, in year: Int) -> Double {
    let trustLow = self.trustLow
    var quality = 1.0
    if project.declaredFailed {
      quality = 0
    } else if project.complex && state.trust < trustLow {
      let failure = k.complexFailureBase + (k.failureScale - k.complexFailureBase) * (1 - state.trust / max(trustLow, 0.0001))
      if draws.isRandom {
        quality = draws.happens(failure) ? 0 : 1
      } else {
        quality = 1 - failure
      }
    } else if draws.isRandom && project.complex {
      quality = draws.happens(k.complexFailureBase) ? 0 : 1
    }
    if quality == 0 {
      state.trust = max(0, state.trust - k.trustLossFailure)
      let why = project.declaredFailed ? "declared failed; " : ""
      if recordEvents { events.append("\(year): \(projectNames[index]) failed (\(why)trust \(Figure.number(state.trust)))") }
    } else if quality < 1 {
      state.trust = max(0, state.trust - k.trustLossFailure * (1 - quality))
      if recordEvents { events.append("\(year): \(projectNames[index]) delivers \(Figure.share(quality)) (started under low trust)") }
    } else {
      state.trust = min(1, state.trust + k.trustGainSuccess)
      if recordEvents { events.append("\(year): \(projectNames[index]) starts") }
    }
    return quality
  }

  /// The market's growth in `year`: its growth in the case's year, tending to the long-run
  /// growth as the product matures (Klepper).
  /// (Kept as the excess over the long run, which shrinks by `market_maturing` each year.)
  mutating func marketGrowth() -> Double {
    defer { excessGrowth *= 1 - k.marketMaturing }
    return k.marketGrowthLongRun + excessGrowth
  }

  mutating func step(to year: Int) {
    if year == startYear + 1, draws.isRandom {
      luck = k.runCompetitivenessSd * draws.normal()
    }
    var s = state
    s.year = year
    // Projects starting this year decide their outcome now.
    for (i, project) in projects.enumerated() where project.start == year && quality[i] == nil {
      quality[i] = start(project, index: i, in: year)
    }
    // Random events of a Monte Carlo run.
    if draws.isRandom, draws.happens(k.eventRate) {
      shocks.append(
        ShockRun(EventFact(name: "a bad year", kind: .demandShock, year: year, size: k.eventSize, recovery: Int(k.eventRecovery)), reach: 1))
    }
    s.trust = state.trust
    // The channels of the projects in effect this year. A project's market, trust, entry, value
    // and price channels act while it runs; the capacity and infrastructure it built remain.
    var active = Channels()
    var added = ProjectEffects()
    var infrastructureAdded = 0.0
    var infrastructureFactor = 1.0
    var countervail = 0.0
    for (i, project) in projects.enumerated() {
      let started = quality[i] ?? ((project.start ?? Int.max) <= year ? 1 : 0)
      let delivered = progress(project, in: year) * started
      guard delivered > 0 else { continue }
      let strength = delivered * project.scale * (project.joint && !managed ? k.unmanagedDelivery : 1)
      // A simple project without an end runs simple_project_years: a meeting or a fair is an
      // event, not an institution; a reform of rules lasts.
      let end = project.end ?? (project.simple && !project.reform ? project.start.map { $0 + Int(k.simpleProjectYears) } : nil)
      let running = end.map { year < $0 } ?? true
      let c = mask.apply(project.channels)
      let weight = project.complex ? 1.0 : k.simpleProjectWeight
      if running {
        active.market += c.market * strength * weight
        active.trust += c.trust * strength
        active.entry += c.entry * strength * weight
        active.value += c.value * strength * weight
        active.price += c.price * strength
        if project.wtoIncompatible, Double(year) >= wtoYear {
          countervail += draws.isRandom ? (draws.happens(k.countervailRisk) ? k.countervailLoss : 0) : k.countervailRisk * k.countervailLoss
        }
      }
      active.capacity += c.capacity * strength * weight
      // Infrastructure carries exports in proportion to the money invested; a project without
      // money adds a share of the starting infrastructure.
      if c.infrastructure > 0 {
        if project.cost > 0 {
          infrastructureAdded += delivered * project.cost * k.infrastructurePerUsd * min(1, c.infrastructure) / intensity
        } else {
          infrastructureFactor *= 1 + delivered * k.effectInfrastructure * c.infrastructure
        }
      }
      if mask.effects, !project.effects.isEmpty {
        let e = project.effects
        added.exports += e.exports * delivered
        added.firms += e.firms * delivered
        added.exporters += e.exporters * delivered
        added.employment += e.employment * delivered
        added.capacity += e.capacity * delivered
        added.infrastructure += e.infrastructure * delivered
        added.trust += e.trust * delivered
        added.valueRetention += e.valueRetention * delivered
      }
      if recordEvents, mask.renewal, project.renews, matureSince != nil, renewalDone[i] == 0 {
        renewalDone[i] = delivered
        events.append("\(year): \(projectNames[i]) renews the mature cluster")
      }
    }
    // Trust and social capital move with joint projects and networking.
    // Each unit of trust channel closes a share of the distance to full trust: trust saturates.
    s.trust = min(1, max(0, s.trust + k.effectTrust * active.trust * (1 - s.trust) + trustEffect(added.trust)))
    s.socialCapital = (s.trust + min(1, horizontalReach + k.socialCapitalTrustWeight * active.trust) + institutionReach) / 3
    // The market grows, and a renewal opens new segments.
    let growth = marketGrowth()
    let marketShock = k.demandShockSd * draws.normal()
    s.market = state.market * (1 + growth + marketShock)
    // The cluster's position: competitiveness raises it, ever more slowly as it nears the
    // share it can reach. Rising wages and land lower that share as the cluster fills its
    // region's labour pool; imitation by other locations wears it down once mature; firms'
    // own spending on infrastructure slows the climb.
    let congestion = 1 / (1 + k.congestionCost * congestionLoad * congestionLoad)
    // Other locations enter the same market year after year (Klepper's entry of imitators).
    attainable *= 1 - k.imitationErosion
    let gain = k.effectMarket * active.market + (leadBuyer ? k.leadBuyerGain : 0) - prerequisiteDrag
      + (s.trust - trustLow) * k.shareGain + luck
    let room = 1 - position / max(attainable * ceilingFactor(in: year) * congestion, 1e-12)
    // Above the share it can reach, a cluster loses buyers at one pace, whatever its gains:
    // a project does not make it fall faster.
    let change = (room < 0 ? room * k.positionAdjustment : gain > 0 ? gain * room : gain) - selfProvisionCost
    position = max(1e-12, position * (1 + change))
    // Shocks: a quota phase-out moves the position for good in its year; demand, price and
    // capacity shocks act while they last.
    var demandFactor = 1.0
    var capacityFactor = 1.0
    // The demand shocks starting this year take away (once, not each year they last).
    var scarred = 0.0
    for shock in shocks {
      let intensity = shock.intensity(in: year)
      guard intensity > 0 else { continue }
      switch shock.channel {
      case .position:
        if shock.year == year { position *= max(0, 1 + shock.size * shock.reach) }
      case .demand:
        let factor = max(0, 1 + shock.size * shock.reach * intensity)
        demandFactor *= factor
        if shock.year == year { scarred += 1 - factor }
      case .price:
        let factor = max(0, 1 - k.priceElasticity * shock.size * shock.reach * intensity)
        demandFactor *= factor
        if shock.year == year { scarred += 1 - factor }
      case .capacity:
        capacityFactor *= max(0, 1 + shock.size * shock.reach * intensity)
      }
      if recordEvents, shock.year == year {
        let reach = shock.reachAssumed
          ? "; where the cluster sells is not declared, so it reaches all of it"
          : shock.reach < 1 ? ", reaching \(Figure.share(shock.reach)) of the cluster" : ""
        events.append("\(year): \(shock.name) (\(shock.event.kind.rawValue) \(Figure.signedShare(shock.event.size))\(reach))")
      }
    }
    let shockFactor = demandFactor
    let policy = (1 + k.subsidyAdvantage * active.price) * max(0, 1 - countervail)
    s.demand = max(0, position * s.market * shockFactor * policy + added.exports)
    // A cluster not yet rooted loses for good part of the buyers a shock takes [insight 2,
    // Ottawa]. Rootedness is a matter of degree: enough firms, organized for enough years.
    if scarred > 0 {
      let rooted = everEstablished ? 1 : rootedness(in: year)
      let scar = k.scarringEmbryonic + (k.scarringRooted - k.scarringEmbryonic) * rooted
      position *= max(0, 1 - scar * scarred)
    }
    // Capacity: incumbents grow toward the largest firm size; new firms take up part of the
    // rest; idle capacity leaves.
    let needed = s.demand / k.utilization
    let sizeRatio = capacityPerFirm / capacityPerFirmStart
    let growthMax = (k.firmGrowthMax + k.effectCapacity * active.capacity) * max(0, 1 - sizeRatio / k.firmSizeMax)
    let incumbentGrowth = min(growthMax, max(0, needed / max(state.capacity, 1) - 1))
    capacityPerFirm *= 1 + incumbentGrowth
    var capacity = state.capacity * (1 + incumbentGrowth) + added.capacity - addedCapacityBefore
    addedCapacityBefore = added.capacity
    var firms = state.firms
    for (g, group) in arrivals.enumerated() {
      let count = group.arriving(in: year)
      guard count > 0 else { continue }
      // An arriving firm brings an average firm's capacity (more for a large one) and its own
      // buyers: a multinational exports to its parent's network, and builds the campus, power
      // and links its exports need.
      let capacityAdded = count * capacityPerFirm * (group.large ? k.largeFirmCapacity : 1)
      capacity += capacityAdded
      position += capacityAdded * k.utilization / max(s.market, 1)
      s.demand += capacityAdded * k.utilization
      if group.foreign { baseInfrastructure += capacityAdded }
      firms += count
      if recordEvents, year == group.first {
        let span = group.last > group.first ? " to \(group.last)" : ""
        events.append("\(year)\(span): \(arrivalNames[g]) arrive\(group.count == 1 ? "s" : "") (\(group.count) firm\(group.count == 1 ? "" : "s"))")
      }
    }
    let effectFirms = added.firms - addedFirmsBefore
    addedFirmsBefore = added.firms
    if effectFirms != 0 {
      capacity += effectFirms * capacityPerFirm
      firms += effectFirms
    }
    if needed > capacity {
      let fill = min(1, k.entryFill * (1 + k.effectEntry * (active.entry + k.educationEntry * education)))
      let entering = (needed - capacity) * fill
      capacity += entering
      firms += entering / capacityPerFirm
    } else if needed < capacity * (1 - k.idleTolerated) {
      let leaving = (capacity * (1 - k.idleTolerated) - needed) * k.exitRate
      firms = max(1, firms * (1 - leaving / max(capacity, 1)))
      capacity -= leaving
    }
    s.capacity = capacity
    s.firms = firms
    // What the cluster's own buyers want this year (its position's demand, firms arrived this
    // year included): the base for the costs of growth below (firms' own infrastructure, buyers
    // turned away, wages and land). A shock that takes demand away lowers it; a windfall (a
    // boom, a devaluation, a subsidy's price advantage, demand a project brings) does not raise
    // it: buyers the cluster could not serve from a windfall were never its own, and a windfall
    // costs it no position [principle 8: more demand never gives less exports].
    let ownDemand = position * s.market * min(1, shockFactor) * min(1, policy)
    // Infrastructure [insight 8]: ordinary investment follows the load; projects add theirs.
    let pressure = min(1, max(0, state.demand / max(state.infrastructure, 1) - 1))
    baseInfrastructure *= 1 + k.infrastructureGrowth + k.infrastructureResponse * pressure
    let shared = baseInfrastructure * infrastructureFactor + infrastructureAdded + added.infrastructure
    // Where the shared infrastructure falls short, firms build their own from their export
    // income, only as much as closes the gap; what they spend slows their share's growth.
    let gap = max(0, min(s.demand, ownDemand) - shared - ownInfrastructure)
    let spent = min(k.selfProvisionShare * state.exports, gap * intensity / max(k.infrastructurePerUsd, 1e-9))
    ownInfrastructure += spent * k.infrastructurePerUsd / intensity
    selfProvisionCost = state.exports > 0 ? spent / state.exports : 0
    s.infrastructure = shared + ownInfrastructure
    // Exports: what buyers want, bounded by capacity (less what a regulation stops) and by
    // infrastructure. Buyers turned away partly go elsewhere.
    s.exports = min(s.demand, capacity * capacityFactor, s.infrastructure)
    // Only buyers of the cluster's own position count: demand a subsidy or a declared effect
    // brought, and could not be served, is not a loss of position.
    if s.exports < ownDemand, ownDemand > 0 {
      position *= 1 - (1 - k.unmetDemandKept) * (1 - s.exports / ownDemand)
    }
    s.marketShare = s.market > 0 ? min(1, s.exports / s.market) : 0
    // Producers become direct exporters as market access grows.
    let access = min(1, (active.market + (leadBuyer ? 1 : 0)) / k.exporterChannelsFull)
    exporterShare = min(1, exporterShare + k.exporterConversion * access * (1 - exporterShare))
    s.exporters = min(firms, exporterShare * firms + added.exporters)
    let size = capacityPerFirm / capacityPerFirmStart
    s.employment = firms * employeesPerFirmStart * pow(size, k.labourElasticity) + added.employment
    // Each unit of value channel closes a share of the distance to full retention.
    s.valueRetention = min(1, max(0, state.valueRetention + k.effectValue * active.value * (1 - state.valueRetention)
      + valueEffect(added.valueRetention)))
    // The region's labour pool grows, faster while the cluster draws on it.
    // The labour its exports need presses on wages and land: it grows with exports less than
    // in proportion, as output per worker rises with scale (Tirupur: capacity ×4, employees ×3).
    // Idle capacity does not press on wages, and how the firms are split does not matter.
    s.labourLoad = labourLoad(of: s.exports)
    // Wages and land follow the labour of the cluster's own buyers' exports: a windfall's extra
    // workers come and go with it and move the share it can reach no lower.
    congestionLoad = labourLoad(of: min(s.exports, ownDemand))
    labourPool *= 1 + k.labourPoolGrowth + k.migrationResponse * min(1, s.labourLoad)
    history.append(s)
    state = s
    advanceStage()
  }

  var addedCapacityBefore = 0.0

  /// The labour `exports` need (employment at the start × their growth^labour_elasticity) over
  /// the region's pool.
  func labourLoad(of exports: Double) -> Double {
    history[0].employment * pow(exports / max(history[0].exports, 1), k.labourElasticity) / labourPool
  }
  var addedFirmsBefore = 0.0
  var addedTrustBefore = 0.0
  var addedValueBefore = 0.0

  /// A declared trust effect acts once, as the project delivers it.
  mutating func trustEffect(_ total: Double) -> Double {
    defer { addedTrustBefore = total }
    return total - addedTrustBefore
  }

  mutating func valueEffect(_ total: Double) -> Double {
    defer { addedValueBefore = total }
    return total - addedValueBefore
  }

  /// Moves the stage when the signs of another have held for `stage_persistence` years.
  mutating func advanceStage() {
    var candidate = candidateStage(previous: history)
    if candidate == .declining && !everEstablished { candidate = .embryonic }
    if candidate == state.stage {
      pending = nil
    } else if let p = pending, p.stage == candidate {
      pending = (candidate, p.years + 1)
    } else {
      pending = (candidate, 1)
    }
    if let p = pending, Double(p.years) >= k.stagePersistence {
      state.stage = p.stage
      pending = nil
    }
    if state.stage != .embryonic { everEstablished = true }
    if state.stage == .mature, matureSince == nil { matureSince = state.year }
    history[history.count - 1].stage = state.stage
  }

  /// The life-cycle stage the signs of the simulated year point to, by the one rule the
  /// evaluation uses (`LifeCycle`): the run's growth of its market share over the last three
  /// years is the sign of maturity, and its exports' growth the sign of decline.
  func candidateStage(previous: [YearState]) -> Stage {
    var shareGrowth: Double?
    var exportsGrowth: Double?
    if previous.count >= 4 {
      let before = previous[previous.count - 4]
      exportsGrowth = before.exports > 0 ? state.exports / before.exports : 1
      shareGrowth = before.marketShare > 0 ? state.marketShare / before.marketShare : 1
    }
    return LifeCycle.simulated(
      firms: state.firms, organized: organized, yearsOrganized: state.year - initiativeStart,
      complexDone: complexStarts.contains { $0 <= state.year }, demandWeak: nil, shareGrowth: shareGrowth,
      exportsGrowth: exportsGrowth, p)
  }
}

/// x^y for x > 0, from the network module's logarithm and a series exponential.
func pow(_ x: Double, _ y: Double) -> Double {
  guard x > 0 else { return 0 }
  return exponential(y * naturalLog(x))
}

/// e^x by range reduction and a Taylor series: x is halved until |x| ≤ 1/2, the series summed,
/// and the sum squared back (about 1e-13 relative error up to |x| = 700; beyond, 0 or ∞).
func exponential(_ x: Double) -> Double {
  guard x.isFinite else { return x > 0 ? .infinity : 0 }
  if x < -745 { return 0 }
  if x > 710 { return .infinity }
  var halvings = 0
  var r = x
  while abs(r) > 0.5 {
    r /= 2
    halvings += 1
  }
  var term = 1.0
  var sum = 1.0
  for k in 1...20 {
    term *= r / Double(k)
    sum += term
  }
  for _ in 0..<halvings { sum *= sum }
  return sum
}
