// The yearly simulation: demand, capacity, infrastructure, firms, trust and the life cycle of a
// cluster, driven by its interventions. Deterministic without a seed; with one, demand shocks
// and project outcomes are drawn. Every mechanism and parameter is in docs/model.md.

import ClusterWorkspace

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
  /// Exports ÷ infrastructure capacity: 1 means the infrastructure binds.
  public var infrastructureLoad: Double { infrastructure > 0 ? exports / infrastructure : 0 }
  public var trust: Double
  public var socialCapital: Double
  public var valueRetention: Double
  public var marketShare: Double
  public var stage: Stage
}

/// A simulated run: one state a year and the events that shaped it.
public struct Trajectory: Sendable, Equatable {
  public var years: [YearState]
  /// "1995: Water failed (trust 0.21 under trust_low 0.3)" and the like, in order.
  public var events: [String]

  public func state(in year: Int) -> YearState? {
    years.first { $0.year == year }
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
      s.trust, s.socialCapital, s.valueRetention, s.marketShare,
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
  let prerequisites: (unmet: Int, horizontalReach: Double, institutionReach: Double, valueRetention: Double)

  public init(_ cluster: Cluster, parameters: ParameterSet = ParameterSet()) {
    facts = Facts(cluster, parameters: parameters, everything: true)
    prerequisites = ClusterModel.simulationInputs(Facts(cluster, parameters: parameters))
  }
}

public enum Simulation {
  /// Simulates the cluster year by year from `from` to `to` (inclusive), starting from the state
  /// it declares. `seed` nil gives the deterministic run.
  public static func run(_ cluster: Cluster, parameters p: ParameterSet = ParameterSet(), from: Int, to: Int, seed: UInt64? = nil)
    -> Trajectory
  {
    run(SimulationCase(cluster, parameters: p), from: from, to: to, seed: seed)
  }

  public static func run(_ prepared: SimulationCase, from: Int, to: Int, seed: UInt64? = nil, recordEvents: Bool = true)
    -> Trajectory
  {
    var engine = Engine(prepared, from: from, seed: seed)
    engine.recordEvents = recordEvents
    return run(&engine, to: to)
  }

  /// Steps a prepared engine to `to`. Monte Carlo prepares one engine per worker and copies
  /// it for each run, changing only its draws: the start state is the same for every run.
  static func run(_ engine: inout Engine, to: Int) -> Trajectory {
    let from = engine.state.year
    var years = [engine.state]
    years.reserveCapacity(max(0, to - from) + 1)
    if to > from {
      for year in (from + 1)...to {
        engine.step(to: year)
        years.append(engine.state)
      }
    }
    return Trajectory(years: years, events: engine.events)
  }
}

/// The parameters a run reads, looked up once: a step reads dozens of them, and a dictionary
/// lookup by name in every step of every Monte Carlo run cost a fifth of the time.
struct StepParameters {
  let declineThreshold: Double
  let demandModerateFactor: Double
  let demandShockSd: Double
  let demandWeakFactor: Double
  let effectCapacity: Double
  let effectEntry: Double
  let effectInfrastructure: Double
  let effectMarket: Double
  let effectTrust: Double
  let effectValue: Double
  let entryFill: Double
  let establishedMinFirms: Double
  let establishedMinYears: Double
  let exitRate: Double
  let exporterConversion: Double
  let failureScale: Double
  let firmGrowthMax: Double
  let infrastructureGrowth: Double
  let infrastructureHeadroomModerate: Double
  let infrastructureHeadroomStrong: Double
  let infrastructureHeadroomWeak: Double
  let infrastructureIntensityHighTech: Double
  let infrastructureIntensityServices: Double
  let infrastructurePerUsd: Double
  let infrastructureResponse: Double
  let initialMarketShare: Double
  let labourElasticity: Double
  let leadBuyerGain: Double
  let marketGrowthAgricultural: Double
  let marketGrowthHighTech: Double
  let marketGrowthManufacturing: Double
  let marketGrowthOther: Double
  let marketShareMax: Double
  let matureMinYears: Double
  let maturityGrowth: Double
  let missingPrerequisiteDrag: Double
  let projectLagComplex: Double
  let projectRampComplex: Double
  let selfProvisionShare: Double
  let shareGain: Double
  let simpleProjectWeight: Double
  let trustGainSuccess: Double
  let trustLossFailure: Double
  let trustLow: Double
  let trustAssumed: Double
  let unmetDemandKept: Double
  let utilization: Double

