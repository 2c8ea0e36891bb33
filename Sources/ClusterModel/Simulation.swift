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
  public var stage: String
}

/// A simulated run: one state a year and the events that shaped it.
public struct Trajectory: Sendable, Equatable {
  public var years: [YearState]
  /// "1995: Water failed (trust 0.21 under trust_low 0.3)" and the like, in order.
  public var events: [String]

  public func state(in year: Int) -> YearState? {
    years.first { $0.year == year }
  }

  /// The metrics a trajectory answers, in the order reports show them.
  public static let metrics = [
    "exports", "demand", "firms", "exporters", "employment", "capacity", "infrastructure", "infrastructure_load",
    "trust", "social_capital", "value_retention", "market_share",
  ]

  public func value(_ metric: String, in year: Int) -> Double? {
    state(in: year).flatMap { Trajectory.value(metric, of: $0) }
  }

  public static func value(_ metric: String, of s: YearState) -> Double? {
    switch metric {
    case "exports": return s.exports
    case "demand": return s.demand
    case "firms": return s.firms
    case "exporters": return s.exporters
    case "employment": return s.employment
    case "capacity": return s.capacity
    case "infrastructure": return s.infrastructure
    case "infrastructure_load": return s.infrastructureLoad
    case "trust": return s.trust
    case "social_capital": return s.socialCapital
    case "value_retention": return s.valueRetention
    case "market_share": return s.marketShare
    default: return nil
    }
  }
}

/// The channels through which a kind of intervention acts, in units (see docs/model.md).
struct Channels {
  var market = 0.0
  var capacity = 0.0
  var infrastructure = 0.0
  var trust = 0.0
  var entry = 0.0
  var value = 0.0

  /// What each kind of the paper's catalogue does, in the paper's terms.
  static func of(_ kind: String?) -> Channels {
    var c = Channels()
    switch kind {
    case "trade_fair", "buyer_seller_meetings", "joint_marketing": c.market = 1; c.trust = 0.3
    case "export_consortium": c.market = 1; c.trust = 0.5
    case "trade_fair_complex": c.market = 2; c.infrastructure = 0.2
    case "cluster_brand": c.market = 1.5; c.value = 1
    case "market_presence": c.market = 1.5; c.value = 1
    case "market_information": c.market = 0.5
    case "logistics_terminal": c.infrastructure = 1; c.market = 0.5
    case "transport": c.infrastructure = 1
    case "customs_facilitation", "regulation_streamlining": c.market = 0.5
    case "networking_sessions": c.trust = 1
    case "awareness_building", "business_services": c.trust = 0.5; c.capacity = 0.3
    case "training_institute": c.capacity = 1; c.entry = 0.5
    case "design_institute": c.capacity = 0.5; c.value = 1
    case "industrial_park": c.capacity = 1; c.infrastructure = 0.5; c.entry = 1.5  // space for new firms
    case "manufacturing_complex", "capacity_investment": c.capacity = 2
    case "technology_transfer": c.capacity = 1; c.value = 0.5
    case "ict_adoption": c.capacity = 0.5; c.market = 0.3
    case "certification", "quality_programme": c.market = 1; c.value = 0.5
    case "university_research": c.capacity = 1; c.entry = 0.5
    case "ict_infrastructure": c.infrastructure = 1.5; c.capacity = 0.5
    case "fdi_attraction": c.entry = 1.5; c.capacity = 1
    case "venture_capital": c.entry = 1
    case "water_supply", "effluent_treatment": c.infrastructure = 1.5
    case "labour_standards": c.market = 0.5; c.trust = 0.3
    case "dispute_mediation": c.trust = 0.5
    case "women_employment", "regional_development": c.capacity = 0.3
    case "export_subsidy", "fiscal_incentive": c.market = 0.5
    default: break
    }
    return c
  }

  /// Renewal of a mature cluster: product diversification, market repositioning, technology.
  var renews: Bool { value > 0 || (capacity >= 1 && entry > 0) }
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
  let prerequisites: (present: Int, horizontalReach: Double, institutionReach: Double, valueRetention: Double)

  public init(_ cluster: Cluster, parameters: ParameterSet = ParameterSet()) {
    facts = Facts(cluster, parameters: parameters)
    prerequisites = Assessment.prerequisitesOnly(facts)
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
    var years = [engine.state]
    if to > from {
      for year in (from + 1)...to {
        engine.step(to: year)
        years.append(engine.state)
      }
    }
    return Trajectory(years: years, events: engine.events)
  }
}

