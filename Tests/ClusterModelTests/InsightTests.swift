// Each of the ten insights fires on a small purpose-made case and stays quiet on another.
// "Fires" means a warning or a risk; "quiet" means a strength.

import ClusterModel
import Testing

/// A healthy small cluster: every insight should hold. Each test changes one thing.
let healthy = """
  cluster Good {
    type: manufacturing, year: 2000, demand: strong, advantage: [cost, process], readiness: latent
    trust: 0.7, structure: association, budget: 1 musd, framework: true, driver: exports
    infrastructure: moderate
  }
  institution Assoc { kind: association, sector: private, roles: [catalyst, leader, manager, facilitator], formal: true, respected: true, mandate: clear, services: [training, marketing] }
  institution Gov { kind: government, level: state, mandate: clear }
  institution Bank { kind: finance, sector: private }
  firms smes: 200 { role: producer, employees: 40, exports: 2 musd, direct_export: true, stages: [production, finishing, design, marketing] }
  firms suppliers: 30 { role: supplier, employees: 30, stages: [inputs] }
  buyer Brand { kind: brand, origin: foreign, lead: true, relationship: long_term, min_order: 1 musd }
  link smes -- smes : cooperation density 0.05 trust 0.7
  link smes -> Assoc : member
  link suppliers -> Assoc : member
  link suppliers -> smes : supplies mode partnership trust 0.7
  link Brand -> smes : buys
  link Assoc -- Gov : partner
  intervention Fair { kind: trade_fair, lead: Assoc, start: 1995 }
  intervention Networking { kind: networking_sessions, lead: Assoc, start: 1994 }
  intervention Customs { kind: customs_facilitation, lead: Assoc, partners: [Gov], start: 1996 }
  intervention Water { kind: water_supply, lead: Assoc, partners: [Gov, Bank], funding: { Gov: 2 musd, Bank: 18 musd }, start: 1998 }
  intervention Park { kind: industrial_park, lead: Assoc, funding: { Assoc: 5 musd }, start: 1999 }
  intervention Design { kind: design_institute, lead: Assoc, start: 1999 }
  target exports 1 busd by 2010
  """

@Suite struct InsightTests {
  @Test func theHealthyCaseHoldsOnEveryInsight() throws {
    let e = try evaluate(healthy)
    for f in e.insights {
      #expect(f.status == .strength, "insight \(f.number) \(f.title): \(f.status) — \(f.evidence)")
    }
  }

  @Test func insight1FiresWithoutLinkagesBetweenTheBoxes() throws {
    // Ties nobody described are not assessed; ties described as nearly absent are a risk.
    let undescribed = try evaluate("cluster C { demand: strong }\nfirms smes: 100 { employees: 20 }")
    #expect(undescribed.insights[0].evidence.first?.contains("not described") == true)
    #expect(status(undescribed, 1) == .warning, "no firm is linked to an institution")
    let e = try evaluate("cluster C { demand: strong }\nfirms smes: 100 { employees: 20 }\nlink smes -- smes : cooperation density 0.001 trust 0.1")
    #expect(status(e, 1) == .risk)
    #expect(e.insights[0].recommendation.contains("concentration of firms"))
  }

  @Test func insight1FiresOnUnclearMandates() throws {
    let e = try evaluate(healthy + "\nset Gov.mandate = overlapping")
    #expect(status(e, 1) == .warning)
  }

  @Test func insight2FiresWithoutPrerequisites() throws {
    let e = try evaluate(healthy + "\nset Good.demand = weak\nset Good.readiness = none")
    #expect(status(e, 2) == .risk)
    #expect(e.insights[1].evidence.contains("international demand: weak"))
    let one = try evaluate(healthy + "\nset Good.readiness = none")
    #expect(status(one, 2) == .warning)
    #expect(one.insights[1].advice.first?.text.contains("Readiness to cooperate") == true)
  }

  @Test func insight3FiresWithoutACatalyst() throws {
    // Gov and Bank declare no roles: either might be the catalyst, so it is not assessed.
    let open = try evaluate(healthy + "\nset Assoc.roles = [facilitator]")
    #expect(status(open, 3) == .notAssessed)
    #expect(open.insights[2].toDeclare.contains { $0.contains("Gov.roles") })
    let e = try evaluate(healthy + "\nset Assoc.roles = [facilitator]\nset Gov.roles = [financier]\nset Bank.roles = [financier]\nset Brand.roles = [broker]")
    #expect(status(e, 3) == .risk)
    #expect(e.insights[2].advice.first?.text.contains("Ask Assoc") == true)
    let partial = try evaluate(healthy + "\nset Assoc.roles = [catalyst]")
    #expect(status(partial, 3) == .warning)
  }

  @Test func insight4FiresWhenGearsAreMissingOrWithoutAPublicPartner() throws {
    let e = try evaluate(healthy + "\ndrop Water\ndrop Customs")
    #expect(status(e, 4) == .warning)
    #expect(e.insights[3].recommendation.contains("border"))
    let noPartner = try evaluate(healthy + "\nset Customs.partners = []\nset Water.partners = [Bank]\nset Water.funding = { Bank: 20 musd }\ndrop link Assoc -- Gov")
    #expect(status(noPartner, 4) == .warning)
    #expect(noPartner.gears.first { $0.gear == .border }?.partnership == false)
  }

