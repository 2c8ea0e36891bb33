// Insight 4 and 3: the public–private partnership a gear needs is judged from that gear's own
// projects, and its private side is an organization (an association, a consortium, a firm, a
// buyer), not a cohort of firms. Insight 4: "the public-private partnership must be fully
// operational if this gear of strategy is to turn smoothly"; the paper's partnerships are
// institutional ("a formal public-private partnership between TEA, the State Government of
// Tamil Nadu (GoTN) and IL&FS").

import ClusterWorkspace
import Testing

@testable import ClusterModel

/// The practitioner's b-govonly: a government agency leads every project of a furniture cluster.
private let furniture = """
  cluster Furniture {
    type: manufacturing, year: 2004, exports: 20 musd
    demand: moderate, advantage: [cost], readiness: latent, trust: 0.4
    driver: exports, infrastructure: weak
  }
  institution Agency { kind: government, sector: public, level: national, roles: [catalyst, leader, manager], formal: true, founded: 1996, services: [training, information] }
  firms makers: 200 { role: producer, employees: 30 }
  link Agency -> makers : service
  link makers -- makers : cooperation density 0.02 trust 0.4
  intervention Park { kind: industrial_park, lead: Agency, funding: { Agency: 40 musd }, cost: 40 musd, start: 1997, duration: 3 years }
  intervention Fairs { kind: trade_fair, lead: Agency, start: 1996 }
  intervention Road { kind: transport, lead: Agency, funding: { Agency: 30 musd }, cost: 30 musd, start: 1999, duration: 3 years }
  intervention TrainingCentre { kind: training_institute, lead: Agency, start: 1998 }
  intervention Customs { kind: customs_facilitation, lead: Agency, start: 1997 }
  intervention Labour { kind: labour_standards, lead: Agency, start: 2000 }
  """

private func evaluate(_ extra: String) throws -> Evaluation {
  quick(try #require(try workspace(furniture + "\n" + extra).current))
}

private func partnership(_ e: Evaluation, _ gear: Gear) -> Bool? { e.gears.first { $0.gear == gear }?.partnership }

@Suite struct GearPartnershipTests {
  /// A cohort of firms named as partner in one project makes no partnership anywhere.
  @Test func aCohortOfFirmsIsNoPartnerOrganization() throws {
    let e = try evaluate("set Park.partners = [makers]")
    #expect(e.roles.partnership != .working)
    #expect(e.insights[2].status != .strength && e.insights[3].status != .strength)
    #expect(partnership(e, .border) == false && partnership(e, .development) == false)
  }

  /// An association partnering the agency in the park alone makes insight 3's partnership, but
  /// does not turn the border gear (Customs, Road) or the development gear (Labour) smoothly.
  @Test func aPartnershipInOneGearDoesNotTurnTheOthers() throws {
    let association = "institution Makers { kind: association, sector: private, formal: true }"
    let one = try evaluate(association + "\nset Park.partners = [Makers]")
    #expect(one.roles.partnership == .working)
    #expect(partnership(one, .border) == false && partnership(one, .development) == false)
    #expect(one.insights[3].status != .strength)
    // The advice names the gears' projects and the case's own association.
    #expect(one.insights[3].advice.contains { $0.change.contains("set Customs.partners = [Makers]") && $0.change.contains("set Labour.partners = [Makers]") })
    let all = try evaluate(association + "\nset Park.partners = [Makers]\nset Customs.partners = [Makers]\nset Road.partners = [Makers]\nset Labour.partners = [Makers]")
    #expect(partnership(all, .border) == true && partnership(all, .development) == true)
  }

  /// A standing partner link between the government and a private organization is at work in
  /// every gear (the language refuses a partner link to a cohort of firms).
  @Test func aStandingPartnershipIsAtWorkInEveryGear() throws {
    let formal = try evaluate("institution Makers { kind: association, sector: private, formal: true }\nlink Agency -- Makers : partner")
    #expect(formal.roles.partnership == .working && partnership(formal, .border) == true && partnership(formal, .development) == true)
  }
}