/// The state and rules of one run.
struct Engine {
  let p: ParameterSet
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
  let arrivals: [FirmGroup]
  /// The projects and their channels, read once so the yearly steps touch no strings.
  let projects: [Project]
  let channels: [Channels]
  /// Whether a lead buyer is linked to the cluster [insight 10].
  let leadBuyer: Bool
  /// Universities, training and research institutions: the skills that let firms enter.
  let education: Double
  /// Each project's outcome quality once it has started (nil before).
  var quality: [Double?]
  /// The year the cluster first became mature: projects of renewal started from then on renew it.
  var matureSince: Int?

  init(_ prepared: SimulationCase, from: Int, seed: UInt64?) {
    facts = prepared.facts
    p = facts.parameters
    let cluster = facts.cluster
    draws = Draws(seed: seed)
    // Firms founded after the start arrive in their founding year (FDI, announced entrants).
    let present = facts.firms.filter { ($0.founded ?? from) <= from }
    arrivals = facts.firms.filter { ($0.founded ?? from) > from }
    let firms = Double(max(1, present.reduce(0) { $0 + $1.count }))
    let declaredExports = cluster["exports"].number
      ?? present.reduce(0.0) { $0 + Double($1.count) * ($1.exports ?? 0) }
    let exports = declaredExports > 0 ? declaredExports : firms * 100_000
    startExports = exports
    capacityPerFirmStart = exports / p["utilization"] / firms
    capacityPerFirm = capacityPerFirmStart
    let employees = present.reduce(0.0) { $0 + Double($1.count) * ($1.employees ?? 20) }
    employeesPerFirmStart = employees / firms
    marketSize = exports / p["initial_market_share"]
    let exportersNow = present.filter { $0.role == "exporter" || $0.directExport || ($0.exports ?? 0) > 0 }
      .reduce(0.0) { $0 + Double($1.count) }
    exporterShare = min(1, max(exportersNow, 1) / firms)
    let typeGrowth: Double
    switch facts.type {
    case "manufacturing": typeGrowth = p["market_growth_manufacturing"]
    case "high_tech": typeGrowth = p["market_growth_high_tech"]
    case "agricultural": typeGrowth = p["market_growth_agricultural"]
    default: typeGrowth = p["market_growth_other"]
    }
    // International demand for this cluster's product [insight 2] scales its market's growth.
    let demandLevel: Double
    switch cluster["demand"].word {
    case "strong": demandLevel = 1
    case "weak": demandLevel = p["demand_weak_factor"]
    case "none": demandLevel = 0
    default: demandLevel = p["demand_moderate_factor"]
    }
    marketGrowth = typeGrowth * demandLevel
    let headroom: Double
    switch cluster["infrastructure"].word {
    case "weak", "none": headroom = p["infrastructure_headroom_weak"]
    case "strong": headroom = p["infrastructure_headroom_strong"]
    default: headroom = p["infrastructure_headroom_moderate"]
    }
    /// Physical infrastructure per dollar of exports, relative to manufacturing.
  let intensity: Double
    switch facts.type {
    case "high_tech": intensity = p["infrastructure_intensity_high_tech"]
    case "services": intensity = p["infrastructure_intensity_services"]
    default: intensity = 1
    }
    self.intensity = intensity
    startInfrastructure = exports * headroom / intensity
    baseInfrastructure = startInfrastructure
    // Prerequisites [insight 2], read as the evaluation reads them.
    let evaluation = prepared.prerequisites
    prerequisiteDrag = Double(4 - evaluation.present) * p["missing_prerequisite_drag"]
    horizontalReach = evaluation.horizontalReach
    institutionReach = evaluation.institutionReach
    initiativeStart = facts.initiativeStart ?? from
    projects = facts.projects
    channels = facts.projects.map { Channels.of($0.kind) }
    quality = Array(repeating: nil, count: facts.projects.count)
    leadBuyer = facts.buyers.contains { b in b["lead"].bool == true && cluster.links.contains { $0.touches(b.name) } }
    education = Double(facts.institutions.filter { ["university", "training", "research"].contains($0.kind ?? "") }.count)
    let trust = facts.trust.value ?? 0.3
    state = YearState(
      year: from, exports: exports, demand: exports, firms: firms, exporters: exporterShare * firms,
      employment: employees, capacity: exports / p["utilization"], infrastructure: startInfrastructure, trust: trust,
      socialCapital: (trust + horizontalReach + institutionReach) / 3, valueRetention: evaluation.valueRetention,
      marketShare: p["initial_market_share"], stage: "")
    state.stage = cluster["stage"].word ?? stage(previous: [])
    history = [state]
  }

