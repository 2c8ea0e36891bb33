// The life cycle [insight 2]: one rule from signs to a stage, used by the evaluation (signs read
// from the facts as of a year) and by the simulation (signs read from a simulated year), and
// the moves the paper gives for each stage, checked against what the case already has.

import ClusterWorkspace

/// What the stage is read from. `nil` is a sign nobody declared.
struct LifeCycleSigns {
  /// At least `established_min_firms` firms.
  var enoughFirms: Bool
  /// A catalyst or a formal structure organizes the cluster (nil: undeclared roles or
  /// structure may hold one).
  var organized: Bool?
  /// Organized for at least `established_min_years`, and for at least `mature_min_years`.
  var yearsEstablished: Bool?
  var yearsMature: Bool?
  /// Complex projects running or done.
  var complexDone: Bool
  /// International demand declared weak or none.
  var demandWeak: Bool?
  /// Growth of the cluster's share of its market over the last three years (simulation only):
  /// the sign of maturity, growth no faster than the market's. Nil when not known.
  var shareGrowth: Double?
  /// Growth of exports over the last three years (simulation only): the sign of decline.
  var exportsGrowth: Double?
}

enum LifeCycle {
  /// The stages the signs allow: one, or several when a sign is undeclared. Decline needs a sign
  /// that holds (weak demand, falling exports): it is never read from a missing one.
  static func stages(_ s: LifeCycleSigns, _ p: ParameterSet) -> [Stage] {
    // Established takes years of organization: one complex project does not make a cluster
    // established within a year (the paper ties the move to "formal structures that … build trust").
    let established = Kleene.and(s.enoughFirms, s.organized, s.yearsEstablished)
    let slowed: Bool? = s.shareGrowth.map { $0 < 1 + p[.maturityGrowth] }
    // Complex projects under way are the sign of maturity the facts give; a simulated year has
    // a better one, growth that has slowed to the market's.
    let mature = slowed.map { Kleene.and(established, s.yearsMature, $0) }
      ?? Kleene.and(established, s.yearsMature, s.complexDone)
    let falling = s.exportsGrowth.map { $0 < 1 - p[.declineThreshold] } ?? false
    var stages: [Stage]
    switch (established, mature) {
    case (.some(false), _): stages = [.embryonic]
    case (.none, .some(false)): stages = [.embryonic, .established]
    case (.none, _): stages = [.embryonic, .established, .mature]
    case (.some(true), .some(true)): stages = [.mature]
    case (.some(true), .none): stages = [.established, .mature]
    case (.some(true), .some(false)): stages = [.established]
    }
    if established != false, s.demandWeak == true || falling {
      stages = established == true ? [.declining] : [.embryonic, .declining]
    }
    return stages
  }

  /// The signs of the cluster as the facts give them.
  static func signs(_ facts: Facts) -> LifeCycleSigns {
    LifeCycleTimeline(facts).signs(at: facts.year)
  }