  init(_ p: ParameterSet) {
    declineThreshold = p[.declineThreshold]
    demandModerateFactor = p[.demandModerateFactor]
    demandShockSd = p[.demandShockSd]
    demandWeakFactor = p[.demandWeakFactor]
    effectCapacity = p[.effectCapacity]
    effectEntry = p[.effectEntry]
    effectInfrastructure = p[.effectInfrastructure]
    effectMarket = p[.effectMarket]
    effectTrust = p[.effectTrust]
    effectValue = p[.effectValue]
    entryFill = p[.entryFill]
    establishedMinFirms = p[.establishedMinFirms]
    establishedMinYears = p[.establishedMinYears]
    exitRate = p[.exitRate]
    exporterConversion = p[.exporterConversion]
    failureScale = p[.failureScale]
    firmGrowthMax = p[.firmGrowthMax]
    infrastructureGrowth = p[.infrastructureGrowth]
    infrastructureHeadroomModerate = p[.infrastructureHeadroomModerate]
    infrastructureHeadroomStrong = p[.infrastructureHeadroomStrong]
    infrastructureHeadroomWeak = p[.infrastructureHeadroomWeak]
    infrastructureIntensityHighTech = p[.infrastructureIntensityHighTech]
    infrastructureIntensityServices = p[.infrastructureIntensityServices]
    infrastructurePerUsd = p[.infrastructurePerUsd]
    infrastructureResponse = p[.infrastructureResponse]
    initialMarketShare = p[.initialMarketShare]
    labourElasticity = p[.labourElasticity]
    leadBuyerGain = p[.leadBuyerGain]
    marketGrowthAgricultural = p[.marketGrowthAgricultural]
    marketGrowthHighTech = p[.marketGrowthHighTech]
    marketGrowthManufacturing = p[.marketGrowthManufacturing]
    marketGrowthOther = p[.marketGrowthOther]
    marketShareMax = p[.marketShareMax]
    matureMinYears = p[.matureMinYears]
    maturityGrowth = p[.maturityGrowth]
    missingPrerequisiteDrag = p[.missingPrerequisiteDrag]
    projectLagComplex = p[.projectLagComplex]
    projectRampComplex = p[.projectRampComplex]
    selfProvisionShare = p[.selfProvisionShare]
    shareGain = p[.shareGain]
    simpleProjectWeight = p[.simpleProjectWeight]
    trustGainSuccess = p[.trustGainSuccess]
    trustLossFailure = p[.trustLossFailure]
    trustLow = p[.trustLow]
    trustAssumed = p[.trustAssumed]
    unmetDemandKept = p[.unmetDemandKept]
    utilization = p[.utilization]
  }
}

/// What a run needs of a project, without its strings.
struct ProjectRun {
  let start: Int?
  let complex: Bool
  let simple: Bool
  let dropped: Bool
  let declaredFailed: Bool
  let cost: Double
  let channels: Channels

  init(_ project: Project) {
    start = project.start
    complex = project.complexity == .complex
    simple = project.complexity == .simple
    dropped = project.status == .dropped
    declaredFailed = project.status == .failed
    cost = project.cost
    channels = project.kind?.channels ?? Channels()
  }
}

/// What a run needs of firms arriving after the start (FDI, announced entrants).
struct Arrival {
  let count: Int
  let large: Bool
  let foreign: Bool
  let founded: Int
}

/// The state and rules of one run.
struct Engine {
  let p: ParameterSet
  let k: StepParameters
  let facts: Facts
  var draws: Draws
  var state: YearState
  var events: [String] = []
  /// Monte Carlo runs skip the event log: thousands of runs need only the numbers.
  var recordEvents = true
  let startExports: Double
  let startInfrastructure: Double
  /// Physical infrastructure per dollar of exports, relative to manufacturing.
  let intensity: Double
  /// The infrastructure without the cluster's own projects.
  var baseInfrastructure: Double
  let capacityPerFirmStart: Double
  let employeesPerFirmStart: Double
  var capacityPerFirm: Double
  var marketSize: Double
  var exporterShare: Double
  let marketGrowth: Double
  let prerequisiteDrag: Double
  let horizontalReach: Double
  let institutionReach: Double
  let initiativeStart: Int
  var renewed = false
  /// Firms declared with a founding year after the start: they enter in that year.
  let arrivals: [Arrival]
  let arrivalNames: [String]
  /// The projects with their channels, read once so the yearly steps touch no strings (Monte
  /// Carlo workers retaining the same names would contend for them across cores).
  let projects: [ProjectRun]
  let projectNames: [String]
  /// Whether a lead buyer is linked to the cluster [insight 10].
  let leadBuyer: Bool
  /// Universities, training and research institutions: the skills that let firms enter.
  let education: Double
  /// Each project's outcome quality once it has started (nil before).
  var quality: [Double?]
  /// The year the cluster first became mature: projects of renewal started from then on renew it.
  var matureSince: Int?
  /// The life cycle's signs that do not change in a run [LifeCycle].
  let organized: Bool?
  let complexStarts: [Int]
  let demandWeak: Bool?

