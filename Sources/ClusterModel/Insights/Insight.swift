// What every insight rule shares: the titles and passages of Part 2, the context a rule reads,
// and a builder that keeps a finding's verdict, evidence, advice and declared inputs together.

import ClusterWorkspace

/// The titles and passages of the ten insights, as numbered in Part 2.
public enum Insight {
  public static let titles = [
    "What happens between the boxes",
    "Enhanced, not created from scratch",
    "A catalyst, a leader and a manager",
    "The four gears of export strategy",
    "Mix and timing of ingredients",
    "Trust is paramount",
    "Structures that fit",
    "More than public funds",
    "SMEs' export obstacles",
    "Linked to global markets",
  ]

  /// Each insight's heading and the passage its rule rests on, as `why insight N` quotes them.
  public static let passages = [
    "insight 1: 'The distinguishing feature of clusters compared to concentrations of firms is what happens between the boxes, not inside them' … 'At the centre is the collaboration between firms' … 'Firms must receive, and be aware of receiving, benefits from each of the other players'",
    "insight 2: 'Clusters can be enhanced, and even induced, but they cannot be created from scratch' … 'Confirmed production capacity … Some form of actual or potential competitive advantage … A latent readiness among producers to cooperate. Obviously, for an export-oriented cluster, there must also be international demand for the product'",
    "insight 3: 'Cluster initiatives require a catalyst, a leader and a manager if action by firms, government and support agencies is to be effectively aligned' … 'a catalyst is required. This catalyst is normally an institution' … 'a solid public-private sector partnership is an essential precursor to coordination'",
    "insight 4: 'Effective cluster initiatives address each of the competitiveness and developmental gears of a national export strategy' … the border gear: 'the public-private partnership must be fully operational if this gear of strategy is to turn smoothly'",
    "insight 5: 'The mix and timing of ingredients are more important than the ingredients themselves' … 'it is the combination of ingredients, and the timing of their application, that leads to cluster success'; Part 3, step 3: 'Simple initiatives … should be chosen as the first activities'",
    "insight 6: 'Trust is paramount' … 'Without trust, and the institutions that foster trust among cluster members, clusters cannot succeed'",
    "insight 7: 'Different structures fit different clusters, if they fit at all' … 'This is certainly the case when a cluster becomes involved in infrastructure development or other initiatives involving a significant financial component' … 'no continuous learning for sustained skills upgrading takes place' (Santa Cruz)",
    "insight 8: 'There is more to infrastructure financing than public sector funds' … 'the approach successfully leveraged budgetary resources by a factor of 10' (NTADCL); Part 1: subsidies, 'a practice that is no longer acceptable under WTO rules'",
    "insight 9: 'Clusters can effectively overcome obstacles to export promotion facing SMEs' … 'Acting on their own … they cannot meet the minimum volume requirements of the foreign buyer. The consortium approach has proven an effective tool'",
    "insight 10: 'Successful clusters are linked to global markets' … 'Firms inside a cluster must also have enough exposure to world markets to understand the market requirements' … 'They can be sizeable local buyers with extensive global connections'",
  ]
}

/// What a rule reads: the facts as of the year, the network, the stage and the parameters.
struct Context {
  let facts: Facts
  let network: NetworkResult
  let stage: StageResult
  var p: ParameterSet { facts.parameters }
  /// The year new projects in `try:` changes start: the evaluation year, so they count in it.
  var year: Int? { facts.year }

  /// Who could lead a new joint project: the catalyst, else a leader or manager, else an
  /// organization of firms, else a facilitator.
  var organizer: String? {
    facts.holders(of: .catalyst).first ?? facts.holders(of: .leader).first ?? facts.holders(of: .manager).first
      ?? facts.institutions.first { $0.kind?.organizesFirms == true }?.name ?? facts.holders(of: .facilitator).first
  }

  /// Whether the case has a project of `kind` that is not dropped or failed (advice never
  /// proposes what the case has).
  func has(_ kind: InterventionKind) -> Bool {
    facts.projects.contains { $0.kind == kind && $0.status != .dropped && $0.status != .failed }
  }

