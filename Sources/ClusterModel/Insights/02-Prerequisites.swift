// Insight 2: "Clusters can be enhanced, and even induced, but they cannot be created 'from
// scratch'." The four local conditions: a production base of SMEs, a competitive advantage, a
// latent readiness to cooperate and, for an export-oriented cluster, international demand. Each
// is met, unmet, or not assessed when nobody declared it.

import ClusterWorkspace

/// The four conditions, as later rules and the simulation read them.
struct Prerequisites {
  var productionBase: Bool?
  var advantage: Bool?
  var readiness: Bool?
  /// nil also when the cluster is driven by its domestic market (the condition does not apply).
  var demand: Bool?
  var demandApplies = true

  var unmet: Int { [productionBase, advantage, readiness, demandApplies ? demand : true].filter { $0 == false }.count }
  /// The conditions that hold, out of four (a condition that does not apply holds).
  var met: Int { [productionBase, advantage, readiness, demandApplies ? demand : true].filter { $0 == true }.count }
}

enum PrerequisitesRule {
  static func read(_ facts: Facts) -> Prerequisites {
    var r = Prerequisites()
    let smes = facts.smeCount
    r.productionBase = facts.firmCount == 0 ? nil : Double(smes) >= facts.parameters[.productionBaseMinSmes]
    if case .list(let items) = facts.cluster["advantage"] { r.advantage = !items.isEmpty }
    switch facts.cluster["readiness"].word {
    case "latent", "high": r.readiness = true
    case "none", "low": r.readiness = false
    default: r.readiness = facts.links(["cooperation"]).isEmpty ? nil : true
    }
    r.demandApplies = facts.cluster["driver"].word != "domestic"
    switch facts.cluster["demand"].word {
    case "moderate", "strong": r.demand = true
    case "weak", "none": r.demand = false
    default: r.demand = nil
    }
    return r
  }