  @Test func insight5FiresWhenAComplexProjectComesFirst() throws {
    let e = try evaluate(healthy + "\nset Park.start = 1990")
    #expect(status(e, 5) == .warning)
    #expect(e.indicator("early_wins")?.text.contains("Park") == true)
    // The Green Book ingredients are context, not the verdict: without them nothing changes.
    let bare = try evaluate(healthy + "\nset Good.budget = 0 usd\nset Good.framework = false\nset Assoc.respected = false\nset Park.start = 1990\nset Park.funding = { Bank: 5 musd }")
    #expect(status(bare, 5) == .warning)
    // A brand first, in an embryonic cluster: complex before any early win, and out of its stage.
    let early = try evaluate("""
      cluster E { year: 2000 }
      institution A { kind: association, roles: [catalyst] }
      firms smes: 50 { employees: 10 }
      intervention Brand { kind: cluster_brand, lead: A, start: 1999 }
      """)
    #expect(early.stage.stage == .embryonic)
    #expect(status(early, 5) == .risk)
  }

  @Test func insight6FiresOnLowTrust() throws {
    let e = try evaluate(healthy.replacing("0.7", with: "0.1"))
    #expect(status(e, 6) == .risk)
    #expect(e.insights[5].recommendation.contains("Keep Networking going"))
    let without = try evaluate(healthy.replacing("0.7", with: "0.1") + "\ndrop Networking")
    #expect(without.insights[5].recommendation.contains("networking sessions by function"))
    #expect(without.insights[5].advice.first?.change.first?.hasPrefix("intervention NetworkingSessions") == true)
  }

  @Test func insight7FiresOnAnInformalLowTechClusterWithoutLearning() throws {
    let e = try evaluate("""
      cluster SC { type: manufacturing, structure: informal, technology: low, demand: weak }
      firms micro: 300 { size: micro, employees: 4, informal: true, technology: low }
      """)
    #expect(status(e, 7) == .warning)
    #expect(e.indicator("structure_fit")?.text.contains("no continuous learning") == true)
  }

  @Test func insight7FiresOnLargeProjectsWithoutAFormalStructure() throws {
    let e = try evaluate(healthy + "\nset Good.structure = informal\nset Assoc.formal = false")
    #expect(status(e, 7) == .warning)
  }

  @Test func insight8FiresWhenInfrastructureIsTheConstraintAndNothingFinancesIt() throws {
    let e = try evaluate(healthy + "\nset Good.infrastructure = weak\ndrop Water\ndrop Park")
    #expect(status(e, 8) == .warning)
    #expect(e.insights[7].advice.first?.text.contains("no project addresses it") == true)
    let subsidy = try evaluate(healthy + "\nintervention Sub { kind: export_subsidy, lead: Gov, start: 1999 }")
    #expect(status(subsidy, 8) == .warning)
    #expect(subsidy.indicator("wto")?.text.contains("Sub") == true)
  }

  @Test func insight8LeverageIsCostOverPublicMoney() throws {
    let e = try evaluate(healthy)
    // 2 musd of government money in the 20 musd water scheme: leverage 10, the paper's benchmark.
    #expect(e.financing.rows.first { $0.project == "Water" }?.leverage == 10)
    #expect(status(e, 8) == .strength)
    let leaning = try evaluate(healthy + "\nset Water.funding = { Gov: 18 musd, Bank: 2 musd }")
    #expect(status(leaning, 8) == .warning)
    #expect(leaning.insights[7].evidence.joined().contains("leans on public funds"))
  }

  @Test func insight8JudgesEachProjectAndTheFailedOne() throws {
    let failed = try evaluate(healthy + "\nset Water.status = failed")
    #expect(status(failed, 8) == .risk)
    #expect(failed.insights[7].advice.first?.text.contains("Water failed") == true)
    // A failed project turns no gear.
    #expect(failed.gears.first { $0.gear == .development }?.projects.isEmpty == true)
    let revenue = try evaluate(healthy + "\nset Water.financing = ppp\nset Water.cost = 200 musd\nset Water.revenue = 1 musd")
    #expect(status(revenue, 8) == .warning, "\(revenue.insights[7].evidence)")
  }

  @Test func insight9FiresWhenSMEsCannotMeetBuyersVolumes() throws {
    let e = try evaluate(healthy + "\nset smes.exports = 0.2 musd")
    #expect(status(e, 9) == .risk, "a joint fair promotes but does not pool volumes: \(e.insights[8].evidence)")
    let grouped = try evaluate(healthy + "\nset smes.exports = 0.2 musd\nconsortium Export1 { members: [smes], firms: 150 }")
    #expect(status(grouped, 9) == .strength)
  }

  @Test func insight10FiresWithoutBuyers() throws {
    let e = try evaluate(healthy + "\ndrop Brand\nset smes.direct_export = false")
    #expect(status(e, 10) == .risk)
    let unlinked = try evaluate(healthy + "\ndrop link Brand -> smes")
    #expect(status(unlinked, 10) == .warning, "direct exporters reach markets, but no lead buyer has a stake")
    let noLead = try evaluate(healthy + "\nset Brand.lead = false")
    #expect(status(noLead, 10) == .warning)
  }
}