  /// The stage of the cluster as of the facts' year, with the moves that fit it.
  static func assess(_ facts: Facts) -> StageResult {
    let p = facts.parameters
    let s = signs(facts)
    var candidates = stages(s, p)
    let declared = facts.declared["stage"].word.flatMap(Stage.init(rawValue:))
    // The declared stage describes the case year; other years are read from the signs, and a
    // simulated year from the run.
    let inCaseYear = facts.simulated == nil && facts.year == facts.caseYear
    if let simulated = facts.simulated?.stage {
      candidates = [simulated]
    } else if inCaseYear, let declared {
      candidates = [declared]
    }
    let stage = candidates.first ?? .embryonic
    let initiative = facts.initiativeStart
    let age = both(facts.year, initiative).map { $0 - $1.year }
    let ageText = age.map { (initiative?.exact == false ? "at least " : "") + Figure.count($0, "year") } ?? "unknown"
    var signList: [(String, Bool?)] = [
      ("at least \(Figure.number(p[.establishedMinFirms])) firms (\(facts.firmCount))", s.enoughFirms),
      ("a catalyst or a formal structure", s.organized),
      ("organized for at least \(Figure.count(Int(p[.establishedMinYears]), "year")) (\(ageText))", s.yearsEstablished),
      ("organized for at least \(Figure.count(Int(p[.matureMinYears]), "year"))", s.yearsMature),
    ]
    let shareGrowth = facts.simulated?.shareGrowth
    // In a simulated year the run's slowing replaces complex projects as the sign of maturity.
    if shareGrowth == nil {
      signList.append(("complex projects running or done (\(facts.happened.filter { $0.complexity == .complex }.count))", s.complexDone))
    }
    signList.append(("international demand weak or absent", s.demandWeak))
    if let share = shareGrowth {
      signList.append(("its share of its market grew less than \(Figure.share(p[.maturityGrowth])) in three years (simulated: \(Figure.signedShare(share - 1)))", share < 1 + p[.maturityGrowth]))
    }
    if let simulated = facts.simulated, let growth = simulated.growth {
      signList.append(("exports fell more than \(Figure.share(p[.declineThreshold])) in three years (simulated: \(Figure.signedShare(growth - 1)))", growth < 1 - p[.declineThreshold]))
    }
    var toDeclare: [String] = []
    if s.yearsEstablished == nil || s.yearsMature == nil, candidates.count > 1 {
      let organizers = facts.institutions.filter {
        !Set($0.roles).isDisjoint(with: [.catalyst, .leader, .manager]) && $0.founded == nil && !$0.isGovernment
      }
      toDeclare += organizers.map { "`\($0.name).founded` (when the initiative began)" }
      let undated = facts.projects.filter { $0.start == nil }.map(\.name)
      if toDeclare.isEmpty, !undated.isEmpty { toDeclare.append("the `start` year of " + Figure.list(undated)) }
      if toDeclare.isEmpty { toDeclare.append("when the initiative began (`founded` of its organizer)") }
    }
    if s.organized == nil, candidates.count > 1 {
      toDeclare.append("`\(facts.name).structure`, or the `roles` and `formal` of " + Figure.list(
        Array(facts.institutions.filter { !$0.rolesDeclared || !$0.formalDeclared }.map(\.name).prefix(2))))
    }
    // Principle 9: a stage read from a firm count near `established_min_firms` is borderline
    // when one firm more or less would change it (the same band as every verdict's).
    var borderline: String?
    if facts.simulated == nil, !(inCaseYear && declared != nil) {
      let threshold = p[.establishedMinFirms]
      let firms = Double(facts.firmCount)
      var other = s
      other.enoughFirms.toggle()
      if abs(firms - threshold) <= p[.borderlineBand] * threshold, stages(other, p) != candidates {
        borderline = "\(Figure.count(facts.firmCount, "firm")), the threshold is \(Figure.number(threshold))"
      }
    }
    return StageResult(
      stage: stage, candidates: candidates, declared: declared, signs: signList,
      moves: moves(candidates, facts), toDeclare: toDeclare, borderline: borderline)
  }

  /// The stage as the simulation's signs give it in a simulated year.
  static func simulated(
    firms: Double, organized: Bool?, yearsOrganized: Int?, complexDone: Bool, demandWeak: Bool?, shareGrowth: Double?,
    exportsGrowth: Double?, _ p: ParameterSet
  ) -> Stage {
    let s = LifeCycleSigns(
      enoughFirms: firms >= p[.establishedMinFirms], organized: organized,
      yearsEstablished: yearsOrganized.map { Double($0) >= p[.establishedMinYears] } ?? false,
      yearsMature: yearsOrganized.map { Double($0) >= p[.matureMinYears] } ?? false, complexDone: complexDone,
      demandWeak: demandWeak, shareGrowth: shareGrowth, exportsGrowth: exportsGrowth)
    return stages(s, p).last ?? .embryonic
  }

