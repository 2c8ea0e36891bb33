// Insight 4: "Effective cluster initiatives address each of the competitiveness and developmental
// 'gears' of a national export strategy." A gear turns with projects running or done as of the
// year; planned ones are shown with their year. The border and development gears need the
// public–private partnership at work. An embryonic cluster starts with one gear, not four.

import ClusterWorkspace

enum FourGears {
  static func assess(_ c: Context, roles: RolesResult) -> (InsightFinding, [Indicator], [GearCoverage]) {
    let facts = c.facts
    var b = FindingBuilder(4, c.p)
    var gears: [GearCoverage] = []
    var indicators: [Indicator] = []
    // The partnership a gear needs is judged from that gear's own projects (or a standing
    // partner link): a partnership at work in a park does not turn customs.
    let standing = !facts.standingPartnerships.isEmpty
    for gear in Gear.allCases {
      let projects = facts.projects.filter { $0.gear == gear }
      // An export subsidy that ended is history: it no longer turns the border gear.
      let ended = projects.filter { $0.status == .done && $0.isWTOIncompatible }
      let turning = projects.filter { $0.status.hasHappened && !($0.status == .done && $0.isWTOIncompatible) }
      let costed = turning.filter(\.moneyDeclared)
      let coverage = GearCoverage(
        gear: gear, projects: turning.map(\.name),
        planned: facts.byStart.filter { $0.gear == gear && $0.status == .planned }.map(\.dated),
        failed: projects.filter { $0.status == .failed }.map(\.name), ended: ended.map(\.name),
        budget: costed.isEmpty ? nil : costed.reduce(0) { $0 + $1.cost }, leads: Array(Set(turning.compactMap(\.lead))).sorted(),
        partnership: gear.needsPartnership && !turning.isEmpty ? standing || turning.contains(where: facts.isPublicPrivatePartnership) : nil)
      gears.append(coverage)
      var text = turning.isEmpty ? "not turned" : "\(Figure.count(turning.count, "project")) under way"
      if !coverage.planned.isEmpty { text += "; planned: " + Figure.list(coverage.planned) }
      if !coverage.failed.isEmpty { text += "; failed: " + Figure.list(coverage.failed) }
      if !coverage.ended.isEmpty { text += "; ended: " + Figure.list(coverage.ended) }
      if coverage.partnership == false { text += "; no public–private partnership at work" }
      indicators.append(Indicator(
        id: "gear_" + gear.rawValue, title: "\(gear.title) gear", value: Double(turning.count), text: text, unit: "projects",
        trail: Trail(
          inputs: projects.map { TrailInput($0.name, "\($0.kind?.rawValue ?? "no kind"), \($0.status.rawValue)" + ($0.start.map { " from \($0)" } ?? "")) },
          rule: "interventions whose gear (declared, or from their kind) is \(gear.rawValue), running or done in the year; the border and development gears need a working public–private partnership",
          passage: "insight 4: the border gear: 'the public-private partnership must be fully operational if this gear of strategy is to turn smoothly'")))
    }
    b.evidence = gears.map { g in "\(g.gear.title): " + (indicators.first { $0.id == "gear_" + g.gear.rawValue }?.text ?? "") }
    b.indicators = Gear.allCases.map { "gear_" + $0.rawValue }

    let turning = gears.filter { !$0.projects.isEmpty }
    let missing = gears.filter { $0.projects.isEmpty }
    let noPartnership = gears.filter { $0.partnership == false }

    // Declared constraints belong to a gear: each needs a project that addresses it (infrastructure
    // and trust are judged by insights 8 and 6).
    let live = facts.projects.filter { $0.status != .dropped && $0.status != .failed }
    let constraints = facts.cluster["constraints"].words.compactMap(Constraint.init(rawValue:))
      .filter { $0 != .infrastructure && $0 != .trust }
    var unaddressed: [Constraint] = []
    var addressedBy: [String] = []
    for constraint in constraints {
      let remedies = live.filter { $0.addresses(constraint) }
      if remedies.isEmpty {
        unaddressed.append(constraint)
      } else {
        addressedBy.append("\(constraint.title) (" + Figure.list(remedies.map { $0.status == .planned ? $0.dated : $0.name }) + ")")
      }
    }
    if !constraints.isEmpty {
      b.evidence.append(
        "declared constraints: " + (addressedBy + unaddressed.map { "\($0.title) (no project)" }).joined(separator: ", "))
    }

    // A risk needs a stage known to be past the embryonic one; projects of unknown gear may be
    // turning a gear that looks still.
    let pastEmbryonic = c.stage.pastEmbryonic
    // A stage one firm from its threshold makes a verdict that turns on it borderline too.
    if c.stage.borderline != nil, turning.count <= 1 {
      _ = b.atLeast(
        Double(facts.firmCount), .establishedMinFirms, figure: "firms",
        meaning: "the number from which a cluster can be established, and one gear turning is no longer enough")
    }
    let unknownGear = facts.happened.filter { $0.gear == nil }.map(\.name)
    for name in unknownGear { b.input(false, declare: "the `kind` or `gear` of \(name)") }
    let status: InsightStatus
    if turning.isEmpty {
      status = !unknownGear.isEmpty ? .notAssessed : pastEmbryonic ? .risk : .warning
    } else if missing.isEmpty && noPartnership.isEmpty && unaddressed.isEmpty {
      status = .strength
    } else if turning.count <= 1 && pastEmbryonic {
      status = unknownGear.isEmpty ? .risk : .notAssessed
    } else {
      status = .warning
    }

    // Advice: an embryonic cluster starts with the gear that fits it; others turn the gears
    // nothing is planned for; each declared constraint gets its project; a gear that needs the
    // partnership gets it. Border and development projects are public responsibilities: a
    // government actor leads them when the case has one.
    let organizer = c.organizer
    let government = facts.institutions.first(where: \.isGovernment)?.name
    // Border and development projects are public responsibilities: a government leads them with
    // the organizer as partner; without a government the advice says so and changes nothing.
    // The private side of such a project: the organizer when it is private, else a private
    // institution, else the largest group of firms.
    let privatePartner = organizer.flatMap { facts.isPrivate($0) ? $0 : nil }
      ?? facts.institutions.first { $0.sector == .private }?.name ?? facts.firms.max { $0.count < $1.count }?.name
    func project(_ base: String, _ kind: InterventionKind) -> [String] {
      if kind.gear.needsPartnership {
        guard let government else { return [] }
        return [c.newProject(base, kind, lead: government, partners: privatePartner.map { [$0] } ?? [])]
      }
      return organizer.map { [c.newProject(base, kind, lead: $0)] } ?? []
    }
    // Firms that already export directly need market information more than buyer meetings.
    let exporting = facts.firms.filter { $0.directExport == true || $0.foreign || $0.role == "exporter" }.reduce(0) { $0 + $1.count }
    let mostlyExporting = facts.firmCount > 0 && 2 * exporting >= facts.firmCount
    func simple(_ gear: Gear) -> InterventionKind {
      gear == .borderOut && mostlyExporting ? .marketInformation : simpleStart(gear)
    }
    let early = c.stage.candidates.contains(.embryonic)
    let unplanned = missing.filter { $0.planned.isEmpty }
    if status != .strength {
      if early {
        if turning.isEmpty && unplanned.count == missing.count {
          let developmental = facts.isDevelopmental
          let (gear, kind, why) =
            developmental
            ? (Gear.borderIn, InterventionKind.awarenessBuilding, "a cluster of micro-producers starts with 'the institutional and learning aspects'")
            : (Gear.borderOut, simple(.borderOut), "the border-out gear is 'the easiest … to sell' to members")
          if !c.has(kind) {
            b.advise(Advice(
              "Start with one gear, not four: the \(gear.title) gear with a simple project such as \(kind.title)" + (organizer.map { " led by \($0)" } ?? "") + "; \(why).",
              step: .action, because: "insight 4: no gear turns yet", change: project("FirstProject", kind)))
          }
        } else if !missing.isEmpty {
          let plannedNames = missing.flatMap(\.planned)
          // Only a settled embryonic stage says the initiative is young; an open stage says so
          // conditionally and names the gears, so nothing is claimed that the facts do not show.
          let young = c.stage.candidates == [.embryonic]
          b.advise(Advice(
            "Turn the other gears" + (young ? "" : " (" + Figure.list(missing.map(\.gear.title)) + ")") + " as the first results come"
              + (plannedNames.isEmpty ? "" : ", as planned: " + Figure.list(plannedNames))
              + (young ? "; an initiative this young need not turn all four at once." : "; if the initiative is still young, it need not turn all four at once."),
            step: .action, because: "insight 4: \(turning.count) of 4 gears turn"))
        }
      } else {
        // A lead buyer with a long-term stake is a market channel: the border-out gear then rests
        // on it, and the advice is to widen it, not to start generic promotion.
        let channel = facts.buyers.first { b in
          b.lead && b.reach == .global && facts.links.contains { $0.touches(b.name) }
        }?.name
        // A gear whose planned projects are all complex turns sooner with a simple one now; the
        // complex ones keep their dates (Part 3, step 3: early wins before ambitious projects).
        func plannedProjects(_ gear: Gear) -> [Project] { facts.byStart.filter { $0.gear == gear && $0.status == .planned } }
        let simpleLater = missing.filter { g in !g.planned.isEmpty && !plannedProjects(g.gear).contains { $0.complexity == .simple } }
        for g in unplanned + simpleLater where !unaddressed.contains(where: { $0.remedies.first?.gear == g.gear }) {
          let later = plannedProjects(g.gear).map(\.dated)
          if g.gear == .borderOut, let channel {
            b.advise(Advice(
              "The border-out gear rests on \(channel)'s channel: joint market development beyond it (other buyers, fairs, market information) spreads the risk.",
              step: .extend, because: "insight 4: the border-out gear does not turn"))
            continue
          }
          let kind = simple(g.gear)
          b.advise(Advice(
            "Turn the \(g.gear.title) gear, starting with a simple project such as \(kind.title)"
              + (g.gear.needsPartnership ? (government.map { " led by \($0)" } ?? ", with the state or local government (the case declares none)") : "")
              + (later.isEmpty ? "." : "; " + Figure.list(later) + " follow as planned."),
            step: .action, because: "insight 4: the \(g.gear.title) gear does not turn",
            change: c.has(kind) ? [] : project(kind.rawValue.camelName, kind)))
        }
        for g in missing where !g.planned.isEmpty && !simpleLater.contains(where: { $0.gear == g.gear }) {
          let simplePlanned = plannedProjects(g.gear).filter { $0.complexity == .simple }.map(\.dated)
          b.advise(Advice(
            "Bring forward the \(g.gear.title) gear's simple planned projects (" + Figure.list(simplePlanned) + ").",
            step: .action, because: "insight 4: the \(g.gear.title) gear does not turn yet"))
        }
      }
      for constraint in unaddressed {
        guard let kind = constraint.remedies.first else { continue }
        // A complex project takes a private-led initiative past its embryonic stage, where the
        // public–private partnership it does without becomes necessary (insight 3).
        let tradeOff =
          kind.complexity == .complex && c.stage.candidates.contains(.embryonic) && roles.privateLed
            && roles.partnership != .working
          ? "as a complex project it takes the initiative past the embryonic stage, where it needs a working public–private partnership (insight 3)"
          : nil
        b.advise(Advice(
          "Address the declared \(constraint.title) constraint in the \(kind.gear.title) gear: "
            + Figure.list(constraint.remedies.prefix(2).map(\.title)) + ".",
          step: .action, because: "insight 4: \(constraint.title) is a declared constraint with no project",
          change: project(kind.rawValue.camelName, kind), tradeOff: tradeOff))
      }
      if !noPartnership.isEmpty, !roles.privateLed || !early {
        let duties = noPartnership.map { $0.gear == .border
          ? "transportation, trade facilitation, company registration and transaction costs"
          : "employment, poverty reduction and environmental protection" }
        // A government instrument (a subsidy, a tax exemption) is granted to firms one by one:
        // it takes no partner, so the advice names the gears' other projects.
        let projects = noPartnership.flatMap(\.projects).filter { name in facts.projects.first { $0.name == name }?.kind?.isInstrument != true }
        let candidate = facts.privatePartnerCandidate
        b.advise(Advice(
          "The " + Figure.and(noPartnership.map(\.gear.title)) + " gear" + (noPartnership.count > 1 ? "s turn" : " turns")
            + " smoothly only with the public–private partnership at work in " + (noPartnership.count > 1 ? "each" : "it") + ": " + Figure.and(duties) + " fall to the public sector" + (projects.isEmpty ? "" : ", ")
            + (projects.isEmpty ? "" : "and " + Figure.list(projects) + " should have a private partner organization"
              + (candidate.map { " (such as \($0))" } ?? " (an association of the firms, a consortium or a private firm; a cohort of firms is no partner organization)")) + ".",
          step: .conditions, because: "insight 4: no working partnership in the " + Figure.and(noPartnership.map(\.gear.title)) + (noPartnership.count > 1 ? " gears" : " gear") + " (see insight 3)",
          change: candidate.map { name in
            projects.compactMap { p in facts.projects.first { $0.name == p } }
              .map { "set \($0.name).partners = [" + ($0.partners + [name]).joined(separator: ", ") + "]" }
          } ?? []))
      }
    }

    let finding = b.finding(
      status,
      rule: "strength: all four gears turn (projects running or done), the border and development gears have a working public–private partnership, and every declared constraint (but infrastructure and trust, insights 8 and 6) has a project that addresses it; risk: no gear turns, or only one beyond the embryonic stage; an embryonic cluster with no gear turning yet gets a warning; else warning",
      inputs: gears.map { TrailInput($0.gear.title, $0.projects.isEmpty ? "not turned" : Figure.list($0.projects)) }
        + [TrailInput("partnership", roles.partnership.rawValue), TrailInput("stage", c.stage.text)])
    return (finding, indicators, gears)
  }

  /// The simple project a gear can start with (Part 3, step 3: "Simple initiatives … should be
  /// chosen as the first activities").
  static func simpleStart(_ gear: Gear) -> InterventionKind {
    switch gear {
    case .borderOut: return .buyerSellerMeetings
    case .border: return .customsFacilitation
    case .borderIn: return .networkingSessions
    case .development: return .labourStandards
    }
  }
}

extension String {
  /// `buyer_seller_meetings` → "buyer seller meetings" for prose.
  var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
  /// `buyer_seller_meetings` → "BuyerSellerMeetings", a name for a new entity.
  var camelName: String { split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }
}
