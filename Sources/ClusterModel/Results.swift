// The typed results of evaluating a cluster: indicators with trails, the ten insights with their
// advice, and the analyses behind them. Rendering (text, JSON) happens in the session.

import ClusterWorkspace

/// How an insight stands in this case.
public enum InsightStatus: String, Sendable, CaseIterable {
  case strength, warning, risk
  /// An input the verdict needs was not declared: the finding says what to declare.
  case notAssessed = "not assessed"
  /// The insight does not apply (no firms, no infrastructure to finance …).
  case notApplicable = "not applicable"

  /// 0 strength, 1 warning, 2 risk; nil for statuses that are not verdicts.
  public var severity: Int? {
    switch self {
    case .strength: return 0
    case .warning: return 1
    case .risk: return 2
    default: return nil
    }
  }
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

/// The four steps of Part 3 ("Cluster-based export strategies – where to start?").
public enum PlanStepKind: Int, CaseIterable, Sendable, Comparable {
  case identify = 1, conditions, action, extend

  public var title: String {
    switch self {
    case .identify: return "Identify the cluster opportunity (only one with true potential)"
    case .conditions: return "Create the conditions"
    case .action: return "Generate action, focused and aligned (early wins first)"
    case .extend: return "Extend and sustain"
    }
  }

  public static func < (a: PlanStepKind, b: PlanStepKind) -> Bool { a.rawValue < b.rawValue }
}

/// One piece of advice, built from the case: what to do, where it belongs in Part 3's plan, and,
/// when the language can express it, the change to try.
public struct Advice: Sendable, Equatable {
  public let text: String
  public let step: PlanStepKind
  /// Statements of the language that make the change (`try:`); empty when the advice is not a
  /// change of the case.
  public let change: [String]
  /// A case of the paper to read ("KNIDGRO in Ludhiana, insight 1"); a citation, not the thing to do.
  public let see: String?
  /// What the change costs elsewhere, when following it moves another finding.
  public let tradeOff: String?
  /// Why, in a few words: "insight 6: trust 0.1".
  public let because: String

  /// The same advice without its citation (when the citation names the case itself).
  func withoutSee() -> Advice {
    Advice(text, step: step, because: because, change: change, see: nil, tradeOff: tradeOff)
  }

  public init(
    _ text: String, step: PlanStepKind, because: String, change: [String] = [], see: String? = nil,
    tradeOff: String? = nil
  ) {
    self.text = text
    self.step = step
    self.change = change
    self.see = see
    self.tradeOff = tradeOff
    self.because = because
  }
}

/// A verdict whose figure lies within `borderline_band` of its threshold.
public struct Borderline: Sendable, Equatable {
  /// What the figure is, in words: "trust".
  public let figure: String
  public let value: Double
  /// The parameter that sets the threshold (named in `why` and JSON, not in prose).
  public let parameter: ParameterKey
  public let threshold: Double
  /// The threshold in words: "the level below which trust is a risk".
  public let meaning: String
}

/// One of the paper's ten insights, as it stands in this case.
public struct InsightFinding: Sendable {
  public let number: Int
  public let title: String
  public let status: InsightStatus
  /// The evidence, in numbers where there are numbers.
  public let evidence: [String]
  /// What to do, from the case; empty when nothing needs doing or the insight does not apply.
  public let advice: [Advice]
  /// What to declare so that a criterion not assessed can be.
  public let toDeclare: [String]
  /// Of the inputs the verdict reads, how many the case declares.
  public let declaredInputs: Int
  public let totalInputs: Int
  public let borderline: [Borderline]
  /// The indicators it rests on (their ids).
  public let indicators: [String]
  public let trail: Trail

  /// The same finding with other advice.
  func replacingAdvice(_ advice: [Advice]) -> InsightFinding {
    InsightFinding(
      number: number, title: title, status: status, evidence: evidence, advice: advice, toDeclare: toDeclare,
      declaredInputs: declaredInputs, totalInputs: totalInputs, borderline: borderline, indicators: indicators,
      trail: trail)
  }

  /// The advice in one line (the insights table; JSON keeps the list).
  public var recommendation: String {
    if !advice.isEmpty { return advice.map(\.text).joined(separator: " ") }
    if !toDeclare.isEmpty { return "To assess it, declare " + toDeclare.joined(separator: "; ") + "." }
    return ""
  }
}

/// What one gear of export strategy gets from the initiative as of the year [insight 4].
public struct GearCoverage: Sendable {
  public let gear: Gear
  /// Projects running or done.
  public let projects: [String]
  /// Projects not started yet, with their year: "IndustrialPark (2003)".
  public let planned: [String]
  public let failed: [String]
  /// Instruments that ended and no longer turn it (WTO-incompatible ones are history).
  public let ended: [String]
  /// The cost of its projects under way; nil when none declares a cost or funding.
  public let budget: Double?
  /// Who leads its projects.
  public let leads: [String]
  /// For the border and development gears: whether the public–private partnership is at work
  /// (nil for the others).
  public let partnership: Bool?
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

/// The public–private partnership as of the year [insight 3].
public enum Partnership: String, Sendable {
  /// Government and private actors work together in projects that have happened.
  case working = "yes"
  /// Only in projects not started yet.
  case planned = "planned"
  case none = "no"
}

/// Catalyst, leader, manager and partnership [insight 3].
public struct RolesResult: Sendable {
  public let catalysts: [String]
  public let leaders: [String]
  public let managers: [String]
  public let facilitators: [String]
  /// Actors that could take the catalyst role when nobody holds it: organizations of firms,
  /// respected institutions, lead buyers and large firms.
  public let catalystCandidates: [String]
  public let partnership: Partnership
  /// Government actors and the private actors they work with.
  public let governmentPartners: [String]
  public let donors: [String]
  public let privateLed: Bool
  public let unclearMandates: [String]
  public let contributions: [Contribution]