  /// The paper's moves for the stages, less what the case already has.
  static func moves(_ stages: [Stage], _ facts: Facts) -> [String] {
    let kinds = Set(facts.projects.filter { $0.status != .dropped && $0.status != .failed }.compactMap(\.kind))
    let underWay = Set(facts.happened.filter { $0.status != .failed }.compactMap(\.kind))
    let hasCatalyst = !facts.holders(of: .catalyst).isEmpty
    let developmental = facts.isDevelopmental
    var out: [String] = []
    for stage in stages {
      let before = out.count
      defer {
        // When the stage is not settled, each move says which stage it is for.
        if stages.count > 1 { for i in before..<out.count { out[i] = "if \(stage.rawValue): " + out[i] } }
      }
      switch stage {
      case .embryonic where developmental:
        // Each part is dropped when the case has it: a learning project under way; services an
        // institution provides; ongoing support from a lead buyer or a formal institution.
        var parts: [String] = []
        if !underWay.contains(where: \.buildsLearning) { parts.append("awareness-building") }
        let services = facts.institutions.filter { !$0.services.isEmpty }
        if !underWay.contains(.businessServices) && services.isEmpty {
          parts.append("basic organizational and business development services (information, product development, marketing support)")
        }
        let support = facts.buyers.contains { $0.lead } || services.contains { $0.formal }
        if !support { parts.append("the assurance of ongoing support") }
        out.append(
          parts.isEmpty
            ? "build on the institutional and learning side already in place (services, ongoing support)"
            : "start with the institutional and learning side: " + Figure.and(parts))
      case .embryonic:
        var catalysts: [String] = []
        // Parks and infrastructure are catalysts where infrastructure is what the cluster lacks.
        let infrastructureLacking = ["weak", "none"].contains(facts.cluster["infrastructure"].word ?? "")
          || facts.cluster["constraints"].words.contains("infrastructure")
        if infrastructureLacking, !kinds.contains(.industrialPark) { catalysts.append("the opening of an industrial park") }
        if infrastructureLacking, !kinds.contains(where: \.isInfrastructure) { catalysts.append("specific needed infrastructure") }
        if !hasCatalyst { catalysts.append("entrepreneurial leadership (an association of firms, a lead firm or buyer)") }
        if !catalysts.isEmpty { out.append("a catalyst: " + Figure.and(catalysts)) }
        out.append("simple initiatives that bring early wins and build trust first")
      case .established:
        // Whether a formal structure is needed is insight 7's finding, not a stage move.
        out.append("more ambitious joint projects, as trust allows")
      case .mature, .declining:
        // Each of the three renewals is dropped when a project of it is under way, and named
        // with its planned projects when it is only planned.
        var renewal: [String] = []
        let kindsOfRenewal: [(String, Set<InterventionKind>)] = [
          ("product diversification", [.designInstitute, .clusterBrand]),
          ("market repositioning", [.marketPresence, .clusterBrand]),
          ("technology acquisition", [.technologyTransfer, .universityResearch, .fdiAttraction]),
        ]
        for (move, renewing) in kindsOfRenewal where !underWay.contains(where: renewing.contains) {
          let planned = facts.byStart.filter { $0.status == .planned && $0.kind.map(renewing.contains) == true }
          renewal.append(move + (planned.isEmpty ? "" : " (planned: " + Figure.list(planned.map(\.dated)) + ")"))
        }
        let verb = stage == .declining ? "transform it back to an earlier stage through " : "renewal before decline: "
        out.append(renewal.isEmpty ? "keep the renewal under way (diversification, repositioning, technology)" : verb + Figure.and(renewal))
      }
    }
    var seen: Set<String> = []
    return out.filter { seen.insert($0).inserted }
  }
}

