// Parameters change results the way docs/model.md says, every figure has a trail, and the
// model is deterministic.

import ClusterModel
import Testing

@Suite struct ParameterTests {
  @Test func everyParameterHasASourceAndItsDefaultInRange() {
    for p in Parameters.all {
      #expect(!p.source.isEmpty && !p.meaning.isEmpty && !p.unit.isEmpty, "\(p.name)")
      #expect(p.range.contains(p.defaultValue), "\(p.name)")
    }
    #expect(Set(Parameters.all.map(\.name)).count == Parameters.all.count)
  }

  @Test func raisingTrustLowTurnsTrustIntoARisk() throws {
    #expect(status(try evaluate(healthy), 6) == .strength)
    var p = ParameterSet()
    p.set("trust_low", 0.8)
    p.set("trust_high", 0.9)
    #expect(status(try evaluate(healthy, p), 6) == .risk)
  }

  @Test func aHigherLeverageBenchmarkTurnsFinancingIntoAWarning() throws {
    var p = ParameterSet()
    p.set("leverage_benchmark", 20)
    #expect(status(try evaluate(healthy, p), 8) == .warning)
  }

  @Test func theSMECeilingMovesFirmsOutOfTheProductionBase() throws {
    var p = ParameterSet()
    p.set("sme_max_employees", 10)
    let e = try evaluate(healthy, p)
    #expect(e.indicator("production_base")?.value == 0)
    #expect(status(e, 2) == .warning)
  }

  @Test func everyIndicatorAndInsightHasATrail() throws {
    for name in ["tirupur.cluster", "santa-cruz-clothing.cluster", "caldas-coffee.cluster"] {
      let e = try evaluate(try example(name))
      for i in e.indicators {
        #expect(!i.trail.rule.isEmpty && !i.trail.passage.isEmpty, "\(name): \(i.id)")
        for parameter in i.trail.parameters { #expect(Parameters.spec(parameter) != nil, "\(i.id) names \(parameter)") }
      }
      for f in e.insights {
        #expect(f.trail.passage.hasPrefix("insight \(f.number):"))
        #expect(!f.evidence.isEmpty && !f.recommendation.isEmpty)
        for id in f.indicators { #expect(e.indicator(id) != nil, "insight \(f.number) names \(id)") }
      }
      #expect(Set(e.indicators.map(\.id)).count == e.indicators.count, "indicator ids are unique")
    }
  }

  @Test func evaluationIsDeterministic() throws {
    let text = try example("tirupur-2005.cluster")
    let a = try evaluate(text)
    let b = try evaluate(text)
    #expect(a.indicators.map(\.text) == b.indicators.map(\.text))
    #expect(a.network == b.network)
  }
}
