// Facts reads events (dated shocks and rulings) and the arrival spans of firms.

import ClusterModel
import ClusterWorkspace
import Testing

private let tirupur = """
  cluster Tirupur { year: 1995 }
  firms dyers: 700 { role: supplier, stages: [dyeing] }
  firms newcomers: 300 { role: producer, arrive: 1995 to 2005 }
  firm Solo { role: exporter, arrive: 1998 }
  buyer HighStreet { origin: foreign }
  event QuotaEnd { kind: quota_phase_out, year: 2005, size: -20%, markets: [EU, US] }
  event Crash { kind: demand_shock, year: 2001, size: -30%, duration: 1 }
  event Alert { kind: import_alert, year: 1998, size: -40%, duration: 2, recovery: 3, markets: [US] }
  event Ruling { kind: regulation, year: 1996, size: 10%, hits: [dyers], notes: "court orders effluent treatment" }
  event Rupee { kind: currency_shock, year: 1991, size: -15% }
  event Costs { kind: cost_shock, year: 2001, size: 20%, lasting: true, hits: [newcomers, HighStreet] }
  """

private func facts(_ text: String = tirupur, asOf year: Int? = nil) throws -> Facts {
  let cluster = try #require(try workspace(text).current)
  return Facts(cluster, parameters: ParameterSet(), asOf: year)
}

@Suite struct EventFactTests {
  @Test func eventsAreReadByYearThenName() throws {
    let f = try facts()
    #expect(f.events.map(\.name) == ["Rupee", "Ruling", "Alert", "Costs", "Crash", "QuotaEnd"])
    let alert = try #require(f.events.first { $0.name == "Alert" })
    #expect(alert.kind == .importAlert)
    #expect(alert.year == 1998)
    #expect(alert.size == -0.4)
    #expect(alert.duration == 2)
    #expect(alert.recovery == 3)
    #expect(!alert.lasting)
    #expect(alert.markets == ["US"])
    #expect(alert.hitsWholeCluster && !alert.hitsEveryMarket)
    let ruling = try #require(f.events.first { $0.name == "Ruling" })
    #expect(ruling.kind == .regulation && ruling.size == 0.1 && ruling.hits == ["dyers"])
    #expect(ruling.duration == 1 && ruling.recovery == 0, "the defaults")
    let costs = try #require(f.events.first { $0.name == "Costs" })
    #expect(costs.lasting && costs.recovery == nil && costs.lastYear == nil)
    #expect(costs.hits == ["newcomers", "HighStreet"])
  }

  /// Every event is a fact whatever the year of the evaluation: a simulation needs the ones to
  /// come. `eventsHappened(asOf:)` keeps those struck by a year.
  @Test func eventsHappenedByAYear() throws {
    let f = try facts(asOf: 1990)
    #expect(f.events.count == 6)
    #expect(f.eventsHappened(asOf: 1990).isEmpty)
    #expect(f.eventsHappened(asOf: 1998).map(\.name) == ["Rupee", "Ruling", "Alert"])
    #expect(f.eventsHappened(asOf: 2010).count == 6)
    #expect(f.eventsInForce(in: 2002).map(\.name) == ["Alert", "Costs"])
  }

  @Test func strengthHoldsThenFades() throws {
    let alert = EventFact(name: "Alert", kind: .importAlert, year: 1998, size: -0.4, duration: 2, recovery: 3)
    #expect([1997, 1998, 1999, 2000, 2001, 2002, 2003].map(alert.strength(in:)) == [0, 1, 1, 0.75, 0.5, 0.25, 0])
    #expect(alert.change(in: 2001) == -0.2)
    #expect(alert.lastYear == 2002)
    let crash = EventFact(name: "Crash", kind: .demandShock, year: 2001, size: -0.3)
    #expect([2000, 2001, 2002].map(crash.strength(in:)) == [0, 1, 0])
    let lasting = EventFact(name: "QuotaEnd", kind: .quotaPhaseOut, year: 2005, size: -0.2, lasting: true)
    #expect([2004, 2005, 2050].map(lasting.strength(in:)) == [0, 1, 1])
  }

  @Test func arrivalSpans() throws {
    let f = try facts()
    #expect(f.firmGroup("newcomers")?.arrival == 1995...2005)
    #expect(f.firmGroup("Solo")?.arrival == 1998...1998)
    #expect(f.firmGroup("dyers")?.arrival == nil)
  }

  @Test func eventsAreNotActorsOfTheModel() throws {
    let f = try facts()
    #expect(f.firmCount == 1001)
    #expect(!f.isPrivate("Crash"))
    #expect(f.cluster.entities.filter(\.kind.isActor).count == 4)
  }

  @Test func aCaseWithEventsEvaluates() throws {
    let e = try evaluate(tirupur)
    #expect(e.insights.count == 10)
  }
}