  /// The start of a run; only `draws` depends on the seed.
  init(_ prepared: SimulationCase, from: Int, seed: UInt64?) {
    facts = prepared.facts
    p = facts.parameters
    k = StepParameters(p)
    let cluster = facts.cluster
    draws = Draws(seed: seed)
    // Firms founded after the start arrive in their founding year (FDI, announced entrants).
    let present = facts.firms.filter { ($0.founded ?? from) <= from }
    let arriving = facts.firms.filter { ($0.founded ?? from) > from }
    arrivals = arriving.map { Arrival(count: $0.count, large: $0.large, foreign: $0.foreign, founded: $0.founded ?? from) }
    arrivalNames = arriving.map(\.name)
    let firms = Double(max(1, present.reduce(0) { $0 + $1.count }))
    let declaredExports = cluster["exports"].number
      ?? present.reduce(0.0) { $0 + Double($1.count) * ($1.exports ?? 0) }
    let exports = declaredExports > 0 ? declaredExports : firms * 100_000
    startExports = exports
    capacityPerFirmStart = exports / k.utilization / firms
    capacityPerFirm = capacityPerFirmStart
    let employees = present.reduce(0.0) { $0 + Double($1.count) * ($1.employees ?? 20) }
    employeesPerFirmStart = employees / firms
    marketSize = exports / k.initialMarketShare
    let exportersNow = present.filter { $0.role == "exporter" || $0.directExport == true || ($0.exports ?? 0) > 0 }
      .reduce(0.0) { $0 + Double($1.count) }
    exporterShare = min(1, max(exportersNow, 1) / firms)
    let typeGrowth: Double
    switch facts.type {
    case .manufacturing: typeGrowth = k.marketGrowthManufacturing
    case .highTech: typeGrowth = k.marketGrowthHighTech
    case .agricultural: typeGrowth = k.marketGrowthAgricultural
    default: typeGrowth = k.marketGrowthOther
    }
    // International demand for this cluster's product [insight 2] scales its market's growth.
    let demandLevel: Double
    switch cluster["demand"].word {
    case "strong": demandLevel = 1
    case "weak": demandLevel = k.demandWeakFactor
    case "none": demandLevel = 0
    default: demandLevel = k.demandModerateFactor
    }
    marketGrowth = typeGrowth * demandLevel
    let headroom: Double
    switch cluster["infrastructure"].word {
    case "weak", "none": headroom = k.infrastructureHeadroomWeak
    case "strong": headroom = k.infrastructureHeadroomStrong
    default: headroom = k.infrastructureHeadroomModerate
    }
    // Physical infrastructure per dollar of exports, relative to manufacturing.
    let intensity: Double
    switch facts.type {
    case .highTech: intensity = k.infrastructureIntensityHighTech
    case .services: intensity = k.infrastructureIntensityServices
    default: intensity = 1
    }
    self.intensity = intensity
    startInfrastructure = exports * headroom / intensity
    baseInfrastructure = startInfrastructure
    // Prerequisites [insight 2], read as the evaluation reads them.
    let evaluation = prepared.prerequisites
    prerequisiteDrag = Double(evaluation.unmet) * k.missingPrerequisiteDrag
    horizontalReach = evaluation.horizontalReach
    institutionReach = evaluation.institutionReach
    initiativeStart = facts.initiativeStart?.year ?? from
    projects = facts.projects.map(ProjectRun.init)
    projectNames = facts.projects.map(\.name)
    quality = Array(repeating: nil, count: facts.projects.count)
    leadBuyer = facts.buyers.contains { b in b.lead && cluster.links.contains { $0.touches(b.name) } }
    education = Double(facts.institutions.filter { $0.kind?.producesSkills == true }.count)
    organized = LifeCycle.signs(facts).organized
    complexStarts = facts.projects.filter { $0.complexity == .complex && $0.status != .dropped && $0.status != .failed }.compactMap(\.start)
    demandWeak = cluster["demand"].word.map { $0 == "weak" || $0 == "none" }
    let trust = facts.trust.value ?? k.trustAssumed
    state = YearState(
      year: from, exports: exports, demand: exports, firms: firms, exporters: exporterShare * firms,
      employment: employees, capacity: exports / k.utilization, infrastructure: startInfrastructure, trust: trust,
      socialCapital: (trust + horizontalReach + institutionReach) / 3, valueRetention: evaluation.valueRetention,
      marketShare: k.initialMarketShare, stage: .embryonic)
    state.stage = cluster["stage"].word.flatMap(Stage.init(rawValue:)) ?? stage(previous: [])
    history = [state]
  }

