// The model's parameters: one table, each with a default, a unit, a meaning and its source in
// the paper. Rules read parameters only through this table; there are no other magic numbers.

/// One parameter of the model.
public struct Parameter: Sendable {
  public let name: String
  public let defaultValue: Double
  public let unit: String
  public let meaning: String
  /// The paper's passage, or "assumption: …" saying why the value was chosen.
  public let source: String
  /// The smallest and largest values `set param` accepts.
  public let range: ClosedRange<Double>
}

/// The values in force: the defaults, with the user's `set param` overrides.
public struct ParameterSet: Sendable, Equatable {
  public private(set) var overrides: [String: Double] = [:]

  public init() {}

  public subscript(_ name: String) -> Double {
    overrides[name] ?? Parameters.defaults[name] ?? 0
  }

  /// Sets a parameter; the caller has checked the name and range with `Parameters.check`.
  public mutating func set(_ name: String, _ value: Double) {
    if Parameters.spec(name)?.defaultValue == value {
      overrides[name] = nil
    } else {
      overrides[name] = value
    }
  }

  public func isOverridden(_ name: String) -> Bool { overrides[name] != nil }
}

public enum Parameters {
  /// Every parameter: the evaluation's, then the simulation's.
  public static let all: [Parameter] = evaluation + simulation