  static func assess(_ c: Context) -> (InsightFinding, [Indicator], Prerequisites) {
    let facts = c.facts
    let r = read(facts)
    var b = FindingBuilder(2, c.p)
    let smes = facts.smeCount
    let large = facts.largeFirms.map(\.name)
    let advantage = facts.cluster["advantage"].words
    let readiness = facts.cluster["readiness"].word
    let demand = facts.cluster["demand"].word

    func state(_ met: Bool?) -> String { met == nil ? "not assessed" : met == true ? "yes" : "no" }
    b.input(r.productionBase != nil, declare: "the cluster's firms (`firms NAME: COUNT { … }`)")
    b.input(r.advantage != nil, declare: "`set \(facts.name).advantage = [cost]` (process, product, location or cost)")
    b.input(r.readiness != nil, declare: "`set \(facts.name).readiness = latent` (none, low, latent or high)")
    if r.demandApplies { b.input(r.demand != nil, declare: "`set \(facts.name).demand = strong` (international demand)") }

    b.evidence = [
      "production base: " + (r.productionBase == nil ? "not assessed (no firms declared)" : "\(smes) SMEs" + (large.isEmpty ? "" : "; larger, possible lead producers: " + Figure.list(large))),
      "competitive advantage: " + (r.advantage == nil ? "not assessed" : advantage.isEmpty ? "none" : Figure.list(advantage)),
      "readiness to cooperate: " + (readiness ?? (r.readiness == true ? "firms already cooperate" : "not assessed")),
      "international demand: " + (r.demandApplies ? (demand ?? "not assessed") : "not needed: the domestic market drives the cluster"),
    ]
    b.indicators = ["production_base", "advantage", "readiness", "demand", "prerequisites"]

    let criteria = [r.productionBase, r.advantage, r.readiness] + (r.demandApplies ? [r.demand] : [])
    let unmet = criteria.filter { $0 == false }.count
    let unknown = criteria.filter { $0 == nil }.count
    let status: InsightStatus =
      unmet >= 2 ? .risk : unmet == 1 ? .warning : unknown > 0 ? .notAssessed : .strength

    // Advice by the condition that is missing: each has its own remedy in the paper.
    let because = "insight 2: a cluster cannot be created from scratch"
    if r.productionBase == false {
      b.advise(Advice(
        "There is no production base of SMEs (\(smes)): do not try to build an 'artificial' cluster; look for one with confirmed production capacity first.",
        step: .identify, because: because,
        see: "the Australian review in insight 2: of attempts to create clusters 'more than half fail, and as few as 10% are significantly successful'"))
    }
    if r.advantage == false {
      b.advise(Advice(
        "Name the competitive advantage (process, product, location or cost) the cluster would build on before investing.",
        step: .identify, because: because))
    }
    // Without a production base, readiness is moot: there is nothing to build on yet.
    if r.readiness == false, r.productionBase != false {
      let organizer = c.organizer
      let hasSessions = facts.projects.contains { $0.kind == .networkingSessions && $0.status != .dropped }
      let hasConsortia = !facts.consortia.isEmpty || facts.projects.contains { $0.kind == .exportConsortium && $0.status != .dropped }
      let next =
        hasSessions && hasConsortia ? " — the networking sessions and the consortia under way are how it grows; judge them by the trust they build."
        : hasSessions ? " — the networking sessions are the first step; follow them with consortium-building."
        : " — networking sessions by function (CEOs, designers), then consortium-building sessions."
      b.advise(Advice(
        "Readiness to cooperate is \(readiness ?? "low"): build it before joint projects" + next,
        step: .conditions, because: because,
        change: hasSessions || organizer == nil ? [] : [c.newProject("NetworkingSessions", .networkingSessions, lead: organizer)],
        see: "the Bangalore machine-tool cluster (insight 6)"))
    }
    if r.demandApplies, r.demand == false {
      // A cluster past its prime repositions; a new initiative confirms its market first.
      if !c.stage.candidates.contains(.embryonic), !c.stage.candidates.contains(.established) {
        let lead = c.organizer
        b.advise(Advice(
          "International demand for the product is \(demand ?? "weak"): reposition"
            + (lead.map { " with \($0)" } ?? "") + " — market repositioning, product diversification, technology acquisition, the paper's moves for a cluster facing decline.",
          step: .extend, because: "insight 2: weak demand in a \(c.stage.text) cluster",
          change: lead == nil || c.has(.marketPresence) ? [] : [c.newProject("MarketRepositioning", .marketPresence, lead: lead)]))
      } else {
        b.advise(Advice(
          "International demand for the product is \(demand ?? "weak"): confirm a market before an export-oriented initiative.",
          step: .identify, because: because))
      }
    }

    let finding = b.finding(
      status,
      rule: "each condition met, unmet or not assessed (undeclared); risk: two or more unmet; warning: one unmet; not assessed: none unmet but some undeclared; strength: all met (international demand only for a cluster not driven by its domestic market)",
      parameters: [.productionBaseMinSmes, .smeMaxEmployees],
      inputs: [
        TrailInput("production base of SMEs", state(r.productionBase)), TrailInput("competitive advantage", state(r.advantage)),
        TrailInput("readiness to cooperate", state(r.readiness)),
        TrailInput("international demand", r.demandApplies ? state(r.demand) : "not needed (domestic driver)"),
      ])

    let indicators = [
      Indicator(
        id: "production_base", title: "production base of SMEs", value: Double(smes),
        text: r.productionBase == nil ? "no firms declared" : "\(smes) SMEs" + (large.isEmpty ? "" : "; lead producers: " + Figure.list(large)),
        unit: "firms",
        trail: Trail(
          inputs: [TrailInput("SMEs (firms of at most sme_max_employees)", String(smes)), TrailInput("large firms", Figure.list(large))],
          rule: "a production base exists when SMEs ≥ production_base_min_smes; not assessed when no firm is declared",
          parameters: ["sme_max_employees", "production_base_min_smes", "large_firm_min_employees"],
          passage: "insight 2: 'Confirmed production capacity within the target geographic area based on SMEs (and possibly one or more larger, prospective lead producers)'")),
      Indicator(
        id: "advantage", title: "competitive advantage", value: r.advantage.map { $0 ? 1 : 0 },
        text: r.advantage == nil ? "not declared" : advantage.isEmpty ? "none" : Figure.list(advantage),
        trail: Trail(
          inputs: [TrailInput("cluster advantage", r.advantage == nil ? "not declared" : Figure.list(advantage))],
          rule: "met when the cluster declares an advantage (process, product, location, cost); unmet when it declares none (`[]`); not assessed when undeclared",
          passage: "insight 2: 'Some form of actual or potential competitive advantage (defined in terms of process, product, location or cost)'")),
      Indicator(
        id: "readiness", title: "readiness to cooperate", value: r.readiness.map { $0 ? 1 : 0 },
        text: readiness ?? (r.readiness == true ? "cooperation links exist" : "not declared"),
        trail: Trail(
          inputs: [TrailInput("cluster readiness", readiness ?? "not declared"), TrailInput("cooperation links", String(facts.links(["cooperation"]).count))],
          rule: "met when readiness is latent or high (or, undeclared, when firms already cooperate); unmet when none or low; else not assessed",
          passage: "insight 2: 'A latent readiness among producers to cooperate'")),
      Indicator(
        id: "demand", title: "international demand", value: r.demand.map { $0 ? 1 : 0 },
        text: r.demandApplies ? (demand ?? "not declared") : "domestic driver",
        trail: Trail(
          inputs: [TrailInput("cluster demand", demand ?? "not declared"), TrailInput("driver", facts.cluster["driver"].word ?? "not declared")],
          rule: "met when international demand is moderate or strong; unmet when weak or none; not assessed when undeclared; not needed for a cluster driven by its domestic market",
          passage: "insight 2: 'for an export-oriented cluster, there must also be international demand for the product'")),
      Indicator(
        id: "prerequisites", title: "prerequisites", value: Double(criteria.filter { $0 == true }.count),
        text: status == .strength ? "all present: the cluster can be enhanced"
          : "\(criteria.filter { $0 == true }.count) of \(criteria.count) present" + (unmet > 0 ? ", \(unmet) missing" : "") + (unknown > 0 ? ", \(unknown) not assessed" : ""),
        unit: "of \(criteria.count)",
        trail: finding.trail),
    ]
    return (finding, indicators, r)
  }
}