  var history: [YearState] = []

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
    let trustLow = k.trustLow
    var quality = 1.0
    if project.declaredFailed {
      quality = 0
    } else if project.complex && state.trust < trustLow {
      let failure = k.failureScale * (1 - state.trust / max(trustLow, 0.0001))
      if draws.isRandom {
        quality = draws.happens(failure) ? 0 : 1
      } else {
        quality = 1 - failure
      }
    } else if draws.isRandom && project.complex {
      quality = draws.happens(0.05) ? 0 : 1  // even trusted complex projects fail sometimes
    }
    if quality == 0 {
      state.trust = max(0, state.trust - k.trustLossFailure)
      if recordEvents { events.append("\(year): \(projectNames[index]) failed (trust \(Figure.number(state.trust)))") }
    } else if quality < 1 {
      state.trust = max(0, state.trust - k.trustLossFailure * (1 - quality))
      if recordEvents { events.append("\(year): \(projectNames[index]) delivers \(Figure.share(quality)) (started under low trust)") }
    } else {
      state.trust = min(1, state.trust + k.trustGainSuccess)
      if recordEvents { events.append("\(year): \(projectNames[index]) starts") }
    }
    return quality
  }

  mutating func step(to year: Int) {
    var s = state
    s.year = year
    // Projects starting this year decide their outcome now.
    for (i, project) in projects.enumerated() where project.start == year && quality[i] == nil {
      let outcome = start(project, index: i, in: year)
      quality[i] = outcome
    }
    s.trust = state.trust
    // The channels of the projects in effect this year.
    var active = Channels()
    var infrastructureAdded = 0.0
    var infrastructureFactor = 1.0
    for (i, project) in projects.enumerated() {
      let started = quality[i] ?? ((project.start ?? Int.max) <= year ? 1 : 0)
      let strength = progress(project, in: year) * started
      guard strength > 0 else { continue }
      let c = project.channels
      let weight = project.complex ? 1.0 : k.simpleProjectWeight
      active.market += c.market * strength * weight
      active.capacity += c.capacity * strength * weight
      active.infrastructure += c.infrastructure * strength
      // An infrastructure project with a declared cost carries exports in proportion to what was
      // invested; one without a cost adds a share of the starting infrastructure.
      if c.infrastructure > 0 {
        if project.cost > 0 {
          infrastructureAdded += strength * project.cost * k.infrastructurePerUsd * min(1, c.infrastructure)
        } else {
          infrastructureFactor *= 1 + strength * k.effectInfrastructure * c.infrastructure
        }
      }
      active.trust += c.trust * strength
      active.entry += c.entry * strength * weight
      active.value += c.value * strength * weight
      if let since = matureSince, (project.start ?? 0) >= since, c.renews, !renewed {
        renewed = true
        if recordEvents { events.append("\(year): \(projectNames[i]) renews the mature cluster") }
      }
    }
    // Trust and social capital move with joint projects and networking.
    s.trust = min(1, s.trust + k.effectTrust * active.trust)
    s.socialCapital = (s.trust + min(1, horizontalReach + 0.02 * active.trust) + institutionReach) / 3
    // Demand: the world market grows; the cluster's share grows with its competitiveness and
    // saturates as it nears market_share_max.
    var gain = k.effectMarket * active.market + (leadBuyer ? k.leadBuyerGain : 0) - prerequisiteDrag
    gain += (s.trust - k.trustLow) * k.shareGain
    if renewed { gain += k.shareGain * 0.5 }
    let room = max(0, 1 - state.marketShare / k.marketShareMax)
    let shock = k.demandShockSd * draws.normal()
    let share = max(1e-9, state.marketShare * (1 + gain * (gain > 0 ? room : 1)))
    marketSize *= 1 + marketGrowth + shock
    let newDemand = max(0, share * marketSize)
    let carried = k.unmetDemandKept * max(0, state.demand - state.exports)
    s.demand = newDemand + carried
    // Capacity: incumbents grow up to firm_growth_max (more with capacity projects); new firms
    // take up part of the rest; idle capacity leaves.
    let needed = s.demand / k.utilization
    let growthMax = k.firmGrowthMax + k.effectCapacity * active.capacity
    let incumbentGrowth = min(growthMax, max(0, needed / max(state.capacity, 1) - 1))
    capacityPerFirm *= 1 + incumbentGrowth
    var capacity = state.capacity * (1 + incumbentGrowth)
    var firms = state.firms
    for (g, group) in arrivals.enumerated() where group.founded == year {
      // An arriving firm brings the capacity of an average firm (two for a large one) and its
      // own buyers: a multinational exports to its parent's network.
      let added = Double(group.count) * capacityPerFirm * (group.large ? 2.0 : 1.0)
      capacity += added
      s.demand += added * k.utilization
      // Multinationals build their own campuses, power and links: they bring the infrastructure
      // their exports need.
      if group.foreign { baseInfrastructure += added }
      firms += Double(group.count)
      if recordEvents { events.append("\(year): \(arrivalNames[g]) arrives (\(group.count) firm\(group.count == 1 ? "" : "s"))") }
    }
    if needed > capacity {
      let fill = min(1, k.entryFill * (1 + k.effectEntry * (active.entry + 0.5 * education)))
      let entering = (needed - capacity) * fill
      capacity += entering
      firms += entering / capacityPerFirm
    } else if needed < capacity * 0.9 {
      let leaving = (capacity * 0.9 - needed) * k.exitRate
      firms = max(1, firms * (1 - leaving / capacity))
      capacity -= leaving
    }
    s.capacity = capacity
    s.firms = firms
    // Infrastructure: ordinary growth plus the projects in effect [insight 8].
    // Ordinary investment follows the load: it grows faster while demand presses on it.
    let pressure = min(1, max(0, state.demand / max(state.infrastructure, 1) - 1))
    baseInfrastructure *= 1 + k.infrastructureGrowth + k.infrastructureResponse * pressure
    // When the shared infrastructure bound last year, firms build their own (power, water,
    // links) from their export income; a dollar goes further where exports need less of it.
    if state.infrastructureLoad >= 0.999 {
      baseInfrastructure += k.selfProvisionShare * state.exports * k.infrastructurePerUsd / intensity
    }
    let base = baseInfrastructure
    s.infrastructure = base * infrastructureFactor + infrastructureAdded
    // Exports: what buyers want, bounded by capacity and by infrastructure.
    s.exports = min(s.demand, capacity, s.infrastructure)
    s.marketShare = marketSize > 0 ? min(1, s.exports / marketSize) : 0
    // Producers become direct exporters as market access grows.
    exporterShare = min(1, exporterShare + k.exporterConversion * min(1, (active.market + (leadBuyer ? 1 : 0)) / 4) * (1 - exporterShare))
    s.exporters = exporterShare * firms
    let sizeRatio = capacityPerFirm / capacityPerFirmStart
    s.employment = firms * employeesPerFirmStart * pow(sizeRatio, k.labourElasticity)
    s.valueRetention = min(1, state.valueRetention + k.effectValue * active.value)
    history.append(s)
    state = s
    state.stage = stage(previous: history)
    history[history.count - 1].stage = state.stage
    if state.stage == .mature, matureSince == nil { matureSince = year }
  }

  /// The life-cycle stage of the simulated year, by the one rule the evaluation uses
  /// (`LifeCycle`), with the run's growth over the last three years as a sign; a renewed
  /// cluster grows again and is read as established.
  func stage(previous: [YearState]) -> Stage {
    var growth: Double?
    if previous.count >= 4 {
      let before = previous[previous.count - 4].exports
      growth = before > 0 ? state.exports / before : 1
    }
    let stage = LifeCycle.simulated(
      firms: state.firms, organized: organized, yearsOrganized: state.year - initiativeStart,
      complexDone: complexStarts.contains { $0 <= state.year }, demandWeak: demandWeak, growth: growth, p)
    return renewed && stage == .mature ? .established : stage
  }
}

/// (1 + r)^n for whole n without a C library.
func pow1p(_ r: Double, _ n: Int) -> Double {
  var result = 1.0
  for _ in 0..<max(0, n) { result *= 1 + r }
  return result
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