  /// For each group of firms, how many of `projects` reach it (at most `cap`): a project reaches
  /// the groups among its actors and those linked to them as members, served firms or suppliers
  /// of a buyer among them. Bounded, so thousands of projects over thousands of groups stay fast.
  func projectsReaching(_ groups: [FirmGroup], by projects: [Project], cap: Int = 8) -> [String: Int] {
    var byActor: [String: [Int]] = [:]
    for (i, project) in projects.enumerated() {
      for actor in Set(project.involved + [project.lead].compactMap { $0 }) { byActor[actor, default: []].append(i) }
    }
    var out: [String: Int] = [:]
    for group in groups {
      var seen: Set<Int> = []
      var actors = [group.name]
      for link in facts.links(["member", "service", "buys"], of: group.name) {
        actors.append(link.from == group.name ? link.to : link.from)
      }
      search: for actor in actors {
        for i in byActor[actor] ?? [] {
          seen.insert(i)
          if seen.count >= cap { break search }
        }
      }
      if !seen.isEmpty { out[group.name] = seen.count }
    }
    return out
  }

  /// The share of a group's firms that `k` joint programmes reach.
  func share(reachedBy k: Int) -> Double {
    var missed = 1.0
    for _ in 0..<max(0, k) { missed *= 1 - p[.jointPromotionReach] }
    return 1 - missed
  }

  /// A name for a new entity that no entity of the case has: `base`, else `base2` …
  func freshName(_ base: String, avoiding taken: Set<String> = []) -> String {
    var name = base
    var n = 2
    while facts.declared.entity(named: name) != nil || taken.contains(name) {
      name = base + String(n)
      n += 1
    }
    return name
  }

  /// The statement that declares a new intervention of `kind` led by `lead`, starting in the
  /// evaluation year: the form of a `try:` change.
  func newProject(_ base: String, _ kind: InterventionKind, lead: String?, partners: [String] = []) -> String {
    var parts = ["kind: \(kind.rawValue)"]
    if let lead { parts.append("lead: \(lead)") }
    if !partners.isEmpty { parts.append("partners: [" + partners.joined(separator: ", ") + "]") }
    if let year { parts.append("start: \(year)") }
    return "intervention \(freshName(base)) { " + parts.joined(separator: ", ") + " }"
  }
}

/// Collects one insight's finding.
struct FindingBuilder {
  let number: Int
  let p: ParameterSet
  var evidence: [String] = []
  var advice: [Advice] = []
  var toDeclare: [String] = []
  var declared = 0
  var total = 0
  var borderline: [Borderline] = []
  var indicators: [String] = []

  init(_ number: Int, _ p: ParameterSet) {
    self.number = number
    self.p = p
  }

  /// Counts an input the verdict reads; an undeclared one adds what to declare.
  mutating func input(_ isDeclared: Bool, declare: @autoclosure () -> String) {
    total += 1
    if isDeclared {
      declared += 1
    } else {
      let what = declare()
      if !toDeclare.contains(what) { toDeclare.append(what) }
    }
  }

  /// Whether `value` reaches the threshold `key`; notes the verdict as borderline when the
  /// value lies within `borderline_band` of it.
  mutating func atLeast(_ value: Double, _ key: ParameterKey, figure: String, meaning: String) -> Bool {
    note(value, key, figure: figure, meaning: meaning)
    return value >= p[key]
  }

  mutating func note(_ value: Double, _ key: ParameterKey, figure: String, meaning: String) {
    let threshold = p[key]
    let band = p[.borderlineBand] * max(abs(threshold), 1e-9)
    if abs(value - threshold) <= band {
      let b = Borderline(figure: figure, value: value, parameter: key, threshold: threshold, meaning: meaning)
      if !borderline.contains(b) { borderline.append(b) }
    }
  }

  mutating func advise(_ a: Advice) {
    if !advice.contains(where: { $0.text == a.text }) { advice.append(a) }
  }

  func finding(_ status: InsightStatus, rule: String, parameters: [ParameterKey] = [], inputs: [TrailInput]) -> InsightFinding {
    InsightFinding(
      number: number, title: Insight.titles[number - 1], status: status, evidence: evidence,
      advice: status == .notApplicable ? [] : advice, toDeclare: toDeclare, declaredInputs: declared, totalInputs: total,
      borderline: status == .notApplicable || status == .notAssessed ? [] : borderline, indicators: indicators,
      trail: Trail(inputs: inputs, rule: rule, parameters: parameters.map(\.rawValue), passage: Insight.passages[number - 1]))
  }
}

/// Three-valued logic for criteria whose inputs may be undeclared: true, false or nil (unknown).
enum Kleene {
  static func and(_ values: Bool?...) -> Bool? {
    if values.contains(false) { return false }
    return values.contains(nil) ? nil : true
  }

  static func or(_ values: Bool?...) -> Bool? {
    if values.contains(true) { return true }
    return values.contains(nil) ? nil : false
  }
}
