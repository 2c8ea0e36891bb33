// The paper's cases give the findings a reader of the paper expects.

import ClusterModel
import Testing

@Suite struct PaperCaseTests {
  @Test func tirupur1990HasTEAAsCatalystLeaderAndManagerInAPrivateLedPartnership() throws {
    let e = try evaluate(try example("tirupur.cluster"))
    #expect(e.roles.catalysts == ["TEA"])
    #expect(e.roles.leaders == ["TEA"])
    #expect(e.roles.managers.contains("TEA"))
    #expect(e.roles.publicPrivatePartnership)
    #expect(e.roles.privateLed)
    #expect(status(e, 3) == .strength)
    #expect(e.stage.stage == "embryonic")
    #expect(!e.financing.wtoIncompatible.isEmpty, "the 1992 subsidies are flagged")
    let constraint = Comparison.rows([e]).first { $0.label == "key constraints" }?.cells.first
    #expect(constraint == "Infrastructure")
  }

  @Test func ntadclLeversPublicMoneyTenTimes() throws {
    let e = try evaluate(try example("tirupur.cluster"))
    let water = try #require(e.financing.rows.first { $0.project == "Water" })
    #expect(water.leverage == 10)
  }

  @Test func tirupur2005IsMatureWithTheMovesForIt() throws {
    let e = try evaluate(try example("tirupur-2005.cluster"))
    #expect(e.stage.stage == "mature")
    #expect(e.stage.moves.contains("technology acquisition"))
    #expect(status(e, 6) == .strength)
  }

  @Test func santaCruzWarnsOfNoContinuousLearning() throws {
    let e = try evaluate(try example("santa-cruz-clothing.cluster"))
    #expect(status(e, 7) == .warning)
    #expect(e.insights[6].evidence.joined().contains("no continuous learning"))
  }

  @Test func theMachineToolClusterFlagsTrust() throws {
    let e = try evaluate(try example("bangalore-machine-tools.cluster"))
    #expect(status(e, 6) == .risk)
    #expect(e.insights[5].recommendation.contains("networking sessions"))
  }

  @Test func caldasShowsALeadBuyer() throws {
    let e = try evaluate(try example("caldas-coffee.cluster"))
    #expect(e.indicator("lead_buyers")?.text.contains("Nespresso") == true)
    #expect(status(e, 10) == .strength)
  }

  @Test func ludhianaHasKNIDGROAsCatalystAndHorizontalLinkages() throws {
    let e = try evaluate(try example("ludhiana.cluster"))
    #expect(e.roles.catalysts.contains("KNIDGRO"))
    #expect((e.indicator("horizontal_links")?.value ?? 0) > 0)
  }

  @Test func bangaloreSoftwareHasNoClusterOrganizationButStateSupport() throws {
    let e = try evaluate(try example("bangalore-software.cluster"))
    #expect(e.roles.leaders.isEmpty)
    #expect(e.facts.type == "high_tech")
    #expect(!e.financing.wtoIncompatible.isEmpty, "the income-tax exemption is a fiscal incentive")
  }

  /// The UNIDO table of insight 5, its qualitative rows derived from the declared facts.
  @Test func compareReproducesTheUNIDOTable() throws {
    let w = try workspace(try example("unido-comparison.cluster"))
    let names = ["SinosShoes", "GuadalajaraLeonShoes", "TirupurKnitwear", "BangaloreHighTech", "KoreanChaebols"]
    let evaluations = try names.map { name in ClusterModel.evaluate(try #require(w.cluster(named: name))) }
    let rows = Comparison.rows(evaluations)
    func row(_ label: String) -> [String] { rows.first { $0.label == label }?.cells ?? [] }
    #expect(row("role of large firms") == ["Yes", "Yes", "Yes", "Yes", "Yes"])
    #expect(row("role of local support institutions") == ["Important", "Limited", "Important", "Very important", "Minimal"])
    #expect(row("role of the State") == ["Limited", "Limited", "Limited", "Important", "Important"])
    #expect(row("key constraints") == ["Infrastructure", "—", "Infrastructure", "Infrastructure", "—"])
    let players = row("key players")
    #expect(players[0] == "Foreign buyers")
    #expect(players[2] == "Buyers")
    #expect(players[3] == "Large firms and TNCs")
    #expect(players[4] == "Large firms")  // the paper: "Large chaebols"
  }
}