  var history: [YearState] = []

  /// How far a project delivers in `year`: 0 before it starts, ramping to 1.
  func progress(_ project: Project, in year: Int) -> Double {
    guard let start = project.start, !["dropped"].contains(project.status) else { return 0 }
    if project.complexity == "simple" { return year >= start ? 1 : 0 }
    let lag = Int(p["project_lag_complex"])
    let ramp = max(1, p["project_ramp_complex"])
    return min(1, max(0, Double(year - start - lag + 1) / ramp))
  }

  /// Decides a project's outcome when it starts, from the trust it starts under [insight 6].
  mutating func start(_ project: Project, in year: Int) -> Double {
    let trustLow = p["trust_low"]
    var quality = 1.0
    if project.status == "failed" {
      quality = 0
    } else if project.complexity == "complex" && state.trust < trustLow {
      let failure = p["failure_scale"] * (1 - state.trust / max(trustLow, 0.0001))
      if draws.isRandom {
        quality = draws.happens(failure) ? 0 : 1
      } else {
        quality = 1 - failure
      }
    } else if draws.isRandom && project.complexity == "complex" {
      quality = draws.happens(0.05) ? 0 : 1  // even trusted complex projects fail sometimes
    }
    if quality == 0 {
      state.trust = max(0, state.trust - p["trust_loss_failure"])
      if recordEvents { events.append("\(year): \(project.name) failed (trust \(Figure.number(state.trust)))") }
    } else if quality < 1 {
      state.trust = max(0, state.trust - p["trust_loss_failure"] * (1 - quality))
      if recordEvents { events.append("\(year): \(project.name) delivers \(Figure.share(quality)) (started under low trust)") }
    } else {
      state.trust = min(1, state.trust + p["trust_gain_success"])
      if recordEvents { events.append("\(year): \(project.name) starts") }
    }
    return quality
  }