/// The life cycle's signs in any year up to the facts' year, read once: insight 5 asks for the
/// stage each project started in, and a case may hold thousands of projects and years.
struct LifeCycleTimeline {
  let p: ParameterSet
  let formalStructure: Bool
  /// The first year a formal institution, or an actor holding the catalyst role, is present
  /// (`Int.min` for one of unknown founding).
  let organizedFrom: Int?
  /// Whether an actor whose roles or formality nobody declared may organize the cluster, when
  /// the cluster declares no structure.
  let organizedUnknown: Bool
  /// The case's year: undated attributes (demand) describe it and the years after, not before.
  let caseYear: Int?
  /// Firms of unknown founding, and the others by founding year with running totals.
  let undatedFirms: Int
  let foundings: [(year: Int, total: Int)]
  let complexFrom: Int?
  let initiative: (year: Int, exact: Bool)?
  let demandWeak: Bool?

  init(_ facts: Facts) {
    p = facts.parameters
    let structure = facts.cluster["structure"].word
    formalStructure = structure == "formal" || structure == "association"
    var organized: [Int] = facts.institutions.filter { $0.formal || $0.roles.contains(.catalyst) }.map { $0.founded ?? Int.min }
    organized += facts.firms.filter { $0.roles.contains(.catalyst) }.map { $0.founded ?? Int.min }
    organized += facts.buyers.filter { $0.roles.contains(.catalyst) }.map { $0.founded ?? Int.min }
    organizedFrom = organized.min()
    organizedUnknown = structure == nil
      && (facts.institutions.contains { !$0.rolesDeclared || !$0.formalDeclared }
        || facts.buyers.contains { $0.lead && !$0.rolesDeclared } || facts.largeFirms.contains { !$0.rolesDeclared })
    caseYear = facts.caseYear
    undatedFirms = facts.firms.filter { $0.founded == nil }.reduce(0) { $0 + $1.count }
    var running = 0
    foundings = facts.firms.compactMap { f in f.founded.map { ($0, f.count) } }.sorted { $0.0 < $1.0 }.map { year, count in
      running += count
      return (year, running)
    }
    complexFrom = facts.happened.filter { $0.complexity == .complex }.map { $0.start ?? Int.min }.min()
    initiative = facts.initiativeStart
    demandWeak = facts.cluster["demand"].word.map { $0 == "weak" || $0 == "none" }
  }

  /// Firms present in `year`: those of unknown founding and those founded by then.
  func firms(at year: Int) -> Int {
    var low = 0
    var high = foundings.count
    while low < high {
      let mid = (low + high) / 2
      if foundings[mid].year <= year { low = mid + 1 } else { high = mid }
    }
    return undatedFirms + (low == 0 ? 0 : foundings[low - 1].total)
  }

  func signs(at year: Int?) -> LifeCycleSigns {
    let now = year ?? Int.max
    let organizedKnown = formalStructure || (organizedFrom.map { $0 <= now } ?? false)
    let organized: Bool? = organizedKnown ? true : organizedUnknown ? nil : false
    var yearsEstablished: Bool?
    var yearsMature: Bool?
    if let year, let start = initiative, start.year <= year {
      let age = Double(year - start.year)
      // An organizer of unknown founding may be older than the first project: a lower bound
      // that reaches a threshold settles it; one that does not leaves it open.
      yearsEstablished = age >= p[.establishedMinYears] ? true : start.exact ? false : nil
      yearsMature = age >= p[.matureMinYears] ? true : start.exact ? false : nil
    } else if year != nil, organized == false {
      yearsEstablished = false
      yearsMature = false
    }
    return LifeCycleSigns(
      enoughFirms: Double(firms(at: now)) >= p[.establishedMinFirms], organized: organized,
      yearsEstablished: yearsEstablished, yearsMature: yearsMature, complexDone: complexFrom.map { $0 <= now } ?? false,
      demandWeak: (caseYear.map { now >= $0 } ?? true) ? demandWeak : nil, shareGrowth: nil, exportsGrowth: nil)
  }
}
