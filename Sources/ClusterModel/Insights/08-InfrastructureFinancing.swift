// Insight 8: "There is more to infrastructure financing than public sector funds." Judged per
// infrastructure project under way: who pays (government, donors, the rest), the leverage of
// public money (NTADCL: 250 ÷ 25), a failed project, and whether a project financed on its
// revenue declares the revenue that repays it. Export subsidies and fiscal incentives are flagged
// while they run under WTO rules; ended ones are history.

import ClusterWorkspace

enum InfrastructureFinancing {
  /// Financing forms that private financiers are repaid from the project's revenue.
  static let revenueFinanced: Set<String> = ["ppp", "loan", "private", "equity"]
  /// Forms that say who pays without amounts: the firms' or private money.
  static let privateForms: Set<String> = ["own_funds", "private", "equity", "loan"]

  static func assess(_ c: Context) -> (InsightFinding, [Indicator], FinancingResult) {
    let facts = c.facts
    let p = c.p
    var b = FindingBuilder(8, p)
    let year = facts.year

    var rows: [FinancingRow] = []
    var unassessed: [String] = []
    for project in facts.projects where project.moneyDeclared || project.isInfrastructure || project.isWTOIncompatible {
      var problems: [String] = []
      let publicMoney = project.governmentMoney + project.donorMoney
      let assessed = project.moneyDeclared || project.financing.map(privateForms.contains) == true
      let share: Double? = project.cost > 0 ? publicMoney / project.cost : (assessed ? 0 : nil)
      // Public money levered: government and donor money alike (the public share counts both).
      let leverage: Double? = publicMoney > 0 ? project.cost / publicMoney : nil
      var payback: Double?
      if let revenue = project.revenue, revenue > 0 { payback = project.privateMoney / revenue }
      if project.isInfrastructure, project.status.hasHappened || project.status == .failed {
        if project.status == .failed { problems.append("failed") }
        if let share, share > p[.publicShareMax] {
          problems.append("leans on public funds (\(Figure.share(share)) of its cost)")
        }
        if let payback, payback > p[.paybackMaxYears] {
          problems.append("its revenue repays the private money in \(Figure.approx(payback)) years")
        }
        if !assessed { unassessed.append(project.name) }
      }
      rows.append(FinancingRow(
        project: project.name, kind: project.kind, status: project.status, start: project.start, cost: project.cost,
        costDeclared: project.moneyDeclared,
        governmentMoney: project.governmentMoney, donorMoney: project.donorMoney, privateMoney: project.privateMoney,
        form: project.financing, leverage: leverage, revenue: project.revenue, paybackYears: payback,
        isInfrastructure: project.isInfrastructure, problems: problems))
    }

    // Infrastructure under way (or failed), and what is planned.
    let infrastructure = rows.filter { $0.isInfrastructure && ($0.status.hasHappened || $0.status == .failed) }
    let plannedInfrastructure = facts.projects.filter { $0.isInfrastructure && $0.status == .planned }
    let judged = infrastructure.filter { !unassessed.contains($0.project) }
    let failed = infrastructure.filter { $0.status == .failed }
    let leaning = judged.filter { $0.problems.contains { $0.hasPrefix("leans") } }
    let slowPayback = judged.filter { $0.problems.contains { $0.hasPrefix("its revenue") } }
    let revenueUndeclared = facts.happened.filter {
      $0.isInfrastructure && $0.revenue == nil && revenueFinanced.contains($0.financing ?? "")
        && $0.privateMoney >= p[.largeProjectCost]
    }
    for project in revenueUndeclared { b.input(false, declare: "`\(project.name).revenue` (what it earns a year to repay its financiers)") }
    for name in unassessed { b.input(false, declare: "the funding of \(name) (`funding: { … }` or `financing: own_funds`)") }
    for _ in judged { b.input(true, declare: "") }

    // WTO: instruments running after WTO rules apply are current; ended ones, and the years
    // before the rules, are history.
    let wtoYear = Int(p[.wtoYear])
    var wtoCurrent: [String] = []
    var wtoHistory: [String] = []
    var wtoBefore: [String] = []
    // A subsidy or incentive planned to start once the rules apply is advised against before it starts.
    let wtoPlanned = facts.projects.filter {
      $0.isWTOIncompatible && $0.status == .planned && ($0.start.map { $0 >= wtoYear } ?? false)
    }
    for project in facts.projects where project.isWTOIncompatible && project.status.hasHappened {
      let beforeRules = (year ?? Int.max) < wtoYear
      if project.status == .done {
        wtoHistory.append(project.name + " (" + (project.start.map(String.init) ?? "") + (project.end.map { "–\($0)" } ?? "") + ")")
      } else if beforeRules {
        wtoBefore.append(project.dated)
      } else {
        wtoCurrent.append(project.name)
      }
    }

    let constraintWord = facts.cluster["infrastructure"].word
    let declaredConstraint = ["weak", "none"].contains(constraintWord ?? "") || facts.cluster["constraints"].words.contains("infrastructure")
    // A project declared to address the infrastructure constraint that builds none (Ludhiana's
    // negotiated Internet access) meets it without infrastructure to finance.
    let metOtherwise = facts.happened.filter { !$0.isInfrastructure && $0.addresses.contains(.infrastructure) }
    let constraint = declaredConstraint && metOtherwise.isEmpty

    let happenedRows = rows.filter { $0.status.hasHappened }
    let total = happenedRows.reduce(0) { $0 + $1.cost }
    let publicTotal = happenedRows.reduce(0) { $0 + $1.publicMoney }
    var sources: [String: Double] = [:]
    let underWay = Set(facts.happened.map(\.name))
    for e in facts.cluster.entities where e.kind == .intervention {
      guard underWay.contains(e.name) else { continue }
      for entry in e["funding"].entries { sources[entry.key, default: 0] += entry.value.number ?? 0 }
    }
    let result = FinancingResult(
      rows: rows, totalCost: total, publicMoney: publicTotal, publicShare: total > 0 ? publicTotal / total : nil,
      leverage: publicTotal > 0 ? total / publicTotal : nil, wtoIncompatible: wtoCurrent,
      wtoHistory: wtoHistory + wtoBefore.map { $0 + ", before \(wtoYear)" },
      sources: sources.sorted { $0.key < $1.key }.map { ($0.key, facts.isGovernment($0.key) || facts.isDonor($0.key), $0.value) })

    // Evidence: one line per infrastructure project under way.
    for row in infrastructure {
      var line = row.project + ": "
      if unassessed.contains(row.project) {
        line += "funding not declared"
      } else {
        var parts: [String] = []
        if row.cost > 0 { parts.append("cost " + Figure.money(row.cost)) }
        if row.cost > 0 { parts.append("public " + Figure.share(row.publicMoney / row.cost)) } else if let form = row.form { parts.append(form.replacingUnderscores) }
        if let leverage = row.leverage {
          parts.append(
            "leverage " + Figure.approx(leverage) + "×"
              + (leverage >= p[.leverageBenchmark] && row.status != .failed ? " (the paper's benchmark reached)" : ""))
        }
        if let payback = row.paybackYears { parts.append("repaid in " + Figure.approx(payback) + " years") }
        line += parts.joined(separator: ", ")
      }
      if !row.problems.isEmpty { line += " — " + row.problems.joined(separator: "; ") }
      b.evidence.append(line)
    }
    if !plannedInfrastructure.isEmpty { b.evidence.append("planned infrastructure: " + Figure.list(plannedInfrastructure.map(\.dated))) }
    if constraint { b.evidence.append("infrastructure is declared a constraint" + (constraintWord.map { " (\($0))" } ?? "")) }
    if declaredConstraint && !metOtherwise.isEmpty {
      b.evidence.append("the infrastructure constraint is addressed by " + Figure.list(metOtherwise.map(\.name)) + ", which builds none to finance")
    }
    if !wtoCurrent.isEmpty { b.evidence.append("no longer acceptable under WTO rules: " + Figure.list(wtoCurrent)) }
    if !wtoPlanned.isEmpty { b.evidence.append("planned, though no longer acceptable under WTO rules: " + Figure.list(wtoPlanned.map(\.dated))) }
    if !wtoHistory.isEmpty { b.evidence.append("history, not a current instrument: " + Figure.list(wtoHistory)) }
    if !wtoBefore.isEmpty { b.evidence.append("before WTO rules apply (\(wtoYear)): " + Figure.list(wtoBefore)) }
    if b.evidence.isEmpty { b.evidence.append("no infrastructure project and no infrastructure constraint declared") }
    b.indicators = ["public_share", "leverage", "wto"]

    let status: InsightStatus
    if infrastructure.isEmpty && !constraint && wtoCurrent.isEmpty && wtoPlanned.isEmpty {
      status = .notApplicable
    } else if !failed.isEmpty {
      status = .risk
    } else if constraint && infrastructure.isEmpty && plannedInfrastructure.isEmpty
      && facts.projects.contains(where: { $0.kind == nil && $0.status != .dropped })
    {
      // A project of unknown kind may be the infrastructure the constraint needs.
      status = .notAssessed
    } else if !leaning.isEmpty || !slowPayback.isEmpty || !wtoCurrent.isEmpty || !wtoPlanned.isEmpty
      || (constraint && infrastructure.isEmpty)
    {
      status = .warning
    } else if judged.isEmpty {
      status = .notAssessed
    } else {
      status = .strength
    }

    // Advice, project by project.
    for row in failed {
      b.advise(Advice(
        "\(row.project) failed: find out why before financing the next project — 'You have to continually revisit the original assumptions'.",
        step: .extend, because: "insight 8: a failed infrastructure project", see: "Hari Sankaran of IL&FS (insight 8)"))
    }
    for row in leaning {
      let large = row.cost >= p[.largeProjectCost]
      b.advise(Advice(
        "\(row.project) leans on public funds (\(Figure.share(row.publicMoney / max(row.cost, 1))) of its cost): bring in local industry and other financiers"
          + (large ? "; where it earns revenue, structure it as a business that financiers can analyse." : "."),
        step: .extend, because: "insight 8: public share",
        see: large ? "IL&FS and NTADCL, which levered public money ten times (insight 8)" : nil))
    }
    for row in slowPayback {
      b.advise(Advice(
        "\(row.project)'s revenue repays its private financiers in \(Figure.approx(row.paybackYears ?? 0)) years: revisit its size or its charges before more debt.",
        step: .extend, because: "insight 8: demand that pays for the project"))
    }
    if constraint && infrastructure.isEmpty {
      if plannedInfrastructure.isEmpty {
        b.advise(Advice(
          "Infrastructure is declared a constraint and no project addresses it: name the infrastructure the cluster lacks, its cost and who could pay — government and local industry first, other financiers where the project can pay for itself.",
          step: .extend, because: "insight 8: infrastructure constraint"))
      } else {
        // The planned projects' own financing: advise on money only where it leans on public funds.
        let leaningPlans = plannedInfrastructure.filter { p in
          p.cost > 0 && (p.governmentMoney + p.donorMoney) / p.cost > c.p[.publicShareMax]
        }
        // Every planned project of infrastructure relieves the constraint, not the earliest
        // alone: all are named by start year, and the largest by declared cost (NTADCL's $250
        // million water scheme in Tirupur) is the one the constraint waits for most.
        let inOrder = plannedInfrastructure.sorted { ($0.start ?? Int.max, $0.name) < ($1.start ?? Int.max, $1.name) }
        let largest = plannedInfrastructure.filter { $0.moneyDeclared && $0.cost > 0 }.max { $0.cost < $1.cost }
        let awaited = inOrder.count == 1
          ? Figure.list(inOrder.map(\.dated)) + " is built"
          : "the planned infrastructure is built (" + Figure.list(inOrder.map(\.dated)) + ")"
            + (largest.map { ", above all " + $0.name + " (" + Figure.money($0.cost) + ")" } ?? "")
        let lowTrust = facts.trust.value.map { $0 < p[.trustLow] } ?? false
        b.advise(Advice(
          leaningPlans.isEmpty
            ? "Infrastructure is the constraint until " + awaited + ": "
              + (lowTrust ? "build trust first (insight 6), then the planned projects" : "keep the planned projects to their dates")
              + "; their financing already brings in more than public funds where it is declared."
            : "Infrastructure is the constraint: " + Figure.list(leaningPlans.map(\.dated)) + " lean on public funds; bring in local industry and other financiers before they start.",
          step: .extend, because: "insight 8: infrastructure constraint, projects planned"))
      }
    }
    // One advice for every current instrument: each ends in the year, and each lead's support
    // moves into its own trade-facilitation project with the same partners (names that do not
    // collide, so the whole try can be applied at once).
    let currentInstruments = wtoCurrent.compactMap { name in facts.projects.first { $0.name == name } }
    if !currentInstruments.isEmpty {
      func distinct(_ names: [String]) -> [String] { names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
      let leads = distinct(currentInstruments.compactMap(\.lead))
      var change: [String] = []
      if let year {
        change = currentInstruments.map { "set \($0.name).end = \(year)" }
        var taken: Set<String> = []
        for lead in leads.isEmpty ? [nil] : leads.map(Optional.some) {
          let partners = distinct(currentInstruments.filter { $0.lead == lead }.flatMap(\.partners))
          var parts = ["kind: customs_facilitation"]
          if let lead { parts.append("lead: \(lead)") }
          if !partners.isEmpty { parts.append("partners: [" + partners.joined(separator: ", ") + "]") }
          parts.append("start: \(year)")
          let name = c.freshName("TradeFacilitation", avoiding: taken)
          taken.insert(name)
          change.append("intervention \(name) { " + parts.joined(separator: ", ") + " }")
        }
      }
      b.advise(Advice(
        "End \(Figure.and(currentInstruments.map(\.name))) and put " + (leads.isEmpty ? "the same partners'" : Figure.and(leads.map { "\($0)'s" }))
          + " support into trade facilitation: WTO rules require the elimination of export subsidies and fiscal incentives; government support now lies in 'trade facilitation, infrastructure development, the provision of qualitative trade support services'.",
        step: .extend, because: "insight 8 and Part 1: WTO rules", change: change))
    }
    if !wtoPlanned.isEmpty {
      b.advise(Advice(
        "Do not start \(Figure.and(wtoPlanned.map(\.name))): WTO rules require the elimination of export subsidies and fiscal incentives; put the support into trade facilitation, infrastructure or trade support services instead.",
        step: .action, because: "insight 8 and Part 1: WTO rules",
        change: wtoPlanned.map { "set \($0.name).status = dropped" }))
    }

    let finding = b.finding(
      status,
      rule: "per infrastructure project under way: risk when one failed; warning when infrastructure is declared a constraint and no project under way addresses it (an infrastructure project, or one declared to address it; planned ones are named), when a project's public share exceeds public_share_max, its revenue repays its private money in more than payback_max_years, or an export subsidy or fiscal incentive runs, or is planned to start, after wto_year; not assessed when no project's funding is declared; strength when each project judged brings in more than public funds (its leverage is shown against leverage_benchmark, NTADCL's 10×, which is the paper's example, not a bar every project must clear); not applicable with no infrastructure, constraint or subsidy",
      parameters: [.publicShareMax, .leverageBenchmark, .paybackMaxYears, .wtoYear, .largeProjectCost],
      inputs: infrastructure.map { row in
        TrailInput(
          row.project,
          (row.cost > 0 ? "cost \(Figure.money(row.cost)), government \(Figure.money(row.governmentMoney)), donors \(Figure.money(row.donorMoney))" : "cost not declared")
            + ", form \(row.form ?? "not declared")")
      })

    func moneyInput(_ row: FinancingRow) -> TrailInput {
      TrailInput(row.project, row.cost > 0 ? "cost \(Figure.money(row.cost)), public \(Figure.money(row.publicMoney))" : "cost not declared")
    }
    let indicators = [
      Indicator(
        id: "public_share", title: "public share of the cost of projects under way", value: result.publicShare,
        text: result.publicShare.map { Figure.share($0) + " of " + Figure.money(total) } ?? "no costs declared", unit: "share",
        trail: Trail(
          inputs: happenedRows.map(moneyInput),
          rule: "government and donor money ÷ total cost of the projects under way; per infrastructure project, leaning on public funds above public_share_max",
          parameters: ["public_share_max"],
          passage: "insight 8: 'governments … and local industry represent the two main sources of funding for clusters'")),
      Indicator(
        id: "leverage", title: "leverage of public money", value: result.leverage,
        text: infrastructure.compactMap { r in r.leverage.map { "\(r.project) " + Figure.approx($0) + "×" } }.joined(separator: ", ").nonEmpty ?? "no government money in infrastructure under way",
        unit: "×",
        trail: Trail(
          inputs: infrastructure.map(moneyInput),
          rule: "per project: cost ÷ public money, government and donors (the paper's NTADCL: 250 ÷ 25 = 10×, the benchmark)",
          parameters: ["leverage_benchmark"],
          passage: "insight 8: 'The estimated cost of the project was approximately $250 million, with government participation set at $25 million … leveraged budgetary resources by a factor of 10'")),
      Indicator(
        id: "wto", title: "WTO compatibility", value: Double(wtoCurrent.count),
        text: (wtoCurrent.isEmpty ? "no export subsidy or fiscal incentive in force" : "no longer acceptable under WTO rules: " + Figure.list(wtoCurrent))
          + (wtoHistory.isEmpty ? "" : "; history: " + Figure.list(wtoHistory)),
        unit: "projects",
        trail: Trail(
          inputs: (wtoCurrent + wtoHistory).map { TrailInput($0, "subsidy or fiscal incentive") },
          rule: "export subsidies and fiscal incentives (kind or financing) running in the year, from wto_year on; those that ended, or ran before, are history",
          parameters: ["wto_year"],
          passage: "Part 1: 'WTO rules now require the elimination of fiscal incentives'; Tirupur's 1992 subsidies, 'a practice that is no longer acceptable under WTO rules'")),
    ]
    return (finding, indicators, result)
  }
}