  mutating func step(to year: Int) {
    var s = state
    s.year = year
    // Projects starting this year decide their outcome now.
    for (i, project) in projects.enumerated() where project.start == year && quality[i] == nil {
      let outcome = start(project, in: year)
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
      let c = channels[i]
      let weight = project.complexity == "complex" ? 1.0 : p["simple_project_weight"]
      active.market += c.market * strength * weight
      active.capacity += c.capacity * strength * weight
      active.infrastructure += c.infrastructure * strength
      // An infrastructure project with a declared cost carries exports in proportion to what was
      // invested; one without a cost adds a share of the starting infrastructure.
      if c.infrastructure > 0 {
        if project.cost > 0 {
          infrastructureAdded += strength * project.cost * p["infrastructure_per_usd"] * min(1, c.infrastructure)
        } else {
          infrastructureFactor *= 1 + strength * p["effect_infrastructure"] * c.infrastructure
        }
      }
      active.trust += c.trust * strength
      active.entry += c.entry * strength * weight
      active.value += c.value * strength * weight
      if let since = matureSince, (project.start ?? 0) >= since, c.renews, !renewed {
        renewed = true
        if recordEvents { events.append("\(year): \(project.name) renews the mature cluster") }
      }
    }
    // Trust and social capital move with joint projects and networking.
    s.trust = min(1, s.trust + p["effect_trust"] * active.trust)
    s.socialCapital = (s.trust + min(1, horizontalReach + 0.02 * active.trust) + institutionReach) / 3
    // Demand: the world market grows; the cluster's share grows with its competitiveness and
    // saturates as it nears market_share_max.
    var gain = p["effect_market"] * active.market + (leadBuyer ? p["lead_buyer_gain"] : 0) - prerequisiteDrag
    gain += (s.trust - p["trust_low"]) * p["share_gain"]
    if renewed { gain += p["share_gain"] * 0.5 }
    let room = max(0, 1 - state.marketShare / p["market_share_max"])
    let shock = p["demand_shock_sd"] * draws.normal()
    let share = max(1e-9, state.marketShare * (1 + gain * (gain > 0 ? room : 1)))
    marketSize *= 1 + marketGrowth + shock
    let newDemand = max(0, share * marketSize)
    let carried = p["unmet_demand_kept"] * max(0, state.demand - state.exports)
    s.demand = newDemand + carried
    // Capacity: incumbents grow up to firm_growth_max (more with capacity projects); new firms
    // take up part of the rest; idle capacity leaves.
    let needed = s.demand / p["utilization"]
    let growthMax = p["firm_growth_max"] + p["effect_capacity"] * active.capacity
    let incumbentGrowth = min(growthMax, max(0, needed / max(state.capacity, 1) - 1))
    capacityPerFirm *= 1 + incumbentGrowth
    var capacity = state.capacity * (1 + incumbentGrowth)
    var firms = state.firms
    for group in arrivals where group.founded == year {
      // An arriving firm brings the capacity of an average firm (two for a large one) and its
      // own buyers: a multinational exports to its parent's network.
      let added = Double(group.count) * capacityPerFirm * (group.large ? 2.0 : 1.0)
      capacity += added
      s.demand += added * p["utilization"]
      // Multinationals build their own campuses, power and links: they bring the infrastructure
      // their exports need.
      if group.foreign { baseInfrastructure += added }
      firms += Double(group.count)
      if recordEvents { events.append("\(year): \(group.name) arrives (\(group.count) firm\(group.count == 1 ? "" : "s"))") }
    }
    if needed > capacity {
      let fill = min(1, p["entry_fill"] * (1 + p["effect_entry"] * (active.entry + 0.5 * education)))
      let entering = (needed - capacity) * fill
      capacity += entering
      firms += entering / capacityPerFirm
    } else if needed < capacity * 0.9 {
      let leaving = (capacity * 0.9 - needed) * p["exit_rate"]
      firms = max(1, firms * (1 - leaving / capacity))
      capacity -= leaving
    }
    s.capacity = capacity
    s.firms = firms
    // Infrastructure: ordinary growth plus the projects in effect [insight 8].
    // Ordinary investment follows the load: it grows faster while demand presses on it.
    let pressure = min(1, max(0, state.demand / max(state.infrastructure, 1) - 1))
    baseInfrastructure *= 1 + p["infrastructure_growth"] + p["infrastructure_response"] * pressure
    // When the shared infrastructure bound last year, firms build their own (power, water,
    // links) from their export income; a dollar goes further where exports need less of it.
    if state.infrastructureLoad >= 0.999 {
      baseInfrastructure += p["self_provision_share"] * state.exports * p["infrastructure_per_usd"] / intensity
    }
    let base = baseInfrastructure
    s.infrastructure = base * infrastructureFactor + infrastructureAdded
    // Exports: what buyers want, bounded by capacity and by infrastructure.
    s.exports = min(s.demand, capacity, s.infrastructure)
    s.marketShare = marketSize > 0 ? min(1, s.exports / marketSize) : 0
    // Producers become direct exporters as market access grows.
    exporterShare = min(1, exporterShare + p["exporter_conversion"] * min(1, (active.market + (leadBuyer ? 1 : 0)) / 4) * (1 - exporterShare))
    s.exporters = exporterShare * firms
    let sizeRatio = capacityPerFirm / capacityPerFirmStart
    s.employment = firms * employeesPerFirmStart * pow(sizeRatio, p["labour_elasticity"])
    s.valueRetention = min(1, state.valueRetention + p["effect_value"] * active.value)
    history.append(s)
    state = s
    state.stage = stage(previous: history)
    history[history.count - 1].stage = state.stage
    if state.stage == "mature", matureSince == nil { matureSince = year }
  }

  /// The life-cycle stage from the dynamics: embryonic while young or small, mature when
  /// growth has slowed after years of organization, declining when exports fall.
  func stage(previous: [YearState]) -> String {
    let age = state.year - initiativeStart
    let firmsEnough = state.firms >= p["established_min_firms"]
    if previous.count >= 4 {
      let before = previous[previous.count - 4].exports
      let growth = before > 0 ? state.exports / before : 1
      if growth < 1 - p["decline_threshold"] { return "declining" }
      if Double(age) >= p["mature_min_years"] && growth < 1 + p["maturity_growth"] && !renewed { return "mature" }
    }
    if Double(age) >= p["established_min_years"] && firmsEnough { return "established" }
    return "embryonic"
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

/// e^x by range reduction and a Taylor series: exact enough for growth factors.
func exponential(_ x: Double) -> Double {
  guard x.isFinite else { return x > 0 ? .infinity : 0 }
  let halvings = max(0, Int(abs(x)) + 1)
  let r = x / Double(1 << min(halvings, 60))
  var term = 1.0
  var sum = 1.0
  for k in 1...20 {
    term *= r / Double(k)
    sum += term
  }
  for _ in 0..<min(halvings, 60) { sum *= sum }
  return sum
}
