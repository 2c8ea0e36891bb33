// The typed results of evaluating a cluster: indicators with trails, the ten insights, and the
// analyses behind them. Rendering (text, JSON) happens elsewhere.

/// How an insight stands in this case.
public enum InsightStatus: String, Sendable, CaseIterable {
  case strength, warning, risk
  case notApplicable = "not applicable"
}

/// A figure of the model, with the trail `why` prints.
public struct Indicator: Sendable {
  /// The name `why` takes: `leverage`, `trust`, `network_density` …
  public let id: String
  public let title: String
  /// A number (nil when the inputs are missing) or a verdict in words.
  public let value: Double?
  public let text: String
  public let unit: String
  public let trail: Trail

  public init(id: String, title: String, value: Double?, text: String, unit: String = "", trail: Trail) {
    self.id = id
    self.title = title
    self.value = value
    self.text = text
    self.unit = unit
    self.trail = trail
  }
}

/// One of the paper's ten insights, as it stands in this case.
public struct InsightFinding: Sendable {
  public let number: Int
  public let title: String
  public let status: InsightStatus
  /// The evidence, in numbers where there are numbers.
  public let evidence: [String]
  public let recommendation: String
  /// The indicators it rests on (their ids).
  public let indicators: [String]
  public let trail: Trail
}

/// What one gear of export strategy gets from the initiative [insight 4].
public struct GearCoverage: Sendable {
  public let gear: String
  public let projects: [String]
  public let planned: [String]
  public let budget: Double
  /// Who leads its projects.
  public let leads: [String]
  /// For the border and development gears: whether a public partner takes part (nil for the others).
  public let publicPartner: Bool?
}

/// A row of the paper's table of government and private-sector contributions [insight 3].
public struct Contribution: Sendable {
  public enum State: String, Sendable {
    case done, partly, missing
    case notAssessed = "not assessed"
  }
  public let side: String
  public let text: String
  public let state: State
  public let evidence: String
}

/// Catalyst, leader, manager and partnership [insight 3].
public struct RolesResult: Sendable {
  public let catalysts: [String]
  public let leaders: [String]
  public let managers: [String]
  public let facilitators: [String]
  public let publicPrivatePartnership: Bool
  public let privateLed: Bool
  public let unclearMandates: [String]
  public let contributions: [Contribution]
}

/// One project's money [insight 8].
public struct FinancingRow: Sendable {
  public let project: String
  public let cost: Double
  public let publicMoney: Double
  public let privateMoney: Double
  public let form: String?
  /// Cost ÷ public money, when public money is in it.
  public let leverage: Double?
}

public struct FinancingResult: Sendable {
  public let rows: [FinancingRow]
  public let totalCost: Double
  public let publicMoney: Double
  public let publicShare: Double?
  public let leverage: Double?
  /// Interventions whose instrument WTO rules no longer allow.
  public let wtoIncompatible: [String]
  /// Money by source: actor, sector, amount.
  public let sources: [(source: String, isPublic: Bool, amount: Double)]
}

/// The life-cycle stage and the moves the paper recommends for it.
public struct StageResult: Sendable {
  public let stage: String
  public let declared: String?
  /// The signs looked at, and whether each holds.
  public let signs: [(sign: String, holds: Bool)]
  public let moves: [String]
}

/// A corner of Porter's diamond, scored from named inputs.
public struct DiamondCorner: Sendable {
  /// The short name `why diamond_…` takes: factor, demand, related, rivalry, government, chance.
  public let id: String
  public let name: String
  public let score: Double
  public let inputs: [TrailInput]
  public let note: String
}

/// The value chain in the cluster.
public struct ValueChainResult: Sendable {
  /// Stages and the number of firms that perform each.
  public let present: [(stage: String, firms: Int)]
  public let missing: [String]
  /// Share of the sector's typical stages present in the cluster (0 to 1).
  public let valueAdded: Double
  /// Value-retention index (0 to 1): direct export and downstream stages kept in the cluster.
  public let valueRetention: Double
  public let directExportShare: Double?
}

/// A step of Part 3's plan, with actions generated from this case's gaps.
public struct PlanStep: Sendable {
  public let number: Int
  public let title: String
  public let actions: [(action: String, because: String)]
}

/// Everything `evaluate` knows about one cluster.
public struct Evaluation: Sendable {
  public let facts: Facts
  public let indicators: [Indicator]
  public let insights: [InsightFinding]
  public let gears: [GearCoverage]
  public let roles: RolesResult
  public let financing: FinancingResult
  public let stage: StageResult
  public let diamond: [DiamondCorner]
  public let valueChain: ValueChainResult
  public let network: NetworkResult
  public let plan: [PlanStep]

  public func indicator(_ id: String) -> Indicator? {
    indicators.first { $0.id == id }
  }
}