  public var publicPrivatePartnership: Bool { partnership == .working }
}

/// One project's money [insight 8].
public struct FinancingRow: Sendable {
  public let project: String
  public let kind: InterventionKind?
  public let status: ProjectStatus
  public let start: Int?
  public let cost: Double
  /// Whether a cost or any funding is declared (otherwise the money figures are 0 and unknown).
  public let costDeclared: Bool
  public let governmentMoney: Double
  public let donorMoney: Double
  public let privateMoney: Double
  public let form: String?
  /// Cost ÷ government money, when there is some.
  public let leverage: Double?
  public let revenue: Double?
  /// Years of revenue that repay the private money, when revenue is declared.
  public let paybackYears: Double?
  public let isInfrastructure: Bool
  /// What insight 8 finds wrong with it, in words ("leans on public funds: 100% of its cost").
  public let problems: [String]

  public var publicMoney: Double { governmentMoney + donorMoney }
}

public struct FinancingResult: Sendable {
  /// Every project with a cost or funding, whatever its status.
  public let rows: [FinancingRow]
  /// Over projects that have happened.
  public let totalCost: Double
  public let publicMoney: Double
  public let publicShare: Double?
  public let leverage: Double?
  /// WTO-incompatible instruments in force in the year (after WTO rules apply).
  public let wtoIncompatible: [String]
  /// Instruments that ended, or ran before WTO rules applied: history, not advice.
  public let wtoHistory: [String]
  /// Money by source: actor, sector, amount.
  public let sources: [(source: String, isPublic: Bool, amount: Double)]
}

/// The life-cycle stage and the moves the paper recommends for it.
public struct StageResult: Sendable {
  /// The stage the model reads (the declared one in the case year, when declared).
  public let stage: Stage
  /// When undeclared signs leave the stage open: the stages it may be (otherwise one).
  public let candidates: [Stage]
  public let declared: Stage?
  /// The signs looked at, and whether each holds (nil: not declared).
  public let signs: [(sign: String, holds: Bool?)]
  public let moves: [String]
  /// What to declare to settle the stage.
  public let toDeclare: [String]
  /// When the number of firms lies within `borderline_band` of `established_min_firms` and one
  /// firm more or less would change the stage: "100 firms, the threshold is 100".
  public var borderline: String? = nil

  public var isSettled: Bool { candidates.count <= 1 }
  /// Known to be past the embryonic stage, and not borderline: verdicts that turn on it (a risk
  /// for a cluster past its start) do not jump on one firm.
  public var pastEmbryonic: Bool { !candidates.contains(.embryonic) && borderline == nil }
  /// The same stage with other moves (a cluster without the prerequisites has none to make).
  func replacingMoves(_ moves: [String]) -> StageResult {
    StageResult(stage: stage, candidates: candidates, declared: declared, signs: signs, moves: moves, toDeclare: toDeclare, borderline: borderline)
  }
  /// "embryonic", "embryonic or established", or "established (borderline: 100 firms, the
  /// threshold is 100)".
  public var text: String {
    (candidates.count > 1 ? candidates.map(\.rawValue).joined(separator: " or ") : stage.rawValue)
      + (borderline.map { " (borderline: \($0))" } ?? "")
  }
}

/// A corner of Porter's diamond, scored from named inputs.
public struct DiamondCorner: Sendable {
  /// The short name `why diamond_…` takes: factor, demand, related, rivalry, government, chance.
  public let id: String
  public let name: String
  /// 0 to 1 over the inputs declared; nil when none is.
  public let score: Double?
  public let inputs: [TrailInput]
  public let note: String
}

/// The value chain in the cluster.
public struct ValueChainResult: Sendable {
  /// Stages and the number of firms that perform each.
  public let present: [(stage: String, firms: Int)]
  public let missing: [String]
  /// Share of the sector's typical stages present in the cluster (0 to 1); nil when no firm
  /// declares its stages or role.
  public let valueAdded: Double?
  /// Value-retention index (0 to 1): direct export and downstream stages kept in the cluster.
  public let valueRetention: Double?
  public let directExportShare: Double?
}

/// A step of Part 3's plan, with actions from this case's findings.
public struct PlanStep: Sendable {
  public let kind: PlanStepKind
  public let advice: [Advice]
  /// Where the cluster is now: the first step with work left, given its stage.
  public let isCurrent: Bool
  /// A step behind the cluster: kept short.
  public let isBehind: Bool

  public var number: Int { kind.rawValue }
  public var title: String { kind.title }
  public var actions: [(action: String, because: String)] { advice.map { ($0.text, $0.because) } }
}

/// How much of what the model reads the case declares.
public struct Completeness: Sendable {
  public let declared: Int
  public let total: Int
  /// The most useful missing inputs, as attributes to declare.
  public let missing: [String]
}

/// Everything `evaluate` knows about one cluster as of one year.
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
  public let completeness: Completeness

  public func indicator(_ id: String) -> Indicator? {
    indicators.first { $0.id == id }
  }

  public func insight(_ number: Int) -> InsightFinding? {
    insights.first { $0.number == number }
  }
}
