// Insight 6: "Trust is paramount." One reading of trust for every rule (the cluster's declared
// trust, else the tie-weighted trust of links among firms); a verdict only when it is declared;
// complex projects started under low trust; and what builds trust first (the Bangalore
// machine-tool cluster's networking sessions, then consortium building).

import ClusterWorkspace

enum TrustRule {
  static func assess(_ c: Context) -> (InsightFinding, [Indicator]) {
    let facts = c.facts
    var b = FindingBuilder(6, c.p)
    let trust = facts.trust.value
    let builders = facts.projects.filter { $0.kind?.buildsTrust == true && $0.status != .dropped && $0.status != .failed }
    let complexUnderLow = trust.map { t in t < c.p[.trustLow] ? facts.happened.filter { $0.complexity == .complex } : [] } ?? []
    let complexPlanned = trust.map { t in t < c.p[.trustLow] ? facts.projects.filter { $0.complexity == .complex && $0.status == .planned } : [] } ?? []

    let source: String
    switch facts.trust.source {
    case .cluster: source = "declared for the cluster"
    case .links(let n): source = "from \(Figure.count(n, "link")) among firms"
    case .simulated: source = "simulated"
    case .unknown: source = "not declared"
    }
    b.input(trust != nil, declare: "`set \(facts.name).trust = 0.3` (0 to 1), or `trust` on the links among firms")
    b.evidence = ["trust: " + (trust.map { Figure.score($0) + " (" + source + ")" } ?? "not declared")]
    if !complexUnderLow.isEmpty { b.evidence.append("complex projects under low trust: " + Figure.list(complexUnderLow.map(\.name))) }
    if !builders.isEmpty { b.evidence.append("trust-building: " + Figure.list(builders.map { $0.status == .planned ? $0.dated + " planned" : $0.name })) }
    b.indicators = ["trust", "social_capital"]

    let status: InsightStatus
    if let t = trust {
      let low = !b.atLeast(t, .trustLow, figure: "trust", meaning: "the level below which trust is a risk")
      let high = b.atLeast(t, .trustHigh, figure: "trust", meaning: "the level from which trust is a strength")
      status = low ? .risk : high ? .strength : .warning
    } else {
      status = .notAssessed
    }

    let lead = facts.holders(of: .facilitator).first ?? c.organizer
    switch status {
    case .risk:
      if builders.isEmpty {
        b.advise(Advice(
          "Build trust first: periodic networking sessions by function (CEOs, designers)" + (lead.map { ", organized by \($0)" } ?? "")
            + ", then consortium-building sessions"
            + (complexUnderLow.isEmpty && complexPlanned.isEmpty ? "."
              : "; until then complex projects" + (complexPlanned.isEmpty ? "" : " (the planned " + Figure.list(complexPlanned.prefix(3).map(\.dated)) + ")") + " are likely to fail."),
          step: .conditions, because: "insight 6: trust \(Figure.score(trust ?? 0))",
          change: lead == nil ? [] : [c.newProject("NetworkingSessions", .networkingSessions, lead: lead)],
          see: "the Bangalore machine-tool cluster (insight 6)"))
      } else {
        b.advise(Advice(
          "Keep " + Figure.and(builders.map(\.name)) + " going and hold complex joint projects"
            + (complexPlanned.isEmpty ? "" : " (the planned " + Figure.list(complexPlanned.prefix(3).map(\.dated)) + ")") + " until trust grows.",
          step: .conditions, because: "insight 6: trust \(Figure.score(trust ?? 0))"))
      }
    case .warning:
      b.advise(Advice(
        builders.isEmpty
          ? "Raise trust with joint projects that bring early wins" + (lead.map { " (\($0) could start networking sessions)" } ?? "") + "."
          : "Let " + Figure.and(builders.map(\.name)) + " raise trust through early wins before larger joint projects.",
        step: .conditions, because: "insight 6: trust \(Figure.score(trust ?? 0))",
        change: builders.isEmpty && lead != nil ? [c.newProject("NetworkingSessions", .networkingSessions, lead: lead)] : []))
    default:
      break
    }

    let finding = b.finding(
      status,
      rule: "not assessed when no trust is declared; risk: trust below trust_low; strength: trust from trust_high; else warning",
      parameters: [.trustLow, .trustHigh, .borderlineBand],
      inputs: [
        TrailInput("trust", trust.map(Figure.score) ?? "not declared"), TrailInput("source", source),
        TrailInput("trust-building projects", Figure.list(builders.map(\.name))),
      ])
    let indicator = Indicator(
      id: "trust", title: "trust", value: trust, text: trust.map { Figure.score($0) + " (" + source + ")" } ?? "not declared",
      unit: "0 to 1",
      trail: Trail(
        inputs: [
          TrailInput("cluster trust", facts.cluster["trust"].number.map(Figure.score) ?? "not declared"),
          TrailInput("links among firms with trust", String(facts.links(["cooperation", "supplies", "customer"]).filter { $0.attributes["trust"] != nil }.count)),
        ],
        rule: "the cluster's declared trust; else the mean of the trust declared on links among firms, each weighted by the firm pairs it ties; else not declared (never counted as 0 or 0.5 in a verdict)",
        parameters: ["trust_low", "trust_high"],
        passage: "insight 6: 'Without trust, and the institutions that foster trust among cluster members, clusters cannot succeed'"))
    return (finding, [indicator])
  }
}