  static let evaluation: [Parameter] = [
    // prerequisites [insight 2]
    .init(
      name: "sme_max_employees", defaultValue: 250, unit: "employees",
      meaning: "a firm with at most this many employees counts as an SME",
      source: "assumption: the common SME ceiling; the paper speaks of 'SMEs' without a size", range: 1...100_000),
    .init(
      name: "production_base_min_smes", defaultValue: 10, unit: "firms",
      meaning: "SMEs needed for a 'confirmed production capacity … based on SMEs'",
      source: "insight 2: 'Confirmed production capacity within the target geographic area based on SMEs'; the number is an assumption",
      range: 1...1_000_000),
    .init(
      name: "large_firm_min_employees", defaultValue: 250, unit: "employees",
      meaning: "a firm with at least this many employees is a large firm (a possible lead producer)",
      source: "insight 2: 'possibly one or more larger, prospective lead producers'; the number is an assumption",
      range: 1...1_000_000),
    // trust [insight 6]
    .init(
      name: "trust_low", defaultValue: 0.3, unit: "share",
      meaning: "below this, trust is too low for complex joint projects",
      source: "insight 6: 'there will be very limited success without … trust'; the level is an assumption",
      range: 0...1),
    .init(
      name: "trust_high", defaultValue: 0.6, unit: "share",
      meaning: "at or above this, trust is a strength ('There is no trade secret. We help each other.')",
      source: "insight 6, G. Karthikeyan (TEA); the level is an assumption", range: 0...1),
    // between the boxes [insight 1]
    .init(
      name: "institution_reach_min", defaultValue: 0.5, unit: "share of firms",
      meaning: "share of firms linked to an institution for firm–institution linkages to count as established",
      source: "insight 1: 'horizontal linkages must be established between firms and other participants'; level assumed",
      range: 0...1),
    .init(
      name: "partnership_share_min", defaultValue: 0.3, unit: "share of vertical links",
      meaning: "share of vertical links that are partnerships (not arm's length) for a strength",
      source: "insight 1: vertical linkages 'can be arm's length or … a true partnership'; level assumed", range: 0...1),
    // global markets [insight 10]
    .init(
      name: "buyer_reach_min", defaultValue: 0.3, unit: "share of firms",
      meaning: "share of firms linked to buyers for the cluster to count as linked to global markets",
      source: "insight 10: 'Successful clusters are linked to global markets'; level assumed", range: 0...1),
    // financing [insight 8]
    .init(
      name: "leverage_benchmark", defaultValue: 10, unit: "×",
      meaning: "public money levered this many times is the paper's benchmark (NTADCL: 250 ÷ 25)",
      source: "insight 8: 'the approach successfully leveraged budgetary resources by a factor of 10'", range: 1...1000),
    .init(
      name: "public_share_max", defaultValue: 0.8, unit: "share of cost",
      meaning: "above this public share of the initiative's cost, it leans on public funds alone",
      source: "insight 8: 'There is more to infrastructure financing than public sector funds'; level assumed",
      range: 0...1),
    .init(
      name: "large_project_cost", defaultValue: 10_000_000, unit: "usd",
      meaning: "a project costing at least this is a significant financial undertaking",
      source: "insight 7: formal structures come 'when a cluster becomes involved in infrastructure development or … a significant financial component'; amount assumed",
      range: 0...1e12),
    // life cycle
    .init(
      name: "established_min_firms", defaultValue: 100, unit: "firms",
      meaning: "firms needed before a cluster can be called established",
      source: "assumption: the paper gives no number; Tirupur had ~50 exporters and hundreds of makers in 1990",
      range: 1...1_000_000),
    .init(
      name: "mature_min_years", defaultValue: 15, unit: "years",
      meaning: "years of organized initiative after which a cluster risks maturity",
      source: "assumption: Tirupur 1990 → 2005 ('Once a cluster reaches maturity, it runs the risk of stagnating')",
      range: 1...200),
    .init(
      name: "established_min_years", defaultValue: 5, unit: "years",
      meaning: "years of organized initiative after which an embryonic cluster can be established",
      source: "assumption: the paper gives no duration", range: 0...200),
    // local institutions, for the UNIDO table [insight 5]
    .init(
      name: "institutions_limited", defaultValue: 1, unit: "score",
      meaning: "local support score from which local institutions play a limited role",
      source: "insight 5, UNIDO table row 'Role of local support institutions'; levels assumed", range: 0...1000),
    .init(
      name: "institutions_important", defaultValue: 3, unit: "score",
      meaning: "local support score from which local institutions play an important role",
      source: "insight 5, UNIDO table; level assumed", range: 0...1000),
    .init(
      name: "institutions_very_important", defaultValue: 6, unit: "score",
      meaning: "local support score from which local institutions play a very important role",
      source: "insight 5, UNIDO table; level assumed", range: 0...1000),
    .init(
      name: "state_important_share", defaultValue: 0.3, unit: "share",
      meaning: "public share of funding, or of interventions led, from which the State's role is important",
      source: "insight 5, UNIDO table row 'Role of the State'; level assumed", range: 0...1),
    // value chain
    .init(
      name: "consortia_cover_min", defaultValue: 0.5, unit: "share",
      meaning: "share of the SMEs below buyers' volumes that consortia must group for insight 9 to be a strength",
      source: "insight 9: 56 SMEs in 9 consortia in the Bangalore machine-tool cluster; level assumed", range: 0...1),
    .init(
      name: "support_service_weight", defaultValue: 0.5, unit: "score per service",
      meaning: "what each service adds to a local support institution's score (which counts 1 on its own)",
      source: "insight 5, UNIDO table row 'Role of local support institutions'; weight assumed", range: 0...10),
    .init(
      name: "diamond_wto_penalty", defaultValue: 0.2, unit: "score",
      meaning: "what each WTO-incompatible instrument takes off the diamond's government corner",
      source: "Part 1: 'WTO rules now require the elimination of fiscal incentives'; level assumed", range: 0...1),
    .init(
      name: "retention_direct_weight", defaultValue: 0.5, unit: "weight",
      meaning: "weight of direct export in the value-retention index (the rest: downstream stages in the cluster)",
      source: "Part 1: 'Direct export, rather than through agents, became standard practice'; weight assumed",
      range: 0...1),
    // network
    .init(
      name: "network_exact_limit", defaultValue: 2000, unit: "nodes",
      meaning: "graphs up to this size get exact betweenness; larger ones are sampled",
      source: "assumption: keeps `evaluate` under a second", range: 10...1_000_000),
    .init(
      name: "network_samples", defaultValue: 64, unit: "nodes",
      meaning: "source nodes sampled for betweenness on large graphs",
      source: "assumption: the error stated with each sampled result (`network`) shrinks as 1/√samples", range: 4...100_000),
    .init(
      name: "network_cohort_density", defaultValue: 0.01, unit: "share of pairs",
      meaning: "density inside a cohort whose cooperation link gives none",
      source: "assumption", range: 0...1),
    .init(
      name: "network_seed", defaultValue: 2005, unit: "seed",
      meaning: "seed of the deterministic expansion of cohorts into firms",
      source: "assumption: any value; the same seed gives the same graph", range: 0...1e15),
  ]

  public static func spec(_ name: String) -> Parameter? {
    byName[name]
  }

  /// The parameters of the simulation (what `sensitivity` varies).
  public static let simulationNames: Set<String> = Set(simulation.map(\.name))

  static let byName: [String: Parameter] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
  static let defaults: [String: Double] = byName.mapValues(\.defaultValue)
}
